// A complete, hand-made municipality ("Testvik") with round numbers, so the sheet's figures can be checked by hand.

import { readFileSync } from "node:fs";
import { DEFAULT_GROWTH_RULE } from "../../src/data/config-files.js";
import type { Cell, SourceRef } from "../../src/data/types.js";
import { classifyGrowth, parseGrowthRule } from "../../src/indicators/growth-classes.js";
import { type MunicipalityRecord, OPEN_AGE, type Series, type Sourced } from "../../src/model/record.js";
import type { SheetInput } from "../../src/sheet/context.js";

const source = (table: string, publisher = "SSB"): SourceRef => ({
  table,
  publisher,
  file: `${table}.json`,
  format: "json-stat2",
  title: `Tabell ${table}`,
});
const part = <T>(table: string, data: T, publisher = "SSB"): Sourced<T> => ({
  source: source(table, publisher),
  files: [source(table, publisher).file],
  data,
  notes: [],
});
const years = (from: number, to: number, value: (year: number) => Cell): Series =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, value: value(from + i) }));

/** `scale` multiplies every count, so a county or country can be made from the same shape. */
export function makeTestRecord(code: string, name: string, scale = 1, growth = 100): MunicipalityRecord {
  const populationAt = (year: number) => (10_000 + (year - 2000) * growth) * scale;
  return {
    code,
    name,
    shortName: name,
    county: { code: "40", name: "Telemark" },
    centrality: { class: 3, index: 800 },
    kostraGroup: 10,
    writtenForm: "nb",
    population: part("07459", {
      total: years(2000, 2025, populationAt),
      // 100 per single year of age 0–99 (10 000), 0 above: 67+ = 33 years = 33 %.
      byAge: Array.from({ length: 106 }, (_, age) => ({
        first: age,
        last: age === 105 ? OPEN_AGE : age,
        persons: age < 100 ? 100 * scale : 0,
      })),
      ageYear: 2025,
    }),
    immigrants: part("09817", {
      immigrants: years(2015, 2025, () => 1_250 * scale),
      norwegianBornToImmigrantParents: years(2015, 2025, () => 250 * scale),
    }),
    households: part("06070", {
      year: 2025,
      byType: {
        "living-alone": 2_000 * scale,
        "couple-without-children": 1_500 * scale,
        "couple-with-children": 1_000 * scale,
        "single-parent": 400 * scale,
        "adult-children": 0,
        "multi-family": 100 * scale,
        other: ":",
      },
      total: 5_000 * scale,
      persons: 11_000 * scale,
      // 2,30 persons a household in 2015, 0,01 fewer each year to 2,20 in 2025.
      totalByYear: years(2014, 2025, () => 5_000 * scale),
      personsByYear: years(2014, 2025, (year) => (11_000 + (2025 - year) * 50) * scale),
    }),
    dwellings: part("06265", {
      year: 2025,
      byBuildingType: {
        detached: 3_000 * scale,
        "semi-detached": 500 * scale,
        "row-house": 500 * scale,
        block: 1_000 * scale,
        communal: 100 * scale,
        other: 400 * scale,
      },
      total: 5_500 * scale,
    }),
    tenure: part("11084", { year: 2024, owners: 4_000 * scale, renters: 1_000 * scale }),
    crowding: part("fhi-trangbodd", { share: years(2015, 2024, () => 8.5) }, "FHI"),
    construction: part("05940", {
      started: years(2005, 2024, (year) => (year === 2012 ? ".." : 60 * scale)),
      completed: years(2005, 2024, () => 50 * scale),
    }),
    projection: part("14288", {
      baseYear: 2024,
      main: years(2024, 2050, (year) => (12_400 + (year - 2024) * 50) * scale),
      low: years(2024, 2050, (year) => (12_400 + (year - 2024) * 20) * scale),
      high: years(2024, 2050, (year) => (12_400 + (year - 2024) * 80) * scale),
      byAgeGroup: [
        { group: "67-79", main: years(2024, 2050, (year) => (1_500 + (year - 2024) * 10) * scale) },
        { group: "80-89", main: years(2024, 2050, (year) => (400 + (year - 2024) * 10) * scale) },
        { group: "90+", main: years(2024, 2050, (year) => (100 + (year - 2024) * 5) * scale) },
      ],
    }),
    municipalDwellings: part("12008", {
      per1000: years(2020, 2024, () => 20.5),
    }),
    lowIncome: part("12944", { share: years(2020, 2024, () => 9.5), persons: years(2020, 2024, () => 400 * scale) }),
    housePrices: part("14545", {
      pricePerM2: years(2025, 2025, () => 32_000),
      transactions: years(2025, 2025, () => 60 * scale),
    }),
    socialAssistance: part("13995", { per1000: years(2022, 2025, () => 24.5) }),
    refugees: part("imdi-bosetting", { settled: years(2020, 2024, () => 12 * scale) }, "IMDi"),
    husbanken: part(
      "husbanken",
      {
        startLoanCount: years(2019, 2024, () => 24 * scale),
        startLoanAmount: years(2019, 2024, () => 60_000 * scale),
        housingAllowanceHouseholds: years(2019, 2024, () => 300 * scale),
        rentalGrantDwellings: years(2019, 2024, (year) => (year === 2024 ? "-" : 2 * scale)),
        adaptationGrants: years(2019, 2024, () => 5 * scale),
      },
      "Husbanken",
    ),
  };
}

/** The shipped rule (data/config/vekstklasser.csv), as the pipeline reads it. */
export const GROWTH_RULE = parseGrowthRule(readFileSync(DEFAULT_GROWTH_RULE, "utf8"), DEFAULT_GROWTH_RULE);

export function makeTestInput(overrides: Partial<SheetInput> = {}): SheetInput {
  const record = makeTestRecord("4099", "Testvik");
  return {
    record,
    county: makeTestRecord("40", "Telemark", 10, 50),
    countyIsMunicipality: false,
    country: makeTestRecord("0", "Landet", 500, 200),
    neighbours: [],
    comparison: { pool: { rule: "nearest" }, manual: 0 },
    benchmark: null,
    previous: null,
    rank: {
      national: 12,
      nationalCount: 357,
      county: 2,
      countyCount: 17,
      direction: "up",
      raisingCount: 7,
      indicatorCount: 12,
      drivers: [
        {
          label: "andel 80 år og eldre",
          value: 6.04,
          mean: 5.4,
          unit: "%",
          decimals: 1,
          source: { publisher: "SSB", table: "07459", fromYear: 2025, toYear: 2025, mean: null },
        },
        {
          label: "startlån per 1000 innbyggere",
          value: 2.25,
          mean: 1.75,
          unit: "per 1000 innbyggere",
          decimals: 1,
          source: {
            publisher: "Husbanken",
            table: "Husbanken",
            fromYear: 2022,
            toYear: 2024,
            mean: { yearCount: 3, allYears: true },
          },
        },
      ],
    },
    growth: classifyGrowth(record, GROWTH_RULE),
    dataset: { name: "test", isSample: true, dataYear: 2025 },
    publisher: "Husbanken",
    lang: "nb",
    ...overrides,
  };
}
