// Persistent low income (12944), the price per m² (14545) and social assistance (13995) in the indicator model:
// computed from the record, a suppressed price or rate missing rather than 0, and rankings on the sample that move
// when the low-income or the social-assistance weight does.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { findIndicator } from "../../src/indicators/catalogue.js";
import { parseIndicatorModel, rankMunicipalities } from "../../src/indicators/model.js";
import { loadDataset } from "../../src/model/load.js";
import type { MunicipalityRecord } from "../../src/model/record.js";
import { jsonStatCell } from "../golden/json-stat-cell.js";
import { makeRecord } from "./make-record.js";

const MODEL_FILE = "data/config/indikatormodell.csv";
const SOCIAL = "data/sample/ssb/13995-sosialhjelp.json";
const source = (table: string) => ({
  table,
  publisher: "SSB",
  file: `${table}.json`,
  format: "json-stat2" as const,
  title: table,
});

describe("the low-income and price indicators", () => {
  it("take the latest three-year period's share, with the period as its years", () => {
    const record = makeRecord("4001", {
      lowIncome: {
        source: source("12944"),
        files: [source("12944").file],
        notes: [],
        data: {
          share: [
            { year: 2023, value: 10.1 },
            { year: 2024, value: 10.9 },
            { year: 2025, value: ".." },
          ],
          persons: [],
        },
      },
    });
    expect(findIndicator("andel_vedvarende_lavinntekt")!.compute(record)).toEqual({
      value: 10.9,
      source: { publisher: "SSB", table: "12944", fromYear: 2022, toYear: 2024, mean: null },
    });
  });

  it("treat a suppressed price as missing, not as 0 and not as an older year's price", () => {
    const withPrice = (value: number | ":") =>
      makeRecord("1151", {
        housePrices: {
          source: source("14545"),
          files: [source("14545").file],
          notes: [],
          data: {
            pricePerM2: [
              { year: 2024, value: 30_000 },
              { year: 2025, value },
            ],
            transactions: [],
          },
        },
      });
    expect(findIndicator("kvadratmeterpris")!.compute(withPrice(":"))).toBeNull();
    expect(findIndicator("kvadratmeterpris")!.compute(withPrice(41_250))?.value).toBe(41_250);
  });

  it("take social assistance's latest year, and treat a suppressed or unreported rate as missing", () => {
    const withRate = (value: number | ":" | "..") =>
      makeRecord("4001", {
        socialAssistance: {
          source: source("13995"),
          files: [source("13995").file],
          notes: [],
          data: {
            per1000: [
              { year: 2024, value: 21.4 },
              { year: 2025, value },
            ],
          },
        },
      });
    expect(findIndicator("sosialhjelp_per_1000")!.compute(withRate(23.8))).toEqual({
      value: 23.8,
      source: { publisher: "SSB", table: "13995", fromYear: 2025, toYear: 2025, mean: null },
    });
    expect(findIndicator("sosialhjelp_per_1000")!.compute(withRate(":"))).toBeNull();
    expect(findIndicator("sosialhjelp_per_1000")!.compute(withRate(".."))).toBeNull();
  });
});

