import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_GROWTH_RULE } from "../../src/data/config-files.js";
import { classifyGrowth, type GrowthRule, parseGrowthRule } from "../../src/indicators/growth-classes.js";
import type { MunicipalityRecord } from "../../src/model/record.js";
import { makeRecord, series, sourced } from "./make-record.js";

const RULE: GrowthRule = parseGrowthRule(readFileSync(DEFAULT_GROWTH_RULE, "utf8"), DEFAULT_GROWTH_RULE);

/** A municipality of 1000 in 2016 with `registered` per cent more in 2026, and `projected` per cent more than that by
 * 2050 (SSB's main alternative made in 2024). */
function municipality(registered: number, projected: number, centrality: number | null = 5): MunicipalityRecord {
  const now = 1000 * (1 + registered / 100);
  return makeRecord("9901", {
    centrality: centrality === null ? null : { class: centrality, index: null },
    population: sourced("07459", { total: series({ 2016: 1000, 2026: now }), byAge: [], ageYear: 2026 }),
    projection: sourced("14288", {
      baseYear: 2024,
      main: series({ 2026: now, 2050: now * (1 + projected / 100) }),
      low: series({}),
      high: series({}),
      byAgeGroup: [],
    }),
  });
}

const groupOf = (registered: number, projected: number, centrality: number | null = 5) => {
  const result = classifyGrowth(municipality(registered, projected, centrality), RULE);
  return result.kind === "classified" ? result.group : `ikke klassifisert (${result.missing})`;
};

describe("the growth classes (data/config/vekstklasser.csv)", () => {
  it("reads the shipped rule: 10 years back, SSB's projection to 2050, 10 and 3 per cent, classes 1–3 central", () => {
    expect(RULE).toEqual({
      file: DEFAULT_GROWTH_RULE,
      yearsBack: 10,
      horizon: 2050,
      strongGrowth: 10,
      growth: 3,
      decline: -3,
      strongDecline: -10,
      centralUpTo: 3,
    });
  });

  it("puts strong growth in both, or strong projected growth in a central municipality, under vekstpress", () => {
    expect(groupOf(15, 12)).toBe("vekstpress");
    expect(groupOf(10, 10)).toBe("vekstpress");
    expect(groupOf(2, 10, 3)).toBe("vekstpress");
    expect(groupOf(2, 10, 4)).toBe("stabil");
    expect(groupOf(9.9, 10, 6)).toBe("vekst");
    expect(groupOf(10, 9.9)).toBe("vekst");
  });

  it("says which centrality class made a municipality vekstpress, and none when growth alone did", () => {
    const byCentrality = classifyGrowth(municipality(2, 20, 2), RULE);
    expect(byCentrality).toMatchObject({ kind: "classified", group: "vekstpress", centralClass: 2 });
    expect(classifyGrowth(municipality(20, 20, 2), RULE)).toMatchObject({ group: "vekstpress", centralClass: null });
  });

  it("needs growth at the threshold in both for vekst, and decline at the threshold in both for nedgang", () => {
    expect(groupOf(3, 3)).toBe("vekst");
    expect(groupOf(3, 2.9)).toBe("stabil");
    expect(groupOf(-3, -3)).toBe("nedgang");
    expect(groupOf(-3, -2.9)).toBe("stabil");
    expect(groupOf(-10, -10)).toBe("sterk-nedgang");
    expect(groupOf(-10, -9.9)).toBe("nedgang");
    expect(groupOf(-20, 5)).toBe("stabil");
    expect(groupOf(0, 0)).toBe("stabil");
  });

  it("gives the registered and projected change with their years", () => {
    const result = classifyGrowth(municipality(20, -5), RULE);
    expect(result).toMatchObject({
      kind: "classified",
      group: "stabil",
      registered: { fromYear: 2016, toYear: 2026 },
      projected: { fromYear: 2026, toYear: 2050 },
    });
    if (result.kind !== "classified") throw new Error("classified above");
    expect(result.registered.percent).toBeCloseTo(20, 10);
    expect(result.projected.percent).toBeCloseTo(-5, 10);
  });

  it("leaves a municipality unclassified, with what is missing, rather than guess", () => {
    const noStart = {
      ...municipality(5, 5),
      population: sourced("07459", { total: series({ 2020: 900, 2026: 1000 }), byAge: [], ageYear: 2026 }),
    };
    expect(classifyGrowth(noStart, RULE)).toEqual({ kind: "unclassified", missing: "population", year: 2016 });
    expect(classifyGrowth({ ...municipality(5, 5), population: null }, RULE)).toEqual({
      kind: "unclassified",
      missing: "population",
      year: null,
    });
    expect(classifyGrowth({ ...municipality(5, 5), projection: null }, RULE)).toEqual({
      kind: "unclassified",
      missing: "projection",
      year: 2050,
    });
    expect(groupOf(2, 15, null)).toBe("ikke klassifisert (centrality)");
    // Where centrality cannot change the group, its absence does not matter.
    expect(groupOf(15, 15, null)).toBe("vekstpress");
    expect(groupOf(-15, -15, null)).toBe("sterk-nedgang");
  });
});

