import { describe, expect, it } from "vitest";
import { listMunicipalities } from "../../src/cli/commands/list.js";
import { findMunicipalities, foldName } from "../../src/model/find.js";
import { MUNICIPALITIES } from "../../src/model/municipalities.js";
import type { MunicipalityRecord } from "../../src/model/record.js";
import { makeRecord } from "../indicators/make-record.js";

const records: MunicipalityRecord[] = MUNICIPALITIES.map((m) =>
  makeRecord(m.code, {
    name: m.name,
    shortName: m.shortName,
    county: { code: m.countyCode, name: m.countyCode },
    writtenForm: "neutral",
  }),
);

const exactCodes = (query: string): string[] => findMunicipalities(records, query).exact.map((r) => r.code);

describe("findMunicipalities", () => {
  it("folds æ, ø, å and Sami letters both ways", () => {
    expect(foldName("Ålesund")).toBe(foldName("aalesund"));
    expect(foldName("Tromsø")).toBe(foldName("tromsoe"));
    expect(foldName("Bærum")).toBe("baerum");
    expect(foldName("Kárášjohka")).toBe("karasjohka");
  });

  it("finds by any name form, without regard to case or diacritics", () => {
    expect(exactCodes("tromso")).toEqual(["5501"]);
    expect(exactCodes("aalesund")).toEqual(["1508"]);
    expect(exactCodes("ALESUND")).toEqual(["1508"]);
    expect(exactCodes("karasjok")).toEqual(["5610"]);
    expect(exactCodes("Kárášjohka")).toEqual(["5610"]);
    expect(exactCodes("snasa")).toEqual(["5041"]);
    expect(exactCodes("Tråante")).toEqual(["5001"]);
  });

  it("finds by number, with or without the leading zero", () => {
    expect(exactCodes("0301")).toEqual(["0301"]);
    expect(exactCodes("301")).toEqual(["0301"]);
  });

  it("returns every municipality sharing a name", () => {
    expect(exactCodes("Herøy")).toEqual(["1515", "1818"]);
    expect(exactCodes("våler")).toEqual(["3114", "3419"]);
  });

  it("suggests near misses, best first", () => {
    const result = findMunicipalities(records, "Trondhjem");
    expect(result.exact).toEqual([]);
    expect(result.candidates[0]?.code).toBe("5001");
    expect(findMunicipalities(records, "kristian").candidates.map((r) => r.code)).toEqual(["1505", "4204"]);
  });
});

describe("listMunicipalities", () => {
  it("prints number, name, county and written form in columns, and a count", () => {
    const lines = listMunicipalities(records.slice(0, 2));
    expect(lines).toEqual([
      "Nr.   Kommune        Fylke  Målform",
      "0301  Oslo - Oslove  03     nøytral",
      "1101  Eigersund      11     nøytral",
      "",
      "2 kommuner",
    ]);
  });

  it("shows only exact matches when there are any, and says when nothing matches", () => {
    expect(listMunicipalities(records, "herøy").at(-1)).toBe("2 treff på «herøy»");
    expect(() => listMunicipalities(records, "Atlantis")).toThrow(
      "Fant ingen kommune som passer «Atlantis». Kjør faktaark list for å se alle.",
    );
  });
});
