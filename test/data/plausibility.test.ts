// Values and years that cannot be true are refused with the row, and the value is not read.
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/data/read-dataset.js";
import type { ObservationTable } from "../../src/data/types.js";
import { fakeDir } from "./fake-dir.js";

const CURRENT_YEAR = new Date().getFullYear();

function cube(label: string, regions: string[], contents: string[], years: string[], value: (number | null)[]) {
  return JSON.stringify({
    version: "2.0",
    class: "dataset",
    label,
    id: ["Region", "ContentsCode", "Tid"],
    size: [regions.length, contents.length, years.length],
    dimension: {
      Region: { category: { index: regions } },
      ContentsCode: {
        category: { index: contents, unit: { AndelBefolkning: { base: "prosent", decimals: 1 } } },
      },
      Tid: { category: { index: years } },
    },
    role: { geo: ["Region"], time: ["Tid"], metric: ["ContentsCode"] },
    value,
  });
}

const POPULATION = "07459: Befolkning, etter region, statistikkvariabel og år";

async function read(files: Record<string, string>) {
  const raw = await readDataset("/data", fakeDir(files));
  return { raw, diagnostics: raw.diagnostics.map(({ region, at, message }) => ({ region, at, message })) };
}

/** The error for a count written with thousands separators, on a line of a municipality. */
const grouped = (region: string, line: number, found: string) => ({
  region,
  at: `linje ${line}`,
  message: `forventet et antall skrevet uten skilletegn for tusener (1177), fant «${found}»`,
});

const values = (table: ObservationTable | undefined) => table?.observations.map((o) => [o.region, o.year, o.value]);

describe("plausibility of values", () => {
  it("refuses counts with thousands separators, negative or broken counts, and negative amounts in faktaark CSV", async () => {
    const csv = [
      "kilde;tabell;knr;år;variabel;verdi",
      "Husbanken;husbanken;4001;2024;startlan_antall;1.177",
      "Husbanken;husbanken;4003;2024;startlan_antall;1,177",
      "Husbanken;husbanken;4005;2024;bostotte_husstander;-3",
      "Husbanken;husbanken;4010;2024;tilskudd_utleie_boliger;2,5",
      "Husbanken;husbanken;4012;2024;startlan_belop;12 345,5",
      "Husbanken;husbanken;4014;2024;startlan_belop;-5",
      "Husbanken;husbanken;4016;2024;startlan_antall;1 177",
    ].join("\n");
    const { raw, diagnostics } = await read({ "husbanken.csv": csv });
    expect(diagnostics).toEqual([
      grouped("4001", 2, "1.177"),
      grouped("4003", 3, "1,177"),
      { region: "4005", at: "linje 4", message: "forventet et antall på 0 eller mer, fant «-3»" },
      { region: "4010", at: "linje 5", message: "forventet et antall (et helt tall), fant «2,5»" },
      { region: "4014", at: "linje 7", message: "forventet et beløp på 0 eller mer, fant «-5»" },
    ]);
    // faktaark CSV allows spaces between thousands, and an amount (1000 kr) may have decimals.
    expect(values(raw.tables[0])).toEqual([
      ["4012", 2024, 12345.5],
      ["4016", 2024, 1177],
    ]);
    expect([...raw.regionErrors.keys()]).toEqual(["4001", "4003", "4005", "4010", "4014"]);
  });

  it("refuses an amount grouped with points, which would be read as a fraction, and keeps decimal commas and points", async () => {
    const csv = [
      "kilde;tabell;knr;år;variabel;verdi",
      "Husbanken;husbanken;4001;2024;startlan_belop;1.177",
      "Husbanken;husbanken;4003;2024;startlan_belop;1,177",
      "Husbanken;husbanken;4005;2024;startlan_belop;80.7",
    ].join("\n");
    const { raw, diagnostics } = await read({ "husbanken.csv": csv });
    expect(diagnostics).toEqual([
      {
        region: "4001",
        at: "linje 2",
        message:
          "forventet et beløp med komma som desimaltegn og uten punktum for tusener (1177 eller 1177,5), fant «1.177»",
      },
    ]);
    expect(values(raw.tables[0])).toEqual([
      ["4003", 2024, 1.177],
      ["4005", 2024, 80.7],
    ]);
  });

  it("refuses a count grouped with a point or a space in SSB's CSV download, which writes bare numbers", async () => {
    const csv = [
      '"06265: Boliger, etter region, bygningstype, statistikkvariabel og år"',
      "",
      '"region";"bygningstype";"år";"Boliger"',
      '"4001 Porsgrunn";"Enebolig";"2024";1.177',
      '"4003 Skien";"Enebolig";"2024";1 177',
      '"4005 Notodden";"Enebolig";"2024";1177',
    ].join("\n");
    const { raw, diagnostics } = await read({ "boliger.csv": csv });
    expect(diagnostics).toEqual([
      grouped("4001", 4, "1.177"),
      { region: "4003", at: "linje 5", message: "forventet et tall uten mellomrom (SSB skriver 1177), fant «1 177»" },
    ]);
    expect(values(raw.tables[0])).toEqual([["4005", 2024, 1177]]);
  });

  it("refuses a share over 100 per cent, known by its JSON-stat unit", async () => {
    const file = cube("09817: Innvandrere", ["4001", "4003"], ["AndelBefolkning"], ["2026"], [104.2, 12.5]);
    const { raw, diagnostics } = await read({ "09817.json": file });
    expect(diagnostics).toEqual([
      { region: "4001", at: "value[0]", message: "forventet en andel fra 0 til 100 (prosent), fant «104.2»" },
      // The sheet reads 09817's persons, not its share: a cube with the share alone is refused as well.
      {
        region: undefined,
        at: undefined,
        message:
          "tabell 09817, «ContentsCode»: forventet «Personer1» (Personer), fant bare «AndelBefolkning» – ingen rad kan brukes; last ned tabellen med kodene eller tekstene faktaark leser",
      },
    ]);
    expect(values(raw.tables[0])).toEqual([["4003", 2026, 12.5]]);
  });

  it("refuses a negative population, and no inhabitants in a municipality's latest year only", async () => {
    // 4001's 0 in 2025 is how SSB's aggregated region list writes a year before a municipality existed.
    const file = cube(
      POPULATION,
      ["4001", "4003", "4005"],
      ["Personer1"],
      ["2025", "2026"],
      [0, 36000, 55000, 0, -1, 4100],
    );
    const { raw, diagnostics } = await read({ "07459.json": file });
    expect(diagnostics).toEqual([
      { region: "4005", at: "value[4]", message: "forventet et antall på 0 eller mer, fant «-1»" },
      { region: "4003", at: "value[3]", message: "forventet minst 1 innbygger i kommunens siste år 2026, fant «0»" },
    ]);
    expect(values(raw.tables[0])).toEqual([
      ["4001", 2025, 0],
      ["4001", 2026, 36000],
      ["4003", 2025, 55000],
      ["4005", 2026, 4100],
    ]);
  });
});

