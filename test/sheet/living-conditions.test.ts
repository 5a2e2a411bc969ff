// The section «Levekår og boligmarked» on the hand-made municipality: its figures, source lines and symbols.
import { describe, expect, it } from "vitest";
import type { MunicipalityRecord } from "../../src/model/record.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import type { ChartBlock, SheetModel, TableBlock, TextBlock } from "../../src/sheet/model.js";
import { makeTestInput, makeTestRecord } from "./fixture.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");
const sectionOf = (model: SheetModel) => model.sections.find((s) => s.id === "livingConditions")!;
const footnoteTexts = (model: SheetModel, numbers: readonly number[]) =>
  numbers.map((n) => model.footnotes[n - 1]!.text);

function withRecord(change: Partial<MunicipalityRecord>, lang: "nb" | "nn" = "nb"): SheetModel {
  return buildSheetModel(makeTestInput({ record: { ...makeTestRecord("4099", "Testvik"), ...change }, lang }));
}

/** The table's column whose header starts with `start`: the header, then a cell per region (row). */
const columnOf = (table: TableBlock, start: string): string[] => {
  const index = table.columns.findIndex((column) => column.startsWith(start));
  expect(index).toBeGreaterThan(0);
  return [table.columns[index]!, ...table.rows.map((row) => plain(row[index]!))];
};

