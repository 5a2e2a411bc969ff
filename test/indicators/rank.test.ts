import { describe, expect, it } from "vitest";
import { parseIndicatorModel, rankMunicipalities } from "../../src/indicators/model.js";
import type { MunicipalityRecord } from "../../src/model/record.js";
import { centrality, immigrants, makeRecord, population, tenure } from "./make-record.js";

// Four municipalities, two counties (50 and 46):
//
//            innvandrere   leiere (av eiere+leiere)   sentralitet
//   A 5001   100/1000 10 %      20/100 20 %               400
//   B 5002   100/1000 10 %      40/100 40 %               600
//   C 4601  1000/10000 10 %     20/100 20 %               600
//   D 4602  3000/10000 30 %     40/100 40 %               800
//
// z by hand (population sd): innvandrere −1/√3, −1/√3, −1/√3, √3 (mean 15, sd √75);
// leiere −1, 1, −1, 1 (mean 30, sd 10); sentralitet −√2, 0, 0, √2 (mean 600, sd √20000).
// Model: innvandrere høy er verre vekt 2; leiere høy er verre vekt 1; sentralitet høy er bedre vekt 1 (sign −).
// Score = (2·z_innv + z_leie − z_sentr) / 4:
//   A: (−1,15470 − 1 + 1,41421) / 4 = −0,18512
//   B: (−1,15470 + 1 − 0)       / 4 = −0,03868
//   C: (−1,15470 − 1 − 0)       / 4 = −0,53868
//   D: ( 3,46410 + 1 − 1,41421) / 4 =  0,76247
// Ranking, largest challenge first: D, B, A, C. County 46: D 1, C 2; county 50: B 1, A 2.
function makeFour(changes: Partial<Record<string, Partial<MunicipalityRecord>>> = {}): MunicipalityRecord[] {
  const rows: [string, number, number, number, number][] = [
    ["5001", 1000, 100, 20, 400],
    ["5002", 1000, 100, 40, 600],
    ["4601", 10000, 1000, 20, 600],
    ["4602", 10000, 3000, 40, 800],
  ];
  return rows.map(([code, total, count, renters, index]) =>
    makeRecord(code, {
      population: population(total),
      immigrants: immigrants(count),
      tenure: tenure(100 - renters, renters),
      centrality: centrality(index),
      ...changes[code],
    }),
  );
}

function modelWith(centralityWeight: string) {
  return parseIndicatorModel(
    [
      "id;gruppe;retning;vekt;beskrivelse",
      "andel_innvandrere;Befolkningssammensetning;høy er verre;2;",
      "andel_leiere;Boligmarked;høy er verre;1;",
      `sentralitet;Annet;høy er bedre;${centralityWeight};`,
    ].join("\n"),
    "test.csv",
  );
}