describe("plausibility of years", () => {
  const population = cube(POPULATION, ["4001"], ["Personer1"], ["2025", "2026"], [36000, 36100]);

  it("refuses a population year no one can have published yet, so it cannot become the data year", async () => {
    const csv = [
      '"07459: Befolkning, etter region, statistikkvariabel og år"',
      "",
      '"region";"år";"Personer"',
      '"4001 Porsgrunn";"2026";36100',
      '"4003 Skien";"2099";55000',
    ].join("\n");
    const { raw, diagnostics } = await read({ "07459.csv": csv });
    expect(diagnostics).toEqual([
      {
        region: "4003",
        at: "linje 5",
        message: `forventet et år til og med ${CURRENT_YEAR} (folketallet per 1. januar i år er det siste SSB kan ha publisert), fant 2099`,
      },
    ]);
    expect(values(raw.tables[0])).toEqual([["4001", 2026, 36100]]);
  });

  it("refuses a registered year after the data year: a cube's year column for the whole file", async () => {
    const dwellings = cube("06265: Boliger", ["4001", "4003"], ["Boliger"], ["2026", "2027"], [100, 5, 200, 6]);
    const { raw, diagnostics } = await read({ "07459.json": population, "06265.json": dwellings });
    expect(diagnostics).toEqual([
      {
        region: undefined,
        at: "value[1]",
        message:
          "forventet et år til og med datagrunnlagets dataår 2026 (siste år med folketall, SSB 07459), fant 2027",
      },
    ]);
    expect(values(raw.tables.find((t) => t.source.table === "06265"))).toEqual([
      ["4001", 2026, 100],
      ["4003", 2026, 200],
    ]);
  });

  it("reads projections to 2100 and refuses a later year", async () => {
    const label = "14288: Framskrevet folkemengde";
    const projection = cube(label, ["4001"], ["Personer"], ["2100", "2101"], [37000, 37100]);
    const { raw, diagnostics } = await read({ "07459.json": population, "14288.json": projection });
    expect(diagnostics).toEqual([
      {
        region: undefined,
        at: "dimension.Tid.category.index.2101",
        message:
          "forventet et år til og med 2100 (ingen tabell faktaark leser, går lenger, heller ikke framskrivingene), fant 2101",
      },
    ]);
    expect(values(raw.tables.find((t) => t.source.table === "14288"))).toEqual([["4001", 2100, 37000]]);
  });
});
