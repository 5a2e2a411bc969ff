// `faktaark rank --vekstklasse` on the sample dataset, through the CLI's entry point.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { classifyGrowth } from "../../src/indicators/growth-classes.js";
import { loadDataset } from "../../src/model/load.js";
import { readGrowthRule } from "../../src/pipeline.js";
import { runCli } from "./run-main.js";

const SAMPLE = "data/sample";

afterEach(() => {
  process.exitCode = undefined;
});

/** The municipality numbers in a ranking CSV, in its order. */
function codesIn(file: string): string[] {
  const [header = "", ...rows] = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const column = header.split(";").indexOf("Kommunenummer");
  return rows.map((row) => row.split(";")[column] ?? "");
}

/** Rank in the country by municipality number. */
function ranksIn(file: string): Map<string, string> {
  const rows = readFileSync(file, "utf8").trim().split("\r\n").slice(1);
  return new Map(rows.map((row) => [row.split(";")[2] ?? "", row.split(";")[0] ?? ""]));
}

describe.skipIf(!existsSync(SAMPLE))("faktaark rank --vekstklasse on the sample data", () => {
  it("keeps exactly the municipalities of the growth class, each with its rank in the whole country", async () => {
    const dir = mkdtempSync(join(tmpdir(), "faktaark-vekstklasse-"));
    const all = join(dir, "alle.csv");
    const pressure = join(dir, "vekstpress.csv");
    expect((await runCli("rank", "--data", SAMPLE, "--out", all)).exitCode).toBe(0);
    const run = await runCli("rank", "--data", SAMPLE, "--vekstklasse", "vekstpress", "--out", pressure);
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(
      /^Boligsosiale utfordringer – rangering, hele landet, vekstklasse vekstpress \(/,
    );

    const dataset = await loadDataset(SAMPLE);
    const rule = await readGrowthRule();
    const inClass = new Set(
      dataset.records
        .filter((record) => {
          const growth = classifyGrowth(record, rule);
          return growth.kind === "classified" && growth.group === "vekstpress";
        })
        .map((record) => record.code),
    );
    const kept = codesIn(pressure);
    expect(kept.length).toBeGreaterThan(0);
    // The national ranking in its order, with every other municipality taken out.
    expect(kept).toEqual(codesIn(all).filter((code) => inClass.has(code)));
    // Each keeps the rank it has among all municipalities, not a rank within the class.
    const national = ranksIn(all);
    expect([...ranksIn(pressure).values()]).toEqual(kept.map((code) => national.get(code)));
    expect(kept).toContain("5001"); // Trondheim: 12,4 % registered and 23,6 % projected growth in the sample
  });

  it("exits 2 naming the growth classes for one it does not know", async () => {
    const run = await runCli("rank", "--data", SAMPLE, "--vekstklasse", "vekstpres");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      "faktaark: --vekstklasse må være en av vekstklassene «vekstpress», «vekst», «stabil», «nedgang», «sterk-nedgang», fant «vekstpres».\n",
    );
  });
});
