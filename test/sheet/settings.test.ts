import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SHEET_SETTINGS } from "../../src/data/config-files.js";
import { parseSheetSettings } from "../../src/sheet/settings.js";

const parse = (text: string) => parseSheetSettings(text, "ark.csv");

describe("the sheet settings (data/config/ark.csv)", () => {
  it("names Husbanken as the publisher and the nearest neighbours as the comparison rule in the shipped file", () => {
    expect(parseSheetSettings(readFileSync(DEFAULT_SHEET_SETTINGS, "utf8"), DEFAULT_SHEET_SETTINGS)).toEqual({
      publisher: "Husbanken",
      comparisonRule: "nearest",
    });
  });

  it("leaves the publisher out and keeps the nearest neighbours when their lines are missing or empty", () => {
    expect(parse("innstilling;verdi\n# ingen\n")).toEqual({ publisher: null, comparisonRule: "nearest" });
    expect(parse("innstilling;verdi\nutgiver;\n")).toEqual({ publisher: null, comparisonRule: "nearest" });
  });

  it("reads the comparison rule, and refuses one it does not know with the line and the rules", () => {
    expect(parse("innstilling;verdi\nsammenligning;kostra\n").comparisonRule).toBe("kostra");
    expect(() => parse("innstilling;verdi\nsammenligning;region\n")).toThrow(
      "ark.csv, linje 2: sammenligning må være en av reglene «nearest», «kostra» og «fylke», fant «region».",
    );
  });

  it("refuses an unknown setting, a repeated one and characters the PDF metadata cannot hold, with the line", () => {
    expect(() => parse("innstilling;verdi\nforfatter;Husbanken\n")).toThrow(
      "ark.csv, linje 2: ukjent innstilling «forfatter». Kjente innstillinger: utgiver, sammenligning.",
    );
    expect(() => parse("innstilling;verdi\nutgiver;Husbanken\nutgiver;SSB\n")).toThrow(
      "ark.csv, linje 3: «utgiver» står her for andre gang; behold én linje.",
    );
    expect(() => parse("innstilling;verdi\nutgiver;Bolig & Co\n")).toThrow(
      "ark.csv, linje 2: utgiver kan ikke inneholde <, > eller &, fant «Bolig & Co».",
    );
  });
});
