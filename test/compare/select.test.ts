import { describe, expect, it } from "vitest";
import { parseManualComparisons } from "../../src/compare/manual.js";
import { createComparisonSpace, selectComparisons } from "../../src/compare/select.js";
import { UserError } from "../../src/errors.js";
import type { MunicipalityRecord } from "../../src/model/record.js";
import { centrality, immigrants, makeRecord, population } from "../indicators/make-record.js";

// Four municipalities that differ on three structural indicators only; every other indicator is missing for all,
// so it cannot be standardised and is left out (method.droppedIndicators).
//
//            folketall  sentralitet  innvandrere
//   A 5001      1 000        400        100 (10 %)
//   B 5002      1 000        600        100 (10 %)
//   C 4601     10 000        600      1 000 (10 %)
//   D 4602     10 000        800      3 000 (30 %)
//
// By hand (population standard deviation, divided by n):
//   ln(folketall): mean halfway between ln 1000 and ln 10000, every deviation ±ln(10)/2, sd ln(10)/2 → z −1, −1, 1, 1
//   sentralitet: mean 600, deviations −200, 0, 0, 200, variance 80 000/4 = 20 000, sd 141,42 → z −√2, 0, 0, √2
//   innvandrere: mean 15, deviations −5, −5, −5, 15, variance (75 + 225)/4 = 75, sd √75 → z −1/√3 ×3, √3
// Distances from A (all three indicators shared, so no scaling):
//   B: (0, √2, 0)            → √2            = 1,41421
//   C: (2, √2, 0)            → √(4 + 2)      = 2,44949
//   D: (2, 2√2, 4/√3)        → √(4 + 8 + 16/3) = √(52/3) = 4,16333
function makeFour(changes: Partial<Record<string, Partial<MunicipalityRecord>>> = {}): MunicipalityRecord[] {
  const rows: [string, number, number, number][] = [
    ["5001", 1000, 400, 100],
    ["5002", 1000, 600, 100],
    ["4601", 10000, 600, 1000],
    ["4602", 10000, 800, 3000],
  ];
  return rows.map(([code, total, index, count]) =>
    makeRecord(code, {
      population: population(total),
      centrality: centrality(index),
      immigrants: immigrants(count),
      ...changes[code],
    }),
  );
}

