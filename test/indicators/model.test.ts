import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { INDICATORS } from "../../src/indicators/catalogue.js";
import { parseIndicatorModel } from "../../src/indicators/model.js";

const HEADER = "id;gruppe;retning;vekt;beskrivelse";
const KNOWN = INDICATORS.map((indicator) => indicator.id).join(", ");

function parseLines(...lines: string[]) {
  return parseIndicatorModel([HEADER, ...lines].join("\n"), "modell.csv");
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("parseIndicatorModel", () => {
  it("reads the shipped config: every indicator known, weights and directions as written", () => {
    const model = parseIndicatorModel(readFileSync("data/config/indikatormodell.csv", "utf8"), "indikatormodell.csv");
    expect(model.indicators.map((i) => i.id)).toEqual([
      "andel_80_pluss",
      "andel_innvandrere",
      "andel_aleneforsorgere",
      "andel_aleneboende",
      "andel_vedvarende_lavinntekt",
      "vekst_10ar",
      "framskrevet_vekst_80_pluss",
      "bosatte_flyktninger_per_1000",
      "startlan_per_1000",
      "bostotte_per_1000",
      "kommunale_boliger_per_1000",
      "sosialhjelp_per_1000",
      "boligbygging_per_1000",
      "andel_trangbodde",
      "andel_leiere",
      "kvadratmeterpris",
    ]);
    expect(new Set(model.indicators.map((i) => i.group))).toEqual(
      new Set([
        "Befolkningssammensetning",
        "Befolkningsutvikling",
        "Bruk av Husbankens virkemidler",
        "Kommunal aktivitet",
        "Boligmarked",
      ]),
    );
    expect(model.indicators.find((i) => i.id === "boligbygging_per_1000")?.direction).toBe("higher-is-better");
  });

  it("accepts a decimal comma, a BOM, comments and direction in any case", () => {
    const model = parseIndicatorModel(
      `\uFEFF${HEADER}\n# kommentar\nandel_leiere;Boligmarked;Høy er VERRE;0,5;"Leiere; andel"\n`,
      "modell.csv",
    );
    expect(model.indicators).toMatchObject([
      { id: "andel_leiere", weight: 0.5, direction: "higher-is-worse", description: "Leiere; andel", line: 3 },
    ]);
  });

  it("names file and line for an unknown indicator", () => {
    expect(errorOf(() => parseLines("andel_leiere;Boligmarked;høy er verre;1;", "andel_eldre;X;høy er verre;1;"))).toBe(
      `modell.csv, linje 3: ukjent indikator «andel_eldre». Kjente indikatorer: ${KNOWN}.`,
    );
  });

  it("names file and line for a negative weight", () => {
    expect(errorOf(() => parseLines("andel_leiere;Boligmarked;høy er verre;-1;"))).toBe(
      "modell.csv, linje 2: vekt for «andel_leiere» kan ikke være negativ, fant «-1». Snu retningen i stedet.",
    );
  });

  it("names file and line for a weight that does not parse", () => {
    expect(errorOf(() => parseLines("andel_leiere;Boligmarked;høy er verre;1,5,0;"))).toBe(
      "modell.csv, linje 2: vekt for «andel_leiere» må være et tall, for eksempel 1 eller 0,5, fant «1,5,0».",
    );
    expect(errorOf(() => parseLines("andel_leiere;Boligmarked;høy er verre;;"))).toBe(
      "modell.csv, linje 2: vekt for «andel_leiere» må være et tall, for eksempel 1 eller 0,5, fant «».",
    );
  });

  it("names file and line for a bad direction", () => {
    expect(errorOf(() => parseLines("andel_leiere;Boligmarked;høyt er ille;1;"))).toBe(
      "modell.csv, linje 2: retning for «andel_leiere» må være «høy er verre» eller «høy er bedre», fant «høyt er ille».",
    );
  });

  it("names missing columns, a short line and a duplicate", () => {
    expect(errorOf(() => parseIndicatorModel("id;gruppe;vekt\nandel_leiere;B;1\n", "modell.csv"))).toBe(
      "modell.csv, linje 1: mangler kolonne «retning», «beskrivelse»; ventet overskriften " +
        "id;gruppe;retning;vekt;beskrivelse, fant id;gruppe;vekt.",
    );
    expect(errorOf(() => parseLines("andel_leiere;Boligmarked;høy er verre"))).toBe(
      "modell.csv, linje 2: ventet 5 kolonner (id;gruppe;retning;vekt;beskrivelse), fant 3. " +
        "Sett anførselstegn rundt en beskrivelse som inneholder semikolon.",
    );
    expect(
      errorOf(() => parseLines("andel_leiere;Boligmarked;høy er verre;1;", "andel_leiere;Boligmarked;høy er verre;2;")),
    ).toBe(
      "modell.csv, linje 3: indikatoren «andel_leiere» står allerede på linje 2; hver indikator skal stå én gang.",
    );
  });

  it("refuses a model where no weight is above 0", () => {
    expect(errorOf(() => parseLines("andel_leiere;Boligmarked;høy er verre;0;"))).toBe(
      "modell.csv: ingen indikator har vekt over 0; modellen kan ikke regne en skår.",
    );
  });
});
