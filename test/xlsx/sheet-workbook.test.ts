// A sheet's workbook (build --xlsx, the web page): read back with exceljs, it holds the sheet model's figures.
import { describe, expect, it } from "vitest";
import { buildSheetModel } from "../../src/sheet/build.js";
import { formatPercent } from "../../src/sheet/format.js";
import type { SheetModel } from "../../src/sheet/model.js";
import type { PreviousSheet } from "../../src/sheet/previous.js";
import { loadSheetTexts } from "../../src/sheet/texts.js";
import { buildSheetWorkbook } from "../../src/xlsx/sheet-workbook.js";
import { makeTestInput } from "../sheet/fixture.js";
import { expectWorkbookEqualsModel } from "./expect-workbook.js";
import { readFigureRows, readWorkbook } from "./read-workbook.js";

/** The row of the municipality's figure `what` in the worksheet `sheet`. */
async function rowOf(model: SheetModel, sheet: string, what: string, year: number) {
  const workbook = await readWorkbook(await buildSheetWorkbook(model));
  const rows = readFigureRows(workbook.getWorksheet(sheet)!);
  const row = rows.find((r) => r.what === what && r.region === "Testvik" && r.year === year);
  if (!row) throw new Error(`no row «${what}» ${year} in ${sheet}`);
  return row;
}

describe("a sheet's workbook", () => {
  for (const lang of ["nb", "nn"] as const) {
    it(`holds every figure of the sheet model in ${lang}, with its unit, year, source and link`, async () => {
      const model = buildSheetModel(makeTestInput({ lang }), loadSheetTexts(lang));
      expectWorkbookEqualsModel(await readWorkbook(await buildSheetWorkbook(model)), model);
    });
  }

  it("holds last year's key figures (--forrige) and the numbers only the findings print", async () => {
    const now = buildSheetModel(makeTestInput());
    const sheet: PreviousSheet = {
      code: "4099",
      name: "Testvik",
      dataYear: 2024,
      keyFigures: now.keyFigures.map(({ id, figures }) => ({
        id,
        figure: id === "population" ? { ...figures[0]!, value: 12_004, year: 2024 } : figures[0]!,
      })),
      findings: [],
    };
    const model = buildSheetModel(makeTestInput({ previous: { kind: "sheet", year: 2024, sheet, renumbered: false } }));
    const workbook = await readWorkbook(await buildSheetWorkbook(model));
    expectWorkbookEqualsModel(workbook, model);
    const rows = readFigureRows(workbook.getWorksheet("Nøkkeltall")!);
    const previous = rows.find((row) => row.what === "Folketall, forrige faktaark");
    expect([previous?.part, previous?.year, previous?.value.value, previous?.unit]).toEqual([
      "Folketall",
      2024,
      12_004,
      "personer",
    ]);
    // The findings' numbers shown nowhere else: the country's growth, and the growth of the 80+ (0 decimals, as
    // the finding prints it).
    const findingText = (id: string) => model.keyFindings.find((finding) => finding.id === id)!.text;
    const country = rows.find((row) => row.part === "Viktigste funn" && row.region === "Landet");
    expect([country?.what, country?.year]).toEqual(["Endring i folketallet", "2015–2025"]);
    expect(findingText("growth")).toContain(
      `vekst på ${formatPercent(country?.value.value as number, 1)} i hele landet`,
    );
    const elderly = rows.find((row) => row.what === "Framskrevet endring i antall innbyggere over 80 år");
    expect([elderly?.part, elderly?.value.numFmt]).toEqual(["Viktigste funn", '#,##0" %"']);
    expect(findingText("elderly")).toContain(`med ${formatPercent(Math.abs(elderly?.value.value as number), 0)} fra`);
    const growth = makeTestInput().growth;
    if (growth.kind !== "classified") throw new Error("Testvik has a growth class");
    const registered = rows.find((row) => row.what === `Vekstklasse «${growth.group}»: endring i folketallet`);
    expect([registered?.part, registered?.year, registered?.value.value, registered?.source]).toEqual([
      "Viktigste funn",
      `${growth.registered.fromYear}–${growth.registered.toYear}`,
      Math.round(growth.registered.percent * 10) / 10,
      "SSB, tabell 07459",
    ]);
  });

  it("leaves a suppressed value empty with a note, never 0", async () => {
    // Testvik's households of type "other" are ":" in the source.
    const row = await rowOf(buildSheetModel(makeTestInput()), "Befolkning", "Andre", 2025);
    expect(row.value).toEqual({
      value: null,
      numFmt: '#,##0.0" %"',
      note: "Tallet er skjermet av personvernhensyn («:»).",
      link: undefined,
    });
  });

  it("writes SSB's nil («-») as the number 0, and amounts in the sheet's unit", async () => {
    const model = buildSheetModel(makeTestInput());
    const grants = await rowOf(model, "Husbankens virkemidler", "Tilskudd til utleieboliger, antall boliger", 2024);
    expect([grants.value.value, grants.unit]).toEqual([0, "boliger"]);
    const amount = await rowOf(model, "Husbankens virkemidler", "Startlån, mill. kr", 2024);
    expect([amount.value.value, amount.value.numFmt, amount.unit]).toEqual([60, "#,##0.0", "mill. kr"]);
  });

  it("names the sheets after the sections and says on each that the numbers are sample data", async () => {
    const model = { ...buildSheetModel(makeTestInput()), sampleNotice: "Eksempeldata – ikke offisielle tall" };
    const workbook = await readWorkbook(await buildSheetWorkbook(model));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Nøkkeltall",
      ...model.sections.map((section) => section.heading),
      "Kilder og merknader",
    ]);
    for (const sheet of workbook.worksheets)
      expect(String(sheet.getCell(1, 1).value)).toMatch(/ – Eksempeldata – ikke offisielle tall$/);
  });
});
