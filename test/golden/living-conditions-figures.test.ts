// The figures of the section «Levekår og boligmarked» equal the sample's source rows (12944, 14545, 12008, 13995, IMDi's
// pages), read here independently of faktaark's readers: the municipality's, its comparison municipalities', its
// county's and the country's own rows.
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/model/load.js";
import { COUNTIES, MUNICIPALITIES } from "../../src/model/municipalities.js";
import { SheetPlanner } from "../../src/pipeline.js";
import type { ChartBlock, SectionContent, TableBlock } from "../../src/sheet/model.js";
import { countiesOnPage, settledOnPage } from "./imdi-page-cell.js";
import { jsonStatCell } from "./json-stat-cell.js";

const SAMPLE = "data/sample";
const LOW_INCOME = `${SAMPLE}/ssb/12944-vedvarende-lavinntekt.json`;
const PRICES = `${SAMPLE}/ssb/14545-kvadratmeterpris.json`;
const DWELLINGS = `${SAMPLE}/ssb/12008-kommunale-boliger.json`;
const SOCIAL = `${SAMPLE}/ssb/13995-sosialhjelp.json`;
const POPULATION = `${SAMPLE}/ssb/07459-folkemengde-2000-2026.json`;
const IMDI = (year: number) => `${SAMPLE}/imdi/nokkeltall-bosetting-${year}.html`;
/** The complete years of the sample's IMDi pages (the page for 2026 is a year still running). */
const SETTLED_YEARS = [2022, 2023, 2024, 2025];

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace("−", "-");
/** A cell as the sheet prints it, written here by hand: "39 922", "23,4", ":". */
function printed(cell: number | string, decimals = 0): string {
  if (typeof cell === "string") return cell;
  const [whole, fraction] = cell.toFixed(decimals).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

const countyName = (code: string) => COUNTIES.find((c) => c.code === code)!.name.split(" - ")[0]!;

let planner: SheetPlanner;
const section = (code: string, lang: "nb" | "nn" = "nb"): SectionContent =>
  planner.model(planner.record(code), lang).sections.find((s) => s.id === "livingConditions")!;
const tableOf = (s: SectionContent) => s.blocks.find((b) => b.kind === "table") as TableBlock;
/** The column whose header starts with `start`: the header, then a cell per region (row). */
const columnOf = (table: TableBlock, start: string) => {
  const index = table.columns.findIndex((column) => column.startsWith(start));
  expect(index).toBeGreaterThan(0);
  return [table.columns[index]!, ...table.rows.map((row) => plain(row[index]!))];
};
/** The regions of the table's rows by their number: the municipality, its comparison municipalities (by name, as the
 * register has them), the county and the country. */
const regionCodes = (table: TableBlock, county: string) => {
  const byName = new Map(MUNICIPALITIES.map((m): [string, string] => [m.shortName, m.code]));
  const rows = table.rows.map((row) => row[0]!);
  expect(rows.at(-1)).toBe("Landet");
  return rows.map((name, index) =>
    index === rows.length - 1 ? "0" : index === rows.length - 2 && county !== "" ? county : byName.get(name)!,
  );
};

beforeAll(async () => {
  planner = await SheetPlanner.create(await loadDataset(SAMPLE));
});

describe("Levekår og boligmarked against the sample's source rows", () => {
  it.each([
    ["4001", "40"],
    ["1151", "11"],
    ["5612", "56"],
  ])("%s: price per m² and sales of 2025 from 14545, for the municipality, its comparisons, its county and the country", (code, county) => {
    const table = tableOf(section(code));
    const regions = regionCodes(table, county);
    expect(regions[0]).toBe(code);
    // The municipality, at least one comparison municipality, the county and the country.
    expect(regions.length).toBeGreaterThanOrEqual(4);
    const cell = (region: string, content: string) =>
      jsonStatCell(PRICES, { Region: region, ContentsCode: content, Tid: "2025" });
    expect(columnOf(table, "Pris per m²")).toEqual([
      "Pris per m², brukte boliger, kr (2025)",
      ...regions.map((region) => printed(cell(region, "KvPris"))),
    ]);
    expect(columnOf(table, "Solgte")).toEqual([
      "Solgte brukte boliger, antall (2025)",
      ...regions.map((region) => printed(cell(region, "Omsetninger"))),
    ]);
    expect(table.source).toContain("SSB, tabell 14545 (2025)");
  });

  it("shows Utsira's suppressed price as «:» and explains the symbol", () => {
    expect(jsonStatCell(PRICES, { Region: "1151", ContentsCode: "KvPris", Tid: "2025" })).toBe(":");
    const model = planner.model(planner.record("1151"), "nb");
    const table = tableOf(model.sections.find((s) => s.id === "livingConditions")!);
    expect(columnOf(table, "Pris per m²")[1]).toBe(":");
    const footnotes = table.footnotes.map((n) => model.footnotes[n - 1]!.text);
    expect(footnotes.some((text) => text.includes("«:» at tallet er skjermet"))).toBe(true);
  });

  it("draws the persistent low income of 2022–2024 from 12944 for the municipality, its comparisons, county and country", () => {
    const model = planner.model(planner.record("4001"), "nb");
    const chart = model.sections.find((s) => s.id === "livingConditions")!.blocks[0] as ChartBlock;
    expect(chart.title).toBe("Vedvarende lavinntekt, prosent av personer, 2022–2024");
    expect(chart.source).toBe("Kilde: SSB, tabell 12944 (2022–2024)");
    const share = (region: string) =>
      jsonStatCell(LOW_INCOME, { Region: region, Alder: "999A", ContentsCode: "EUskalaSeksti", Tid: "2022-2024" });
    const codeOf = new Map([
      ...MUNICIPALITIES.map((m): [string, string] => [m.shortName, m.code]),
      ["Telemark", "40"],
      ["Landet", "0"],
    ]);
    expect(chart.chart.data.length).toBeGreaterThanOrEqual(3);
    for (const bar of chart.chart.data) expect(bar.value).toBe(share(codeOf.get(String(bar.label))!));
    expect(plain(chart.alt)).toContain(`${printed(share("4001"), 1)} % av personene i Porsgrunn`);
    expect(plain(chart.alt)).toContain(`mot ${printed(share("0"), 1)} % i landet`);
  });

  it("prints the municipal dwellings per 1000 of 2025 and their change since 2020 from 12008", () => {
    const table = tableOf(section("4001"));
    const rate = (year: number) =>
      jsonStatCell(DWELLINGS, { KOKkommuneregion0000: "4001", ContentsCode: "KOSboligSper10000000", Tid: String(year) });
    expect(columnOf(table, "Kommunalt disponerte")[1]).toBe(printed(rate(2025), 1));
    const change = (rate(2025) as number) - (rate(2020) as number);
    expect(columnOf(table, "Endring i kommunale boliger").slice(0, 2)).toEqual([
      "Endring i kommunale boliger per 1000 innb., 2020–2025",
      printed(Math.round(change * 10) / 10, 1),
    ]);
  });

  it.each([
    ["4001", "40"],
    ["5612", "56"],
    ["1580", "15"],
  ])("%s: recipients of social assistance per 1000 of 2025 from 13995, with KOSTRA's county and country rows", (code, county) => {
    const table = tableOf(section(code));
    const kostra = (region: string) => (region === "0" ? "EAK" : region === county ? `EKA${county}` : region);
    const rate = (region: string) =>
      jsonStatCell(SOCIAL, { KOKkommuneregion0000: region, ContentsCode: "KOSsosantkliente0000", Tid: "2025" });
    expect(columnOf(table, "Mottakere av sosialhjelp")).toEqual([
      "Mottakere av sosialhjelp per 1000 (2025)",
      ...regionCodes(table, county).map((region) => printed(rate(kostra(region)), 1)),
    ]);
    expect(table.source).toContain("SSB, tabell 13995 (2025)");
  });

  it("shows Utsira's suppressed social assistance as «:», not a number", () => {
    expect(jsonStatCell(SOCIAL, { KOKkommuneregion0000: "1151", Tid: "2025" })).toBe(":");
    const table = tableOf(section("1151"));
    expect(columnOf(table, "Mottakere av sosialhjelp")[1]).toBe(":");
    expect(columnOf(tableOf(section("1151", "nn")), "Mottakarar av sosialhjelp")[0]).toBe(
      "Mottakarar av sosialhjelp per 1000 (2025)",
    );
  });

  it.each([
    ["4001", "Porsgrunn", "Vestfold og Telemark", "Telemark"],
    ["5612", "Kautokeino", "Troms og Finnmark", "Finnmark"],
    ["0301", "Oslo", "Oslo", "Oslo"],
  ])("%s: refugees settled 2022–2025 per 1000 inhabitants on 1 January 2026 from IMDi's pages and 07459", (code, name, before, after) => {
    const settled = SETTLED_YEARS.map((year) => settledOnPage(IMDI(year), year < 2024 ? before : after, name));
    expect(settled.every((cell) => typeof cell === "number")).toBe(true);
    const population = jsonStatCell(POPULATION, { Region: `K-${code}`, Tid: "2026" }) as number;
    const sum = (settled as number[]).reduce((a, b) => a + b, 0);
    const column = columnOf(tableOf(section(code)), "Bosatte flyktninger");
    expect(column.slice(0, 2)).toEqual(["Bosatte flyktninger 2022–2025 per 1000", printed((sum / population) * 1000, 1)]);
  });

  it("gives the country IMDi's county tables summed, per 1000 of all inhabitants on 1 January 2026", () => {
    const settled = SETTLED_YEARS.flatMap((year) => [...countiesOnPage(IMDI(year)).values()]).reduce((a, b) => a + b);
    const inhabitants = MUNICIPALITIES.reduce(
      (sum, m) => sum + (jsonStatCell(POPULATION, { Region: `K-${m.code}`, Tid: "2026" }) as number),
      0,
    );
    const table = tableOf(section("4001"));
    expect(columnOf(table, "Bosatte flyktninger").at(-1)).toBe(printed((settled / inhabitants) * 1000, 1));
    expect(table.source).toContain("IMDi (2022–2025)");
  });

  it("shows «..» for Haram, which IMDi counted in Ålesund before 2024, with the footnote on the split", () => {
    expect(() => settledOnPage(IMDI(2022), "Møre og Romsdal", "Haram")).toThrow();
    const model = planner.model(planner.record("1580"), "nb");
    const table = tableOf(model.sections.find((s) => s.id === "livingConditions")!);
    expect(columnOf(table, "Bosatte flyktninger")[1]).toBe("..");
    const footnotes = table.footnotes.map((n) => model.footnotes[n - 1]!.text);
    expect(footnotes).toContain(
      "Tall før 2024 mangler («..»): tidligere Ålesund ble delt i Ålesund og Haram i 2024, og tallene kan ikke fordeles på dagens grenser.",
    );
    expect(footnotes.some((text) => text.includes("summen av IMDis tall for 2022–2025 (bare de hele årene"))).toBe(
      true,
    );
  });

  it("shows «:» where IMDi hides a year's number, never a sum without it", () => {
    const hidden = MUNICIPALITIES.find((m) =>
      [2024, 2025].some((year) => settledOnPage(IMDI(year), countyName(m.countyCode), m.shortName) === ":"),
    )!;
    expect(columnOf(tableOf(section(hidden.code)), "Bosatte flyktninger")[1]).toBe(":");
  });

  it("is written in nynorsk on a nynorsk sheet", () => {
    const nn = section("4001", "nn");
    expect(nn.heading).toBe("Levekår og bustadmarknad");
    expect(columnOf(tableOf(nn), "Pris per m²")[0]).toBe("Pris per m², brukte bustader, kr (2025)");
    expect(columnOf(tableOf(nn), "Busette flyktningar")[0]).toBe("Busette flyktningar 2022–2025 per 1000");
  });
});