describe("rankMunicipalities", () => {
  it("scores and ranks as worked out by hand", () => {
    const ranking = rankMunicipalities(makeFour(), modelWith("1"));
    expect(ranking.rows.map((row) => [row.code, row.rankNational, row.rankCounty])).toEqual([
      ["4602", 1, 1],
      ["5002", 2, 1],
      ["5001", 3, 2],
      ["4601", 4, 2],
    ]);
    const scores = Object.fromEntries(ranking.rows.map((row) => [row.code, row.score]));
    expect(scores["5001"]).toBeCloseTo(-0.18512, 5);
    expect(scores["5002"]).toBeCloseTo(-0.03868, 5);
    expect(scores["4601"]).toBeCloseTo(-0.53868, 5);
    expect(scores["4602"]).toBeCloseTo(0.76247, 5);
  });

  it("gives scores that print the same the same rank, and the next rank counts them (1, 2, 2, 4)", () => {
    // E is A with centrality 401: its score differs from A's in the fourth decimal, so both print as −0,18.
    const records = [
      ...makeFour(),
      makeRecord("5003", {
        population: population(1000),
        immigrants: immigrants(100),
        tenure: tenure(80, 20),
        centrality: centrality(401),
      }),
    ];
    const rows = rankMunicipalities(records, modelWith("1")).rows;
    const a = rows.find((row) => row.code === "5001")!;
    const e = rows.find((row) => row.code === "5003")!;
    expect(a.score).not.toBe(e.score);
    expect(a.score.toFixed(2)).toBe(e.score.toFixed(2));
    expect(rows.map((row) => [row.code, row.rankNational, row.rankCounty])).toEqual([
      ["4602", 1, 1],
      ["5002", 2, 1],
      ["5001", 3, 2],
      ["5003", 3, 2],
      ["4601", 5, 2],
    ]);
  });

  it("splits the score into parts that add up to it", () => {
    const d = rankMunicipalities(makeFour(), modelWith("1")).rows[0]!;
    // D: 2/4·√3 = 0,86603; 1/4·1 = 0,25; 1/4·(−√2) = −0,35355 (high centrality is better).
    expect(d.parts.map((p) => [p.indicator, p.group, p.effectiveWeight])).toEqual([
      ["andel_innvandrere", "Befolkningssammensetning", 0.5],
      ["andel_leiere", "Boligmarked", 0.25],
      ["sentralitet", "Annet", 0.25],
    ]);
    expect(d.parts[0]!.contribution).toBeCloseTo(0.86603, 5);
    expect(d.parts[1]!.contribution).toBeCloseTo(0.25, 10);
    expect(d.parts[2]!.contribution).toBeCloseTo(-0.35355, 5);
    expect(d.parts[2]!.z).toBeCloseTo(Math.SQRT2, 10);
    expect(d.parts[0]!.value).toBeCloseTo(30, 10);
    expect(d.coverage).toBe(1);
    expect(d.missing).toEqual([]);
  });

  it("changes the ranking as expected when a weight in the config changes", () => {
    // Sentralitet weight 4, total 7: A (−1,15470 − 1 + 5,65685)/7 = 0,50031; B −0,15470/7 = −0,02210;
    // C −2,15470/7 = −0,30781; D (3,46410 + 1 − 5,65685)/7 = −0,17039 → A, B, D, C.
    const ranking = rankMunicipalities(makeFour(), modelWith("4"));
    expect(ranking.rows.map((row) => row.code)).toEqual(["5001", "5002", "4602", "4601"]);
    expect(ranking.rows[0]!.score).toBeCloseTo(0.50031, 5);
    expect(ranking.rows[2]!.score).toBeCloseTo(-0.17039, 5);
  });

  it("re-normalises the weights over the indicators a municipality has, and flags the row", () => {
    // B's renters are suppressed (":"): leiere is standardised over A, C, D only. B's score uses the remaining
    // weights 2 + 1: (2·(−1/√3) − 0) / 3 = −0,38490.
    const records = makeFour({ "5002": { tenure: tenure(60, ":") } });
    const b = rankMunicipalities(records, modelWith("1")).rows.find((row) => row.code === "5002")!;
    expect(b.score).toBeCloseTo(-0.3849, 5);
    expect(b.coverage).toBe(0.75);
    expect(b.missing).toEqual(["andel_leiere"]);
    expect(b.parts[1]).toMatchObject({ indicator: "andel_leiere", value: null, z: null, contribution: null });
  });

  it("leaves out a municipality with values for less than half the weight", () => {
    const records = makeFour({ "5002": { tenure: tenure(60, ":"), immigrants: immigrants("..") } });
    const ranking = rankMunicipalities(records, modelWith("1"));
    expect(ranking.rows.map((row) => row.code)).not.toContain("5002");
    expect(ranking.unranked).toEqual([
      {
        code: "5002",
        name: "Kommune 5002",
        county: { code: "50", name: "Fylke 50" },
        coverage: 0.25,
        missing: ["andel_innvandrere", "andel_leiere"],
      },
    ]);
  });

  it("ranks within a county or a given list, keeping national ranks", () => {
    const county = rankMunicipalities(makeFour(), modelWith("1"), { region: "46" });
    expect(county.rows.map((row) => [row.code, row.rankNational, row.rankRegion])).toEqual([
      ["4602", 1, 1],
      ["4601", 4, 2],
    ]);
    const list = rankMunicipalities(makeFour(), modelWith("1"), { region: ["5001", "4601"] });
    expect(list.rows.map((row) => [row.code, row.rankNational, row.rankRegion])).toEqual([
      ["5001", 3, 1],
      ["4601", 4, 2],
    ]);
    expect(() => rankMunicipalities(makeFour(), modelWith("1"), { region: "03" })).toThrow(
      "fant ingen kommuner i fylke 03.",
    );
  });
});
