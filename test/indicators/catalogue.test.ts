import { describe, expect, it } from "vitest";
import { computeStructuralIndicators } from "../../src/compare/structural.js";
import { findIndicator } from "../../src/indicators/catalogue.js";
import type { MunicipalityRecord } from "../../src/model/record.js";
import { households, makeRecord, series, sourced } from "./make-record.js";

function computeValue(id: string, record: MunicipalityRecord): number | null {
  return findIndicator(id)!.compute(record)?.value ?? null;
}

const populationSeries = sourced("07459", {
  total: series({ 2015: 800, 2020: 900, 2021: 1000, 2022: 1000, 2023: 1000, 2024: 1000, 2025: 1000 }),
  byAge: [
    { first: 40, last: 40, persons: 820 },
    { first: 70, last: 70, persons: 110 },
    { first: 85, last: 85, persons: 70 },
  ],
  ageYear: 2025,
});

describe("indicator catalogue", () => {
  it("computes growth and age shares from the population", () => {
    const record = makeRecord("3001", { population: populationSeries });
    expect(computeValue("vekst_5ar", record)).toBeCloseTo((100 / 900) * 100, 10);
    expect(computeValue("vekst_10ar", record)).toBeCloseTo(25, 10);
    // 67+: 110 + 70 = 180 of 1000; 80+: 70 of 1000.
    expect(computeValue("andel_67_pluss", record)).toBeCloseTo(18, 10);
    expect(computeValue("andel_80_pluss", record)).toBeCloseTo(7, 10);
  });

  it("never reads a missing cell as 0", () => {
    const suppressed = sourced("07459", {
      ...populationSeries.data,
      byAge: [...populationSeries.data.byAge, { first: 90, last: 90, persons: ":" as const }],
    });
    expect(computeValue("andel_80_pluss", makeRecord("3001", { population: suppressed }))).toBeNull();
    const noPersons = households({ "living-alone": 300 }, 600, null);
    expect(computeValue("husholdningsstorrelse", makeRecord("3001", { households: noPersons }))).toBeNull();
    expect(computeValue("andel_aleneboende", makeRecord("3001", { households: noPersons }))).toBe(50);
    // SSB's "-" is a real zero.
    const zeroSingle = households({ "single-parent": "-" }, 600, 1500);
    expect(computeValue("andel_aleneforsorgere", makeRecord("3001", { households: zeroSingle }))).toBe(0);
  });

  it("averages construction per 1000 over the years of the last five with a number, and says how many", () => {
    const build = (completed: Record<number, number | "..">) =>
      makeRecord("3001", {
        population: populationSeries,
        construction: sourced("05940", { started: series({}), completed: series(completed) }),
      });
    // 2021–2025 with 2023 missing: 10, 20, 5, 5 per 1000 inhabitants → mean 10.
    const record = build({ 2021: 10, 2022: 20, 2023: "..", 2024: 5, 2025: 5 });
    expect(computeValue("boligbygging_per_1000", record)).toBe(10);
    expect(findIndicator("boligbygging_per_1000")!.compute(record)!.source).toEqual({
      publisher: "SSB",
      table: "05940",
      fromYear: 2021,
      toYear: 2025,
      mean: { yearCount: 4, allYears: false },
    });
    // As Haram, split from Ålesund in 2024: the two years with numbers, not nothing.
    const split = findIndicator("boligbygging_per_1000")!.compute(build({ 2023: "..", 2024: 5, 2025: 10 }))!;
    expect(split.value).toBe(7.5);
    expect(split.source).toMatchObject({ fromYear: 2024, toYear: 2025, mean: { yearCount: 2, allYears: false } });
    // A last year without a number ends the period at the year before, not at the window's end.
    const late = findIndicator("boligbygging_per_1000")!.compute(
      build({ 2021: 10, 2022: 20, 2023: 5, 2024: 5, 2025: ".." }),
    )!;
    expect(late.source).toMatchObject({ fromYear: 2021, toYear: 2024, mean: { yearCount: 4, allYears: false } });
    expect(computeValue("boligbygging_per_1000", build({ 2024: "..", 2025: ".." }))).toBeNull();
  });

  it("counts the projected growth of the oldest to 2035 from the latest registered year, not the projection's", () => {
    const projection = sourced("14288", {
      baseYear: 2024,
      main: series({}),
      low: series({}),
      high: series({}),
      byAgeGroup: [
        { group: "80-89" as const, main: series({ 2024: 40, 2025: 45, 2035: 120 }) },
        { group: "90+" as const, main: series({ 2024: 10, 2025: 15, 2035: 30 }) },
      ],
    });
    // Registered 80+ on 1 January 2025 (the latest year): 70, projected 2035: 150.
    const growth = findIndicator("framskrevet_vekst_80_pluss")!.compute(
      makeRecord("3001", { population: populationSeries, projection }),
    );
    expect(growth?.value).toBeCloseTo((80 / 70) * 100, 10);
    expect(growth?.source).toMatchObject({ fromYear: 2025, toYear: 2035 });
    // Without registered ages for 2025, the projection's own 2025 value (60) is the start.
    const noAges = sourced("07459", { ...populationSeries.data, ageYear: 2024 });
    expect(computeValue("framskrevet_vekst_80_pluss", makeRecord("3001", { population: noAges, projection }))).toBe(
      150,
    );
  });

  it("lists the structural indicators with labels, units and sources, null when missing", () => {
    const { indicators } = computeStructuralIndicators(makeRecord("3001", { population: populationSeries }));
    expect(indicators).toHaveLength(11);
    expect(indicators[0]).toEqual({
      id: "folketall",
      label: "Folketall",
      unit: "innbyggere",
      decimals: 0,
      scale: "log",
      value: 1000,
      source: { publisher: "SSB", table: "07459", fromYear: 2025, toYear: 2025, mean: null },
    });
    expect(indicators.find((i) => i.id === "sentralitet")).toMatchObject({ value: null, source: null });
  });
});
