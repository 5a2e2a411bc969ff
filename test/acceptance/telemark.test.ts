// Acceptance: the 17 Telemark sheets built from real SSB and FHI exports (../shared/data/reference/), every
// municipality-level figure checked against what this test computes itself from the raw files. Skipped when
// ../shared is absent.
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";
import { REFERENCE, REFERENCE_PRESENT, TELEMARK_FILES, writeTelemarkDataset } from "../fixtures/telemark.js";

type Row = Record<string, string>;
const rowsOf = (file: string): Row[] =>
  parse(readFileSync(join(REFERENCE, file), "utf8"), { columns: true, bom: true, skip_empty_lines: true });

interface ChartBlock {
  kind: "chart";
  title: string;
  chart: { template: string; data: Record<string, unknown>[] };
}
interface TableBlock {
  kind: "table";
  title: string;
  columns: string[];
  rows: string[][];
}
interface SheetModel {
  municipality: { code: string; shortName: string; name: string };
  keyFigures: { label: string; value: string; detail: string }[];
  sections: { id: string; blocks: (ChartBlock | TableBlock | { kind: "text" })[] }[];
}

/** "38 422" / "9,9 %" / "+10,4 %" / "−2,2 %" as a number. */
const numberOf = (text: string): number =>
  Number(
    text
      .replace(/[\s\u00a0\u202f%]/g, "")
      .replace("−", "-")
      .replace(",", "."),
  );
const round1 = (value: number): number => Math.round(value * 10) / 10;

function chart(sheet: SheetModel, template: string, titleStart: string): Record<string, unknown>[] {
  for (const section of sheet.sections)
    for (const block of section.blocks)
      if (block.kind === "chart" && block.chart.template === template && block.title.startsWith(titleStart))
        return block.chart.data;
  throw new Error(`${sheet.municipality.code}: no ${template} chart «${titleStart}…»`);
}

function tableRow(sheet: SheetModel, title: string, rowStart: string): string[] {
  for (const section of sheet.sections)
    for (const block of section.blocks)
      if (block.kind === "table" && block.title === title) {
        const row = block.rows.find((r) => r[0]?.startsWith(rowStart));
        if (row) return row;
      }
  throw new Error(`${sheet.municipality.code}: no row «${rowStart}» in «${title}»`);
}

// Today's Telemark municipalities by name, from KLASS 131 (the 07459 and 14288 files name regions, not numbers).
const register: { code: string; name: string }[] = REFERENCE_PRESENT
  ? JSON.parse(readFileSync(join(REFERENCE, TELEMARK_FILES.register), "utf8")).codes
  : [];
const telemark = register.filter((c) => c.code.startsWith("40"));
const codeByName = new Map(telemark.map((c) => [c.name, c.code]));

/** Sum of `value` over rows, by key. */
function sumBy(
  rows: readonly Row[],
  key: (row: Row) => string | null,
  value: (row: Row) => string,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    sums.set(k, (sums.get(k) ?? 0) + Number(value(row)));
  }
  return sums;
}

const yearOf = (date: string): string => (date.includes(".") ? (date.split(".")[2] ?? "") : date.slice(0, 4));

