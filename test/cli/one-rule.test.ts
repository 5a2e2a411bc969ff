// `check`, `build` and `serve` judge a dataset by one rule: a dataset without the municipality register is refused
// by all three with exit 2 (build used to make sheets from it), and one with a duplicate row in a municipality's
// data is usable, that municipality's sheet failing in build.
import { once } from "node:events";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copySample, makeTempDir, runCli, spawnCli } from "./run-cli.js";

async function exitOfServe(data: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawnCli(["serve", "--port", "0", "--data", data]);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGTERM"), 60_000);
  const [code] = (await once(child, "exit")) as [number | null];
  clearTimeout(timer);
  return { code, stderr };
}

describe("one usability rule for check, build and serve", () => {
  it("refuses a dataset without the municipality register in all three, with exit 2", async () => {
    const data = await copySample();
    await rm(join(data, "klass", "klass131-kommuner-2026-01-01.json"));
    const check = await runCli(["check", "--data", data]);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain("mangler kommuneregisteret");
    const build = await runCli(["build", "4001", "--data", data, "--out", await makeTempDir("out")]);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain("mangler kommuneregisteret");
    const serve = await exitOfServe(data);
    expect(serve.code).toBe(2);
    expect(serve.stderr).toContain("mangler kommuneregisteret");
  });

  it("lets check and build use a dataset with a duplicate row in one municipality's data, and build fails that sheet", async () => {
    const data = await copySample();
    const file = join(data, "husbanken", "husbanken-virkemidler.csv");
    const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
    await writeFile(file, `${[...lines, lines[2]].join("\n")}\n`);
    const check = await runCli(["check", "--data", data]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("Datasettet kan brukes.");
    const build = await runCli(["build", "0301", "4001", "--data", data, "--out", await makeTempDir("out")]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain("feilet: 0301 Oslo: feil i datagrunnlaget: husbanken/husbanken-virkemidler.csv");
  });
});