describe("the shipped model on the sample", () => {
  let records: MunicipalityRecord[];
  const shipped = readFileSync(MODEL_FILE, "utf8");
  const withWeight = (id: string, weight: string) =>
    parseIndicatorModel(shipped.replace(new RegExp(`^(${id};[^;]*;[^;]*;)1;`, "m"), `$1${weight};`), MODEL_FILE);
  const withLowIncomeWeight = (weight: string) => withWeight("andel_vedvarende_lavinntekt", weight);

  beforeAll(async () => {
    records = [...(await loadDataset("data/sample")).records];
  });

  it("has both indicators in Husbanken's groups", () => {
    const model = parseIndicatorModel(shipped, MODEL_FILE);
    const group = (id: string) => model.indicators.find((indicator) => indicator.id === id)?.group;
    expect(group("andel_vedvarende_lavinntekt")).toBe("Befolkningssammensetning");
    expect(group("kvadratmeterpris")).toBe("Boligmarked");
    expect(group("sosialhjelp_per_1000")).toBe("Kommunal aktivitet");
    expect(model.indicators.find((indicator) => indicator.id === "sosialhjelp_per_1000")?.direction).toBe(
      "higher-is-worse",
    );
  });

  it("ranks differently when the weight of persistent low income changes", () => {
    const order = (weight: string) => rankMunicipalities(records, withLowIncomeWeight(weight)).rows.map((r) => r.code);
    const without = order("0");
    const heavy = order("5");
    expect(heavy).not.toEqual(without);
    // The municipality with the highest share climbs when the share weighs more.
    const share = (record: MunicipalityRecord) =>
      findIndicator("andel_vedvarende_lavinntekt")!.compute(record)?.value ?? 0;
    const highest = [...records].sort((a, b) => share(b) - share(a))[0]!.code;
    expect(heavy.indexOf(highest)).toBeLessThan(without.indexOf(highest));
  });

  it("reads social assistance as the sample file's 2025 cell", () => {
    for (const code of ["4001", "0301", "5612"]) {
      const record = records.find((r) => r.code === code)!;
      const cell = jsonStatCell(SOCIAL, { KOKkommuneregion0000: code, Tid: "2025" });
      expect(typeof cell).toBe("number");
      expect(findIndicator("sosialhjelp_per_1000")!.compute(record)?.value).toBe(cell);
    }
  });

  it("ranks differently when the weight of social assistance changes, the highest rate climbing", () => {
    const order = (weight: string) =>
      rankMunicipalities(records, withWeight("sosialhjelp_per_1000", weight)).rows.map((r) => r.code);
    const without = order("0");
    const heavy = order("5");
    expect(heavy).not.toEqual(without);
    const rate = (record: MunicipalityRecord) => findIndicator("sosialhjelp_per_1000")!.compute(record)?.value ?? 0;
    const highest = [...records].sort((a, b) => rate(b) - rate(a))[0]!.code;
    expect(heavy.indexOf(highest)).toBeLessThan(without.indexOf(highest));
  });

  it("has refugees settled in Befolkningsutvikling, «høy er verre», as the sheet's figure", () => {
    const model = parseIndicatorModel(shipped, MODEL_FILE);
    const indicator = model.indicators.find((candidate) => candidate.id === "bosatte_flyktninger_per_1000");
    expect(indicator?.group).toBe("Befolkningsutvikling");
    expect(indicator?.direction).toBe("higher-is-worse");
    const porsgrunn = records.find((r) => r.code === "4001")!;
    const settled = porsgrunn.refugees!.data.settled.filter((p) => p.year >= 2022 && p.year <= 2025);
    const population = porsgrunn.population!.data.total.find((p) => p.year === 2026)!.value as number;
    const value = findIndicator("bosatte_flyktninger_per_1000")!.compute(porsgrunn);
    expect(value?.value).toBeCloseTo(
      (settled.reduce((sum, p) => sum + (p.value as number), 0) / population) * 1000,
      10,
    );
    expect(value?.source).toMatchObject({ publisher: "IMDi", fromYear: 2022, toYear: 2025 });
  });

  it("ranks differently when the weight of refugees settled changes, the highest rate climbing", () => {
    const order = (weight: string) =>
      rankMunicipalities(records, withWeight("bosatte_flyktninger_per_1000", weight)).rows.map((r) => r.code);
    const without = order("0");
    const heavy = order("5");
    expect(heavy).not.toEqual(without);
    const rate = (record: MunicipalityRecord) =>
      findIndicator("bosatte_flyktninger_per_1000")!.compute(record)?.value ?? 0;
    const highest = [...records].sort((a, b) => rate(b) - rate(a))[0]!.code;
    expect(heavy.indexOf(highest)).toBeLessThan(without.indexOf(highest));
  });

  it("lists Haram, which IMDi counted in Ålesund before 2024, as missing refugees settled, never a sum of two years", () => {
    const ranking = rankMunicipalities(records, parseIndicatorModel(shipped, MODEL_FILE));
    expect(ranking.rows.find((row) => row.code === "1580")?.missing).toContain("bosatte_flyktninger_per_1000");
    expect(ranking.rows.find((row) => row.code === "1508")?.missing).toContain("bosatte_flyktninger_per_1000");
  });

  it("lists a municipality whose price SSB hides as missing the price, and ranks it on the rest", () => {
    const ranking = rankMunicipalities(records, parseIndicatorModel(shipped, MODEL_FILE));
    const utsira = ranking.rows.find((row) => row.code === "1151");
    expect(utsira?.missing).toContain("kvadratmeterpris");
    expect(utsira?.missing).toContain("sosialhjelp_per_1000");
  });
});