describe.skipIf(!REFERENCE_PRESENT)("the Telemark sheets from real SSB and FHI files", () => {
  let dir: string;
  const sheets = new Map<string, SheetModel>();
  let build: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "faktaark-acceptance-"));
    const data = join(dir, "data");
    const out = join(dir, "out");
    await import("node:fs/promises").then((fs) => fs.mkdir(data));
    await writeTelemarkDataset(data);
    build = await runCli([
      "build",
      "--fylke",
      "40",
      "--lang",
      "nb",
      "--data",
      data,
      "--out",
      out,
      "--json",
      "--no-cache",
    ]);
    const year = join(out, "2026");
    for (const file of (await readdir(year)).filter((f) => /^40\d\d-.*\.json$/.test(f))) {
      const sheet = JSON.parse(await readFile(join(year, file), "utf8")) as SheetModel;
      sheets.set(sheet.municipality.code, sheet);
    }
  }, 300_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("builds all 17 sheets and says nothing failed", () => {
    expect(build.stderr).not.toMatch(/feilet: [1-9]/);
    expect(build.code).toBe(0);
    expect([...sheets.keys()].sort()).toEqual(telemark.map((c) => c.code).sort());
  });

  // Read in beforeAll: a skipped describe's body still runs when the tests are collected, without ../shared.
  let population: Row[] = [];
  let totals = new Map<string, number>();
  beforeAll(() => {
    population = rowsOf(TELEMARK_FILES.population);
    totals = sumBy(
      population,
      (r) => (codeByName.has(r.region ?? "") ? `${codeByName.get(r.region ?? "")}|${r.år}` : null),
      (r) => r.value ?? "",
    );
  });
  const total = (code: string, year: number): number => totals.get(`${code}|${year}`) ?? Number.NaN;

  it("prints each municipality's registered population, its development since 2000 and its growth since 2016", () => {
    for (const [code, sheet] of sheets) {
      const index = chart(sheet, "line-years", "Befolkningsutvikling").filter(
        (d) => d.series === sheet.municipality.shortName,
      );
      expect(index.map((d) => [d.year, d.value])).toEqual(
        Array.from({ length: 27 }, (_, i) => [2000 + i, round1((total(code, 2000 + i) / total(code, 2000)) * 100)]),
      );
      // The projection chart draws the registered population up to the projection's first year.
      for (const point of chart(sheet, "projection-band", "Folketall").filter((d) => d.kind === "registrert"))
        expect(point.value, `${code} ${point.year}`).toBe(total(code, Number(point.year)));
      const key = sheet.keyFigures.find((k) => k.label === "Folketall");
      expect(numberOf(key?.value ?? ""), code).toBe(total(code, 2026));
      const growth = round1(((total(code, 2026) - total(code, 2016)) / total(code, 2016)) * 100);
      expect(numberOf(/([+−-]?[\d,]+\s%) siden 2016/.exec(key?.detail ?? "")?.[1] ?? ""), code).toBe(growth);
    }
  });

  it("compares with SSB's own rows for Telemark and the whole country, not with a sum of the 17 municipalities", () => {
    const published = sumBy(
      population.filter((r) => r.region === "Telemark" || r.region === "Hele landet"),
      (r) => `${r.region}|${r.år}`,
      (r) => r.value ?? "",
    );
    const index = (region: string, year: number): number =>
      round1(
        ((published.get(`${region}|${year}`) ?? Number.NaN) / (published.get(`${region}|2000`) ?? Number.NaN)) * 100,
      );
    for (const [code, sheet] of sheets) {
      const lines = chart(sheet, "line-years", "Befolkningsutvikling");
      for (const [label, region] of [
        ["Telemark", "Telemark"],
        ["Landet", "Hele landet"],
      ] as const) {
        const line = lines.filter((d) => d.series === label);
        expect(
          line.map((d) => [d.year, d.value]),
          `${code} ${label}`,
        ).toEqual(Array.from({ length: 27 }, (_, i) => [2000 + i, index(region, 2000 + i)]));
      }
    }
  });

  it("gives each age group's share of the population 1 January 2026", () => {
    const groups: [string, string[]][] = [
      ["0–5", ["0 år", "1-5 år"]],
      ["6–12", ["6-12 år"]],
      ["13–15", ["13-15 år"]],
      ["16–19", ["16-19 år"]],
      ["20–44", ["20-44 år"]],
      ["45–66", ["45-66 år"]],
      ["67–79", ["67-79 år"]],
      ["80–89", ["80-89 år"]],
      ["90+", ["90 år eller eldre"]],
    ];
    for (const [code, sheet] of sheets) {
      const name = telemark.find((c) => c.code === code)?.name;
      const in2026 = population.filter((r) => r.region === name && r.år === "2026");
      const persons = (ages: string[]): number =>
        in2026.filter((r) => ages.includes(r.alder ?? "")).reduce((s, r) => s + Number(r.value), 0);
      const own = chart(sheet, "age-groups", "Aldersfordeling").filter(
        (d) => d.region === sheet.municipality.shortName,
      );
      expect(own.map((d) => [d.group, d.share])).toEqual(
        groups.map(([group, ages]) => [group, round1((persons(ages) / total(code, 2026)) * 100)]),
      );
    }
  });

  /** Each municipality's chart of shares against the shares the test computes from one year of a raw file. */
  function expectShares(file: string, column: string, types: readonly string[], year: string, title: string): void {
    const rows = rowsOf(file).filter((r) => yearOf(r.År ?? "") === year);
    for (const [code, sheet] of sheets) {
      const count = (type: string): number =>
        rows.filter((r) => r.Kommunenummer === code && r[column] === type).reduce((s, r) => s + Number(r.Antall), 0);
      const all = types.reduce((s, t) => s + count(t), 0);
      const own = chart(sheet, "share-compare", title).filter((d) => d.region === sheet.municipality.shortName);
      expect(
        own.map((d) => d.value),
        code,
      ).toEqual(types.map((t) => round1((count(t) / all) * 100)));
    }
  }

  it("gives dwellings by building type 1 January 2026 as shares of all dwellings", () => {
    const types = [
      "Enebolig",
      "Tomannsbolig",
      "Rekkehus, kjedehus og andre småhus",
      "Boligblokk",
      "Bygning for bofellesskap",
      "Andre bygningstyper",
    ];
    expectShares(TELEMARK_FILES.dwellings, "Bygningstype", types, "2026", "Boliger etter bygningstype 2026");
  });

  it("gives households by type 1 January 2025 as shares of all private households, summing to 100", () => {
    const types = [
      "Aleneboende",
      "Par uten hjemmeboende barn",
      "Par med barn under 18 år",
      "Aleneforsørger med barn under 18 år",
      "Par eller aleneforsørger med voksne barn (18+)",
      "Flerfamiliehusholdninger",
      "Andre husholdninger",
    ];
    expectShares(TELEMARK_FILES.households, "Husholdningstype", types, "2025", "Husholdninger etter type 2025");
  });

  it("gives completed dwellings per year as the sum of SSB's detailed building types", () => {
    const completed = sumBy(
      rowsOf(TELEMARK_FILES.completions),
      (r) => `${r.Kommunenummer}|${yearOf(r.År ?? "")}`,
      (r) => r.Antall ?? "",
    );
    for (const [code, sheet] of sheets) {
      const bars = chart(sheet, "bars-years", "Igangsatte og fullførte").filter((d) => d.series === "Fullførte");
      expect(bars.length, code).toBeGreaterThanOrEqual(5);
      for (const bar of bars) expect(bar.value, `${code} ${bar.year}`).toBe(completed.get(`${code}|${bar.year}`));
    }
  });

  it("gives the 2024 projection's main, low and high alternatives for every year to 2050", () => {
    const alternatives = sumBy(
      rowsOf(TELEMARK_FILES.projection),
      (r) =>
        codeByName.has(r.region ?? "") ? `${codeByName.get(r.region ?? "")}|${r.statistikkvariabel}|${r.år}` : null,
      (r) => r.value ?? "",
    );
    for (const [code, sheet] of sheets) {
      const projected = chart(sheet, "projection-band", "Folketall").filter((d) => d.kind !== "registrert");
      expect(projected.length, code).toBeGreaterThan(20);
      for (const point of projected) {
        const at = (alternative: string): number | undefined =>
          alternatives.get(`${code}|${alternative}|${point.year}`);
        expect([point.value, point.low, point.high], `${code} ${point.year}`).toEqual([
          at("Hovedalternativet (MMMM)"),
          at("Lav nasjonal vekst (LLML)"),
          at("Høy nasjonal vekst (HHMH)"),
        ]);
      }
    }
  });

  it("gives the share living crowded from FHI's export, as per cent, for its latest year («..» where FHI has none)", () => {
    const rows = rowsOf(TELEMARK_FILES.crowding).filter((r) => r.Innvandringsbakgrunn === "totalt");
    const lastYear = rows
      .map((r) => yearOf(r.År ?? ""))
      .sort()
      .at(-1);
    for (const [code, sheet] of sheets) {
      const own = rows.filter((r) => r.Kommunenummer === code && r.Andel !== "");
      const latest = own.sort((a, b) => (a.År ?? "").localeCompare(b.År ?? "")).at(-1);
      const row = tableRow(sheet, "Boforhold", "Bosatte som bor trangt");
      expect(row[0], code).toContain(`(${latest ? yearOf(latest.År ?? "") : lastYear})`);
      if (latest) expect(numberOf(row[1] ?? ""), code).toBe(round1(Number(latest.Andel) * 100));
      else expect(row[1], code).toBe("..");
    }
  });
});
