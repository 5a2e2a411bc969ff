// One fixture per problem the data layer reports, each asserting the exact message users see.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/data/read-dataset.js";

const bad = (name: string): string => fileURLToPath(new URL(`../fixtures/data/bad/${name}`, import.meta.url));

async function diagnosticsOf(name: string) {
  const raw = await readDataset(bad(name));
  return raw.diagnostics.map(({ severity, file, at, message: text }) => ({ severity, file, at, message: text }));
}

describe("bad input", () => {
  it("reports a municipality code that is neither in KLASS 131 nor in a change list", async () => {
    expect(await diagnosticsOf("unknown-code")).toEqual([
      {
        severity: "warning",
        file: "husbanken.csv",
        at: "linje 3",
        message: "forventet et kommunenummer fra kommunelisten (KLASS 131) eller en endringsliste, fant «9998»",
      },
    ]);
  });

  it("reports a duplicate row and keeps the first", async () => {
    const raw = await readDataset(bad("duplicate"));
    expect(raw.diagnostics).toEqual([
      {
        severity: "error",
        region: "4001",
        file: "husbanken.csv",
        at: "linje 4",
        message:
          "duplikat: forventet én verdi per region, år og nøkler, fant samme (region 4001, år 2024, startlan_antall) også i linje 2; den første er brukt",
      },
    ]);
    expect(raw.tables[0]?.observations.map((o) => [o.year, o.value])).toEqual([
      [2024, ".."],
      [2023, ".."],
    ]);
  });

  it("reads SSB 12944's three-year period as its last year and refuses a period of another length", async () => {
    const raw = await readDataset(bad("low-income-period"));
    expect(
      raw.diagnostics.map(({ severity, file, at, message: text }) => ({ severity, file, at, message: text })),
    ).toEqual([
      {
        severity: "error",
        file: "ssb-12944.json",
        at: "dimension.Tid.category.index.2020-2023",
        message:
          "forventet et årstall (2024, 2024K1, 01.01.2024 eller 2024-01-01) eller en treårsperiode (2022-2024), fant «2020-2023»",
      },
    ]);
    expect(raw.tables[0]?.observations.map((o) => [o.region, o.year, o.value])).toEqual([["4001", 2024, 10.9]]);
  });

  it("reports a value that is neither a number nor an SSB symbol", async () => {
    expect(await diagnosticsOf("non-numeric")).toEqual([
      {
        severity: "error",
        file: "husbanken.csv",
        at: "linje 2",
        message: "forventet et tall eller et av SSBs symboler .. : - ., fant «12a»",
      },
    ]);
  });

  it("reports a faktaark CSV that is not UTF-8 and still reads it as ISO-8859-1", async () => {
    const raw = await readDataset(bad("not-utf8"));
    expect(raw.diagnostics).toEqual([
      {
        severity: "warning",
        file: "husbanken.csv",
        at: "linje 1",
        message: "feil tegnkoding: forventet UTF-8, fant ugyldige UTF-8-byte på linje 1; lest som ISO-8859-1",
      },
    ]);
    expect(raw.tables[0]?.observations).toHaveLength(1);
  });

  it("reports UTF-8 saved twice (mojibake)", async () => {
    expect(await diagnosticsOf("mojibake")).toEqual([
      {
        severity: "warning",
        file: "husbanken.csv",
        at: "linje 2",
        message:
          "feil tegnkoding: forventet UTF-8 med æ, ø og å, fant «Ã¸» – filen ser ut til å være lagret som UTF-8 to ganger",
      },
      // The garbled variable name is no Husbanken variable: its rows would be passed over, so it is an error.
      {
        severity: "error",
        file: "husbanken.csv",
        at: "linje 2",
        message:
          "ukjent variabel i tabell husbanken: forventet startlan_antall, startlan_belop, bostotte_husstander, tilskudd_utleie_boliger, tilskudd_tilpasning_antall, fant «bostÃ¸tte_husstander»; radene med den brukes ikke",
      },
    ]);
  });

  it("reports a missing column", async () => {
    expect(await diagnosticsOf("missing-column")).toEqual([
      {
        severity: "error",
        file: "husbanken.csv",
        at: "linje 1",
        message: "mangler kolonnen «år»: fant kolonnene «kilde», «tabell», «knr», «variabel», «verdi»",
      },
    ]);
  });

  it("reports an empty file", async () => {
    expect(await diagnosticsOf("empty")).toEqual([
      { severity: "error", file: "befolkning.json", at: undefined, message: "tom fil: forventet data, fant 0 byte" },
    ]);
  });

  it("reports truncated JSON with the position where it ends", async () => {
    expect(await diagnosticsOf("truncated-json")).toEqual([
      {
        severity: "error",
        file: "befolkning.json",
        at: "linje 1",
        message:
          "ugyldig JSON: forventet mer innhold, fant slutten av filen ved posisjon 200 (linje 1, kolonne 201) – er filen avkortet?",
      },
    ]);
  });

  it("reports a CSV whose last row is short, and keeps the rows before it", async () => {
    const raw = await readDataset(bad("truncated-csv"));
    expect(raw.diagnostics).toEqual([
      {
        severity: "error",
        file: "befolkning.csv",
        at: "linje 5",
        message: "forventet 3 kolonner som overskriften, fant 2 i siste rad – er filen avkortet?",
      },
    ]);
    expect(raw.tables[0]?.observations.map((o) => [o.region, o.year, o.value])).toEqual([["4001", 2023, 36897]]);
  });

  it("reports a year out of range", async () => {
    expect(await diagnosticsOf("year-out-of-range")).toEqual([
      {
        severity: "warning",
        file: "husbanken.csv",
        at: "linje 2",
        message: "forventet et år fra 1950 til 2100, fant 1900; raden er hoppet over",
      },
    ]);
  });

  it("reports a JSON-stat value array that does not fit its size", async () => {
    expect(await diagnosticsOf("value-length")).toEqual([
      {
        severity: "error",
        file: "befolkning.json",
        at: "value",
        message: "feil antall verdier: forventet 3 (produktet av size [3, 1, 1]), fant 2",
      },
    ]);
  });

  it("refuses a file it does not recognise, and says how to pass it over", async () => {
    const raw = await readDataset(bad("unrecognised"));
    expect(raw.diagnostics).toEqual([
      {
        severity: "error",
        file: "notater.txt",
        message:
          "ukjent filformat: forventet JSON-stat2, Statistikkbank-CSV, KLASS (JSON eller CSV), KOSTRA-grupper (CSV knr,name,value), faktaark-CSV, IMDis side «Nøkkeltall bosetting» (HTML) eller en fil oppgitt i dataset.json, fant første linje «Husk å hente nye tall fra SSB i mars.» – rett filen, flytt den ut av datamappen eller hopp over den med --ignore «notater.txt»",
      },
    ]);
    expect(raw.files).toEqual([expect.objectContaining({ path: "notater.txt", recognisedAs: null, rows: 0 })]);
  });

  it("reports a region name the municipality list does not know", async () => {
    const raw = await readDataset(bad("unresolved-name"));
    expect(raw.diagnostics).toEqual([
      {
        severity: "warning",
        file: "befolkning.csv",
        at: "linje 3",
        message:
          "forventet et kommune- eller fylkesnavn fra kommunelisten (KLASS 131), fant «Atlantis»; raden er hoppet over",
      },
    ]);
    expect(raw.tables[0]?.observations).toEqual([
      { region: "4001", year: 2024, keys: { Alder: "0 år", ContentsCode: "Personer" }, value: 303, at: "linje 2" },
    ]);
  });

  it("reports a dataset.json field of the wrong type", async () => {
    const raw = await readDataset(bad("dataset-json"));
    expect(raw.diagnostics).toEqual([
      {
        severity: "error",
        file: "dataset.json",
        at: "sample",
        message: "feltet «sample»: forventet true eller false, fant «ja»",
      },
    ]);
    expect(raw.meta).toEqual({ name: "Feil", sample: false });
  });
});