describe("errors in the rule file", () => {
  const shipped = readFileSync(DEFAULT_GROWTH_RULE, "utf8");
  const parse = (text: string) => parseGrowthRule(text, "vekstklasser.csv");
  const lineOf = (name: string) => shipped.split("\n").findIndex((line) => line.startsWith(`${name};`)) + 1;

  it("names the file and line of an unknown threshold, a repeated one or one that is not a number", () => {
    expect(() => parse("grense;verdi\nvekstpress;10\n")).toThrow(
      "vekstklasser.csv, linje 2: ukjent grense «vekstpress». Kjente grenser: år_tilbake, framskrevet_til, sterk_vekst, vekst, nedgang, sterk_nedgang, sentral_til_og_med.",
    );
    expect(() => parse(`${shipped}vekst;4\n`)).toThrow(
      `vekstklasser.csv, linje ${shipped.split("\n").length}: «vekst» står her for andre gang; behold én linje.`,
    );
    expect(() => parse(shipped.replace("sterk_vekst;10", "sterk_vekst;ti"))).toThrow(
      `vekstklasser.csv, linje ${lineOf("sterk_vekst")}: sterk_vekst må være et tall, fant «ti».`,
    );
    expect(() => parse(shipped.replace("framskrevet_til;2050", "framskrevet_til;2050,5"))).toThrow(
      `vekstklasser.csv, linje ${lineOf("framskrevet_til")}: framskrevet_til må være et helt tall, fant «2050,5».`,
    );
    expect(() => parse(shipped.replace("sentral_til_og_med;3", "sentral_til_og_med;7"))).toThrow(
      `vekstklasser.csv, linje ${lineOf("sentral_til_og_med")}: sentral_til_og_med må være en sentralitetsklasse fra 1 til 6, fant «7».`,
    );
  });

  it("reads a decimal comma, and refuses thresholds out of order with the line", () => {
    expect(parse(shipped.replace("vekst;3", "vekst;2,5")).growth).toBe(2.5);
    expect(() => parse(shipped.replace("vekst;3", "vekst;12"))).toThrow(
      `vekstklasser.csv, linje ${lineOf("vekst")}: grensene må stå i rekkefølgen sterk_vekst ≥ vekst ≥ 0 ≥ nedgang ≥ sterk_nedgang; vekst er 12.`,
    );
    expect(() => parse(shipped.replace("nedgang;-3", "nedgang;1"))).toThrow(
      `vekstklasser.csv, linje ${lineOf("nedgang")}: grensene må stå i rekkefølgen sterk_vekst ≥ vekst ≥ 0 ≥ nedgang ≥ sterk_nedgang; nedgang er 1.`,
    );
  });

  it("names every threshold the file lacks, and the header it expects", () => {
    expect(() => parse("grense;verdi\når_tilbake;10\n")).toThrow(
      "vekstklasser.csv: mangler grense «framskrevet_til», «sterk_vekst», «vekst», «nedgang», «sterk_nedgang», «sentral_til_og_med».",
    );
    expect(() => parse("navn;verdi\n")).toThrow("vekstklasser.csv, linje 1: mangler kolonne «grense»");
  });
});