describe("selectComparisons", () => {
  it("keeps the nearest municipalities by Euclidean distance in z-scores, as worked out by hand", () => {
    const result = selectComparisons(makeFour(), "5001", { count: 3 });
    expect(result.neighbours.map((n) => n.code)).toEqual(["5002", "4601", "4602"]);
    expect(result.neighbours[0]!.distance).toBeCloseTo(Math.SQRT2, 10);
    expect(result.neighbours[1]!.distance).toBeCloseTo(2.44949, 5);
    expect(result.neighbours[2]!.distance).toBeCloseTo(4.16333, 5);
    expect(result.neighbours.every((n) => n.chosenBy === "nearest" && n.shared === 3)).toBe(true);
    expect(result.manual).toBe(false);
    expect(result.method.indicators).toEqual(["folketall", "sentralitet", "andel_innvandrere"]);
    expect(result.method.droppedIndicators).toContain("boligbygging_per_1000");
    expect(result.method.minShared).toBe(2);
  });

  it("keeps five by default and as many as asked", () => {
    expect(selectComparisons(makeFour(), "5001").neighbours).toHaveLength(3);
    expect(selectComparisons(makeFour(), "5001", { count: 1 }).neighbours.map((n) => n.code)).toEqual(["5002"]);
  });

  it("names the indicators with the smallest z-difference, with both values untransformed", () => {
    const [b] = selectComparisons(makeFour(), "5001", { count: 1 }).neighbours;
    // A and B: folketall and innvandrere differ by 0; sentralitet by √2, too far to be called alike.
    expect(b!.alikeOn.map((a) => [a.indicator, a.value, a.neighbourValue])).toEqual([
      ["folketall", 1000, 1000],
      ["andel_innvandrere", 10, 10],
    ]);
    expect(b!.alikeOn[0]!.label).toBe("Folketall");
  });

  it("leaves a missing value out of the distance and scales the rest up, instead of using the mean", () => {
    // D lacks its centrality. Sentralitet is then standardised over A, B, C: 400, 600, 600, mean 533,33,
    // sd 94,281 → z −√2, 1/√2, 1/√2.
    //   A–B: (0, 3/√2, 0) → √4,5 = 2,12132
    //   A–C: (2, 3/√2, 0) → √8,5 = 2,91548
    //   A–D: shared folketall and innvandrere only: (4 + 16/3) × 3/2 = 14 → √14 = 3,74166
    const records = makeFour({ "4602": { centrality: null } });
    const result = selectComparisons(records, "5001", { count: 3 });
    expect(result.neighbours.map((n) => [n.code, n.shared])).toEqual([
      ["5002", 3],
      ["4601", 3],
      ["4602", 2],
    ]);
    expect(result.neighbours[0]!.distance).toBeCloseTo(2.12132, 5);
    expect(result.neighbours[1]!.distance).toBeCloseTo(2.91548, 5);
    expect(result.neighbours[2]!.distance).toBeCloseTo(Math.sqrt(14), 10);

    const own = selectComparisons(records, "4602");
    expect(own.method.missingForMunicipality).toEqual(["sentralitet"]);
    expect(own.method.missing).toBe(
      "Manglende verdier erstattes ikke med gjennomsnittet: avstanden regnes bare over indikatorene begge kommunene " +
        "har tall for, og skaleres opp med kvadratroten av 3 delt på antall felles indikatorer. Kommuner med færre " +
        "enn 2 av 3 felles indikatorer er ikke med som nærmeste naboer. Kommunen mangler tall for sentralitetsindeks.",
    );
  });

  it("excludes a municipality that shares too few indicators, and reads SSB's '..' as missing, not 0", () => {
    const records = makeFour({ "4602": { centrality: null, immigrants: immigrants("..") } });
    const result = selectComparisons(records, "5001", { count: 5 });
    expect(result.neighbours.map((n) => n.code)).toEqual(["5002", "4601"]);
    expect(result.method.excluded).toBe(1);
    expect(result.method.missing).toContain("(1 kommune ble utelatt av den grunn).");
  });

  it("puts an adviser's own list first and fills up with the nearest", () => {
    const result = selectComparisons(makeFour(), "5001", { count: 2, manual: ["4602"] });
    expect(result.manual).toBe(true);
    expect(result.neighbours.map((n) => [n.code, n.chosenBy])).toEqual([
      ["4602", "manual"],
      ["5002", "nearest"],
    ]);
    expect(result.neighbours[0]!.distance).toBeCloseTo(4.16333, 5);
  });

  it("rejects an unknown municipality and an unknown manual neighbour", () => {
    expect(() => selectComparisons(makeFour(), "9999")).toThrow(
      new UserError("fant ingen kommune med nummer 9999 i datasettet."),
    );
    expect(() => selectComparisons(makeFour(), "5001", { manual: ["1234"] })).toThrow(
      "sammenligningskommune 1234 for kommune 5001 finnes ikke i datasettet. Rett listen i sammenligning.csv.",
    );
  });
});

describe("parseManualComparisons", () => {
  it("reads knr;sammenligningskommuner with comments and a BOM", () => {
    const text = "\uFEFFknr;sammenligningskommuner\n# Trondheims rådgivere\n5001;4601, 1103,0301\n";
    expect([...parseManualComparisons(text, "sammenligning.csv")]).toEqual([["5001", ["4601", "1103", "0301"]]]);
  });

  it("names the file and line of a bad code", () => {
    const text = "knr;sammenligningskommuner\n5001;4601\n5001;0301\n";
    expect(() => parseManualComparisons(text, "s.csv")).toThrow(
      "s.csv, linje 3: kommune 5001 står her for andre gang; slå linjene sammen.",
    );
    expect(() => parseManualComparisons("knr;sammenligningskommuner\n5001;46x1\n", "s.csv")).toThrow(
      "s.csv, linje 2: sammenligningskommune må være et firesifret kommunenummer, fant «46x1».",
    );
  });
});

describe("createComparisonSpace", () => {
  it("gives the same result as selectComparisons for every municipality", () => {
    const records = makeFour();
    const space = createComparisonSpace(records);
    for (const record of records) {
      expect(space.select(record.code, { count: 2 })).toEqual(selectComparisons(records, record.code, { count: 2 }));
    }
  });
});
