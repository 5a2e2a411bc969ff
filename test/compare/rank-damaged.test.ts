// `faktaark rank` with a municipality whose own rows are damaged: it is left out, named with the file and line, and
// the run exits 1, as `build` fails its sheet; it is never ranked on what is left of its figures.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./run-main.js";

const SAMPLE = "data/sample";
const ROW = "Husbanken;husbanken;4001;2024;startlan_antall;";

afterEach(() => {
  process.exitCode = undefined;
});

/** A copy of the sample with Porsgrunn's start loans for 2024 written as «12a»; returns the folder and the line. */
async function damagedSample(): Promise<{ data: string; line: number }> {
  const data = join(mkdtempSync(join(tmpdir(), "faktaark-rank-damaged-")), "sample");
  await cp(SAMPLE, data, { recursive: true });
  const file = join(data, "husbanken", "husbanken-virkemidler.csv");
  const lines = readFileSync(file, "utf8").split("\n");
  const index = lines.findIndex((line) => line.startsWith(ROW));
  expect(index).toBeGreaterThan(0);
  lines[index] = `${ROW}12a`;
  writeFileSync(file, lines.join("\n"));
  return { data, line: index + 1 };
}

const rankedNames = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => /^ {0,3}\d+ +\d+ {2}\S/.test(line))
    .map((line) => line.slice(14, 44).trim());

describe.skipIf(!existsSync(SAMPLE))("faktaark rank: a municipality with damaged rows", () => {
  it("leaves it out, names the file and line, and exits 1", async () => {
    const { data, line } = await damagedSample();
    const run = await runCli("rank", "--data", data, "--fylke", "40");
    expect(run.exitCode).toBe(1);
    const names = rankedNames(run.stdout);
    expect(names).toContain("Skien");
    expect(names).not.toContain("Porsgrunn");
    const reason = `Porsgrunn (husbanken/husbanken-virkemidler.csv, linje ${line}:`;
    expect(run.stdout).toContain(reason);
    expect(run.stderr).toContain(`faktaark: Ikke med i rangeringen fordi datagrunnlaget har feil`);
    expect(run.stderr).toContain(reason);

    // The others are scored as if Porsgrunn were not in the data at all, not on a damaged Porsgrunn.
    const clean = await runCli("rank", "--data", SAMPLE, "--fylke", "40");
    expect(clean.exitCode).toBe(0);
    expect(rankedNames(clean.stdout)).toContain("Porsgrunn");
    expect(clean.stdout).not.toContain("Ikke med i rangeringen");
  });
});
