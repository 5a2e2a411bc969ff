// `faktaark check`: the report and the exit code on a good and a bad dataset.
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { register, runCheck } from "../../src/cli/commands/check.js";
import { UserError } from "../../src/errors.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/data/${name}`, import.meta.url));

async function check(dir: string): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCheck(dir, (line) => lines.push(line));
  return { code, lines };
}

describe("faktaark check", () => {
  afterEach(() => {
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  it("reports each file and exits 0 for a usable dataset", async () => {
    const dir = fixture("good");
    const { code, lines } = await check(dir);
    expect(code).toBe(0);
    expect(lines).toEqual([
      `Datamappe: ${dir} – Testdata (eksempeldata)`,
      "",
      "Filer:",
      "  husbanken.csv: faktaark-CSV: husbanken, 2 rader",
      "  klass/kommuner.json: KLASS 131 (JSON codesAt), 3 rader",
      "  ssb/befolkning.json: SSB 07459 (JSON-stat2), 3 rader",
      "",
      "Oppsummering: 3 filer, 3 gjenkjent, 8 rader; 0 feil, 0 advarsler. Datasettet kan brukes.",
    ]);
  });

  it("lists every problem with file and line and exits 2 when a file has an error", async () => {
    const { code, lines } = await check(fixture("bad/duplicate"));
    expect(code).toBe(2);
    expect(lines).toContain(
      "  FEIL: husbanken.csv, linje 4: duplikat: forventet én verdi per region, år og nøkler, fant samme (region 4001, år 2024, startlan_antall) også i linje 2; den første er brukt",
    );
    expect(lines.slice(-4)).toEqual([
      "Oppsummering: 1 fil, 1 gjenkjent, 2 rader; 1 feil, 0 advarsler. Datasettet kan ikke brukes:",
      "  – mangler kommuneregisteret: forventet en KLASS 131-fil med kommunenummer",
      "  – mangler befolkningstall: forventet SSB-tabell 07459 med tall for kommuner",
      "  – feil i radene til kommune 4001: arket lages ikke før feilene er rettet, heller ikke ark der fylkets eller landets tall er faktaarks sum av kommunene fra samme fil; de andre lages",
    ]);
  });

  it("sets process.exitCode through the registered command", async () => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const program = new Command().exitOverride();
    register(program);
    await program.parseAsync(["check", "--data", fixture("bad/truncated-json")], { from: "user" });
    expect(process.exitCode).toBe(2);
    await program.parseAsync(["check", "--data", fixture("good")], { from: "user" });
    expect(process.exitCode).toBe(0);
  });

  it("throws a UserError for a missing directory", async () => {
    await expect(check(fixture("does-not-exist"))).rejects.toThrow(UserError);
    await expect(check(fixture("does-not-exist"))).rejects.toThrow(
      `fant ikke datamappen «${fixture("does-not-exist")}». Oppgi en mappe med --data, f.eks. --data data/sample.`,
    );
  });

  it("names an older projection edition the sheets do not use, as build would", async () => {
    const dir = await mkdtemp(join(tmpdir(), "faktaark-check-editions-"));
    await cp(fixture("good"), dir, { recursive: true });
    const projection = (table: string, years: string[]): string =>
      JSON.stringify({
        version: "2.0",
        class: "dataset",
        label: `${table}: Framskrevet folkemengde 1. januar, etter region, statistikkvariabel og år`,
        id: ["Region", "ContentsCode", "Tid"],
        size: [1, 1, years.length],
        dimension: {
          Region: { category: { index: { "K-4001": 0 } } },
          ContentsCode: { category: { index: { Personer: 0 } } },
          Tid: { category: { index: Object.fromEntries(years.map((year, i) => [year, i])) } },
        },
        role: { geo: ["Region"], time: ["Tid"], metric: ["ContentsCode"] },
        value: years.map(() => 37_000),
      });
    await writeFile(join(dir, "ssb", "14288.json"), projection("14288", ["2024", "2030"]));
    await writeFile(join(dir, "ssb", "14746.json"), projection("14746", ["2026", "2030"]));
    const { code, lines } = await check(dir);
    expect(code).toBe(0);
    expect(lines).toContain(
      "  advarsel: ssb/14288.json: Tabell 14288 (framskriving fra 2024) er ikke brukt: tabell 14746 (framskriving fra 2026) er nyere.",
    );
    await rm(dir, { recursive: true, force: true });
  });
});
