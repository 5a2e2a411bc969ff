// The format details the real samples do not show: status symbols, v2 region codes, quarters, BOM, KLASS
// changes JSON, faktaark CSV with decimal comma. Files are passed through fake effects.
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/data/read-dataset.js";
import { fakeDir } from "./fake-dir.js";

const cube = {
  version: "2.0",
  class: "dataset",
  label: "06265: Boliger, etter region, bygningstype, statistikkvariabel og år",
  id: ["Region", "BygnType", "ContentsCode", "Tid"],
  size: [2, 2, 1, 2],
  dimension: {
    Region: { category: { index: { "0301": 0, "F-03": 1 } } },
    BygnType: { category: { index: ["01", "999"] } },
    ContentsCode: { category: { index: { Boliger: 0 } } },
    Tid: { category: { index: { "2024K1": 0, "2025K1": 1 } } },
  },
  value: [1, null, 3, null, 5, 6, null, 8],
  status: { "1": ":", "3": "-", "6": "." },
  role: { geo: ["Region"], time: ["Tid"] },
};

describe("source formats", () => {
  it("maps a JSON-stat cube with status symbols, F- and plain codes and quarters to long observations", async () => {
    const raw = await readDataset("/data", fakeDir({ "boliger.json": JSON.stringify(cube) }));
    expect(raw.diagnostics).toEqual([]);
    expect(raw.tables[0]?.source).toMatchObject({
      table: "06265",
      format: "json-stat2",
      title: "Boliger, etter region, bygningstype, statistikkvariabel og år",
    });
    expect(raw.tables[0]?.observations.map((o) => [o.region, o.keys.BygnType, o.year, o.value])).toEqual([
      ["0301", "01", 2024, 1],
      ["0301", "01", 2025, ":"],
      ["0301", "999", 2024, 3],
      ["0301", "999", 2025, "-"],
      ["03", "01", 2024, 5],
      ["03", "01", 2025, 6],
      ["03", "999", 2024, "."],
      ["03", "999", 2025, 8],
    ]);
  });

  it("reads a UTF-8 Statistikkbank CSV with BOM, K- regions and SSB symbols", async () => {
    const csv =
      '\ufeff"06265: Boliger, etter region, bygningstype, statistikkvariabel og år"\n\n"region";"bygningstype";"år";"Boliger"\n"K-0301 Oslo - Oslove";"Enebolig";"2024";..\n"0 Hele landet";"Enebolig";"2024";1234\n';
    const raw = await readDataset("/data", fakeDir({ "boliger.csv": csv }));
    expect(raw.diagnostics).toEqual([]);
    expect(raw.tables[0]?.observations).toEqual([
      {
        region: "0301",
        year: 2024,
        keys: { BygnType: "Enebolig", ContentsCode: "Boliger" },
        value: "..",
        at: "linje 4",
      },
      { region: "0", year: 2024, keys: { BygnType: "Enebolig", ContentsCode: "Boliger" }, value: 1234, at: "linje 5" },
    ]);
  });

  it("reads KLASS changes JSON as classification 131", async () => {
    const changes = {
      codeChanges: [
        { oldCode: "1507", oldName: "Ålesund", newCode: "1508", newName: "Ålesund", changeOccurred: "2024-01-01" },
      ],
    };
    const raw = await readDataset("/data", fakeDir({ "endringer.json": JSON.stringify(changes) }));
    expect(raw.files[0]?.recognisedAs).toBe("KLASS 131 (JSON endringer)");
    expect(raw.classifications[0]?.changes).toEqual(changes.codeChanges);
  });

  it("reads faktaark CSV with decimal comma, county and country codes", async () => {
    const csv =
      "kilde;tabell;knr;år;variabel;verdi\nHusbanken;husbanken;F-40;2024;startlan_belop;12 345,5\nHusbanken;husbanken;0000;2024;startlan_belop;-\n";
    const raw = await readDataset("/data", fakeDir({ "husbanken.csv": csv }));
    expect(raw.diagnostics).toEqual([]);
    expect(raw.tables[0]?.source).toMatchObject({
      table: "husbanken",
      publisher: "Husbanken",
      title: "Husbankens virkemidler per kommune og år",
    });
    expect(raw.tables[0]?.observations.map((o) => [o.region, o.value])).toEqual([
      ["40", 12345.5],
      ["0", "-"],
    ]);
  });

  it("keeps reading the other files when one is broken", async () => {
    const raw = await readDataset(
      "/data",
      fakeDir({ "a.json": '{"class": "dataset", "id": [', "b.json": JSON.stringify(cube) }),
    );
    expect(raw.files.map((f) => [f.path, f.recognisedAs, f.rows])).toEqual([
      ["a.json", null, 0],
      ["b.json", "SSB 06265 (JSON-stat2)", 8],
    ]);
    expect(raw.diagnostics).toEqual([
      {
        severity: "error",
        file: "a.json",
        at: "linje 1",
        message:
          "ugyldig JSON: forventet mer innhold, fant slutten av filen ved posisjon 28 (linje 1, kolonne 29) – er filen avkortet?",
      },
    ]);
  });
});