describe("Levekår og boligmarked", () => {
  const model = buildSheetModel(makeTestInput());

  it("draws persistent low income for the three-year period and says so in the title, alt text and source", () => {
    const chart = sectionOf(model).blocks[0] as ChartBlock;
    expect(chart.title).toBe("Vedvarende lavinntekt, prosent av personer, 2022–2024");
    expect(chart.source).toBe("Kilde: SSB, tabell 12944 (2022–2024)");
    expect(chart.chart.data.map((bar) => [bar.label, bar.value])).toEqual([
      ["Testvik", 9.5],
      ["Telemark", 9.5],
      ["Landet", 9.5],
    ]);
    expect(plain(chart.alt)).toBe(
      "Stolpediagram. 9,5 % av personene i Testvik bodde i husholdninger med vedvarende lavinntekt i treårsperioden 2022–2024, mot 9,5 % i landet.",
    );
  });

  it("prints price per m², sales, municipal dwellings, social assistance and refugees settled with their sources; a change without its start year is «..»", () => {
    const table = sectionOf(model).blocks[1] as TableBlock;
    expect(table.columns).toEqual([
      "Område",
      "Pris per m², brukte boliger, kr (2025)",
      "Solgte brukte boliger, antall (2025)",
      "Kommunalt disponerte boliger per 1000 innb. (2024)",
      "Endring i kommunale boliger per 1000 innb., 2019–2024",
      "Mottakere av sosialhjelp per 1000 (2025)",
      "Bosatte flyktninger 2020–2024 per 1000",
    ]);
    expect(table.rows.map((row) => row.map(plain))).toEqual([
      // 12008 starts in 2020 in the fixture: there is no 2019 to measure the five years from («..»). Refugees: 5 × 12
      // settled over 12 500 inhabitants on 1 January 2025; the county 5 × 120 over 112 500, the country 5 × 6 000
      // over 7 500 000.
      ["Testvik", "32 000", "60", "20,5", "..", "24,5", "4,8"],
      ["Telemark", "32 000", "600", "20,5", "..", "24,5", "5,3"],
      ["Landet", "32 000", "30 000", "20,5", "..", "24,5", "4,0"],
    ]);
    expect(table.highlightRow).toBe(0);
    expect(table.span).toBe("wide");
    // The figures row by row, as the cells stand.
    expect(table.figures.map((figure) => `${figure.region}: ${figure.label}`).slice(0, 7)).toEqual([
      "Testvik: Pris per m², brukte boliger, kr (2025)",
      "Testvik: Solgte brukte boliger, antall (2025)",
      "Testvik: Kommunalt disponerte boliger per 1000 innb. (2024)",
      "Testvik: Endring i kommunale boliger per 1000 innb., 2019–2024",
      "Testvik: Mottakere av sosialhjelp per 1000 (2025)",
      "Testvik: Bosatte flyktninger 2020–2024 per 1000",
      "Telemark: Pris per m², brukte boliger, kr (2025)",
    ]);
    expect(table.source).toBe(
      "Kilde: SSB, tabell 14545 (2025); SSB, tabell 12008 (2024); SSB, tabell 13995 (2025); IMDi (2020–2024)",
    );
    expect(footnoteTexts(model, table.footnotes)).toContain(
      "Bosatte flyktninger er summen av IMDis tall for 2020–2024, per 1000 innbyggere 1. januar 2025 (SSB, tabell 07459). Fylket og landet har IMDis fylkestall (landet summen av fylkene), ellers summen av kommunene når ingen av dem er skjermet («:»).",
    );
  });

  it("has a row for each comparison municipality, in the order of the low-income chart's bars, between the municipality and the county", () => {
    const neighbour = (code: string, name: string, scale: number) => ({
      record: makeTestRecord(code, name, scale),
      distance: 1,
      alikeOn: [],
    });
    const input = makeTestInput({ neighbours: [neighbour("4098", "Nabovik", 2), neighbour("4097", "Fjernvik", 3)] });
    const section = sectionOf(buildSheetModel(input));
    const table = section.blocks[1] as TableBlock;
    expect(table.rows.map((row) => row[0])).toEqual(["Testvik", "Nabovik", "Fjernvik", "Telemark", "Landet"]);
    expect((section.blocks[0] as ChartBlock).chart.data.map((bar) => bar.label)).toEqual(
      table.rows.map((row) => row[0]),
    );
    // Sales scale with the fixture's size: 60 a year for Testvik, twice and three times that for the others.
    expect(columnOf(table, "Solgte")).toEqual([
      "Solgte brukte boliger, antall (2025)",
      "60",
      "120",
      "180",
      "600",
      "30 000",
    ]);
    expect(table.figures.filter((figure) => figure.regionCode === "4097").map((figure) => figure.region)).toEqual(
      Array(6).fill("Fjernvik"),
    );
    // Oslo is its own county: no county row.
    const oslo = buildSheetModel(makeTestInput({ countyIsMunicipality: true }));
    expect((sectionOf(oslo).blocks[1] as TableBlock).rows.map((row) => row[0])).toEqual(["Testvik", "Landet"]);
  });

  it("shows refugees settled as «:» when IMDi hides one year, and names fewer than five years as what they are", () => {
    const base = makeTestRecord("4099", "Testvik");
    const settled = (values: [number, number | ":"][]) => ({
      ...base.refugees!,
      data: { settled: values.map(([year, value]) => ({ year, value })) },
    });
    const hidden = withRecord({
      refugees: settled([
        [2022, 30],
        [2023, ":"],
        [2024, 12],
      ]),
    });
    const table = sectionOf(hidden).blocks[1] as TableBlock;
    expect(columnOf(table, "Bosatte flyktninger")).toEqual([
      "Bosatte flyktninger 2022–2024 per 1000",
      ":",
      "3,2",
      "2,4",
    ]);
    const notes = footnoteTexts(hidden, table.footnotes).join(" ");
    expect(notes).toContain("summen av IMDis tall for 2022–2024 (bare de hele årene IMDi har tall for)");
    expect(notes).toContain("«:» at tallet er skjermet");
    const six = withRecord({ refugees: settled([2019, 2020, 2021, 2022, 2023, 2024].map((y) => [y, 10])) });
    // The last five of six years: 50 over 12 500.
    expect(columnOf(sectionOf(six).blocks[1] as TableBlock, "Bosatte flyktninger").slice(0, 2)).toEqual([
      "Bosatte flyktninger 2020–2024 per 1000",
      "4,0",
    ]);
  });

  it("measures the trend of municipal dwellings over five years", () => {
    const dwellings = {
      source: { table: "12008", publisher: "SSB", file: "12008.json", format: "json-stat2" as const, title: "12008" },
      files: ["12008.json"],
      notes: [],
      data: {
        per1000: [2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({ year, value: 18 + (year - 2019) * 0.5 })),
      },
    };
    const table = sectionOf(withRecord({ municipalDwellings: dwellings })).blocks[1] as TableBlock;
    expect(columnOf(table, "Endring i kommunale boliger").slice(0, 2)).toEqual([
      "Endring i kommunale boliger per 1000 innb., 2019–2024",
      "2,5",
    ]);
    expect(table.source).toContain("SSB, tabell 12008 (2019–2024)");
  });

  it("shows a suppressed price as «:» with SSB's symbols explained, never as a number", () => {
    const base = makeTestRecord("4099", "Testvik");
    const prices = {
      ...base.housePrices!,
      data: { pricePerM2: [{ year: 2025, value: ":" as const }], transactions: [{ year: 2025, value: 4 }] },
    };
    const suppressed = withRecord({ housePrices: prices });
    const table = sectionOf(suppressed).blocks[1] as TableBlock;
    expect(columnOf(table, "Pris per m²")).toEqual(["Pris per m², brukte boliger, kr (2025)", ":", "32 000", "32 000"]);
    expect(footnoteTexts(suppressed, table.footnotes).join(" ")).toContain("«:» at tallet er skjermet");
  });

  it("shows a suppressed social assistance rate as «:» for its latest year, never an older year's rate", () => {
    const base = makeTestRecord("4099", "Testvik");
    const hidden = {
      ...base.socialAssistance!,
      data: {
        per1000: [
          { year: 2024, value: 31.2 },
          { year: 2025, value: ":" as const },
        ],
      },
    };
    const suppressed = withRecord({ socialAssistance: hidden });
    const table = sectionOf(suppressed).blocks[1] as TableBlock;
    expect(columnOf(table, "Mottakere av sosialhjelp")).toEqual([
      "Mottakere av sosialhjelp per 1000 (2025)",
      ":",
      "24,5",
      "24,5",
    ]);
    expect(table.source).toContain("SSB, tabell 13995 (2025)");
    expect(footnoteTexts(suppressed, table.footnotes).join(" ")).toContain("«:» at tallet er skjermet");
    const without = sectionOf(withRecord({ socialAssistance: null })).blocks[1] as TableBlock;
    expect(without.columns).not.toContain("Mottakere av sosialhjelp per 1000 (2025)");
    expect(without.source).not.toContain("13995");
  });

  it("says a suppressed low income is hidden, and a missing one is not available", () => {
    const base = makeTestRecord("4099", "Testvik");
    const hidden = { ...base.lowIncome!, data: { share: [{ year: 2024, value: ":" as const }], persons: [] } };
    const suppressed = sectionOf(withRecord({ lowIncome: hidden })).blocks[0] as TextBlock;
    expect(suppressed.kind).toBe("text");
    expect(suppressed.paragraphs).toEqual([
      "Tallene er skjermet («:») av personvernhensyn, fordi de gjelder få husstander.",
    ]);
    expect(suppressed.source).toBe("Kilde: SSB, tabell 12944 (2022–2024)");
    const missing = sectionOf(withRecord({ lowIncome: null })).blocks[0] as TextBlock;
    expect(missing.paragraphs).toEqual(["Tallene for dette er ikke tilgjengelige i datagrunnlaget."]);
  });

  it("is written in nynorsk", () => {
    const nn = sectionOf(buildSheetModel(makeTestInput({ lang: "nn" })));
    expect(nn.heading).toBe("Levekår og bustadmarknad");
    expect(plain((nn.blocks[0] as ChartBlock).alt)).toBe(
      "Stolpediagram. 9,5 % av personane i Testvik budde i hushald med vedvarande låginntekt i treårsperioden 2022–2024, mot 9,5 % i landet.",
    );
    expect((nn.blocks[1] as TableBlock).columns).toEqual([
      "Område",
      "Pris per m², brukte bustader, kr (2025)",
      "Selde brukte bustader, tal (2025)",
      "Kommunalt disponerte bustader per 1000 innb. (2024)",
      "Endring i kommunale bustader per 1000 innb., 2019–2024",
      "Mottakarar av sosialhjelp per 1000 (2025)",
      "Busette flyktningar 2020–2024 per 1000",
    ]);
  });
});
