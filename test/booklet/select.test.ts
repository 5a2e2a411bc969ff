// A booklet's list file (--kommuner): numbers or names as users type and spreadsheets export them, and a mistake
// named with the file and line.
import { describe, expect, it } from "vitest";
import { resolveList } from "../../src/booklet/select.js";
import { makeTestRecord } from "../sheet/fixture.js";

const records = [
  makeTestRecord("4001", "Porsgrunn"),
  makeTestRecord("4003", "Skien"),
  makeTestRecord("4010", "Siljan"),
  makeTestRecord("1515", "Herøy (Møre og Romsdal)"),
  makeTestRecord("1818", "Herøy (Nordland)"),
];
const codes = (text: string) => resolveList(records, text, "liste.csv").map((record) => record.code);

describe("a list of municipalities", () => {
  it("reads numbers and names in the list's order, past a heading, comments, blank lines and further columns", () => {
    expect(codes('\uFEFFkommune;navn\r\n4010;Siljan\r\n# Grenland\r\n\r\n"skien"\r\nporsgrunn,4001\r\n')).toEqual([
      "4010",
      "4003",
      "4001",
    ]);
  });

  it("names the file and line of a name that matches none, several, or one listed before", () => {
    expect(() => codes("4001\nTrondhjem\n")).toThrow("liste.csv, linje 2: Fant ingen kommune som heter «Trondhjem».");
    expect(() => codes("4001\nHerøy\n")).toThrow(
      "liste.csv, linje 2: «Herøy» passer på flere kommuner:\n  1515 Herøy (Møre og Romsdal)\n  1818 Herøy (Nordland)",
    );
    expect(() => codes("Skien\n4001\n4003\n")).toThrow(
      "liste.csv, linje 3: «4003» er 4003 Skien, som allerede står på linje 1.",
    );
  });

  it("refuses a list without a municipality", () => {
    expect(() => codes("kommune\n\n# ingen\n")).toThrow(
      "liste.csv: fant ingen kommuner. Skriv ett kommunenummer eller navn per linje.",
    );
  });
});
