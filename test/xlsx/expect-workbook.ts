// A sheet's workbook read back against its sheet model: every figure in its row, the same number, unit, year, source
// and link; a missing number an empty cell with a note, never 0.
import type ExcelJS from "exceljs";
import { expect } from "vitest";
import type { Figure, SheetModel } from "../../src/sheet/model.js";
import { readFigureRows } from "./read-workbook.js";

/** What a reader should find in the row of `figure`. */
export function expectFigureRow(row: ReturnType<typeof readFigureRows>[number], figure: Figure, where: string): void {
  const year =
    figure.year === null ? null : figure.fromYear === undefined ? figure.year : `${figure.fromYear}–${figure.year}`;
  expect({ what: row.what, region: row.region, year: row.year, unit: row.unit, source: row.source }, where).toEqual({
    what: figure.label,
    region: figure.region,
    year,
    unit: figure.unit,
    source: figure.source,
  });
  expectValueCell(row.value, figure, where);
  // An SSB table's figure links to the table's page in Statistikkbanken.
  const table = /^SSB, tabell (\d{5})$/.exec(figure.source)?.[1];
  expect(row.link, where).toBe(table ? `https://www.ssb.no/statbank/table/${table}/` : undefined);
}

/** The number with as many decimals as the sheet prints (a share with its per cent sign), or empty with a note. */
export function expectValueCell(
  cell: ReturnType<typeof readFigureRows>[number]["value"],
  figure: Figure | undefined,
  where: string,
): void {
  if (figure === undefined || figure.value === null) {
    expect(cell.value, `${where}: a missing value is an empty cell`).toBeNull();
    expect(cell.note, `${where}: the empty cell says why`).toMatch(/«(\.\.|:|\.)»/);
    return;
  }
  expect(cell.value, where).toBe(figure.value);
  expect(cell.note, where).toBeUndefined();
  const decimals = figure.decimals > 0 ? `.${"0".repeat(figure.decimals)}` : "";
  expect(cell.numFmt, where).toBe(`#,##0${decimals}${figure.unit === "%" ? '" %"' : ""}`);
}

/** The whole workbook: the key figures (last year's after each, with `--forrige`) and the findings' own numbers,
 * each section's figures in the order of the sheet, and the sources. */
export function expectWorkbookEqualsModel(workbook: ExcelJS.Workbook, model: SheetModel): void {
  const name = model.municipality.code;
  const sheets = workbook.worksheets;
  expect(sheets.map((sheet) => sheet.name).slice(1, -1), name).toEqual(model.sections.map((s) => s.heading));
  const previousLabel = (figure: Figure) => `${figure.label}, ${model.lang === "nb" ? "forrige" : "førre"} faktaark`;
  const expected = [
    [
      ...model.keyFigures.flatMap((keyFigure) => {
        const previous = keyFigure.previous?.figure;
        return [...keyFigure.figures, ...(previous ? [{ ...previous, label: previousLabel(previous) }] : [])].map(
          (figure) => ({ part: keyFigure.label, figure, notes: "" }),
        );
      }),
      ...model.keyFindings.flatMap((finding) =>
        finding.figures.map((figure) => ({ part: model.keyFindingsHeading, figure, notes: "" })),
      ),
    ],
    ...model.sections.map((section) =>
      section.blocks.flatMap((block) =>
        block.figures.map((figure) => ({ part: block.title, figure, notes: block.footnotes.join(", ") })),
      ),
    ),
  ];
  expected.forEach((figures, index) => {
    const sheet = sheets[index]!;
    // The figure rows are the rows with a number format; a block without numbers has a row of words only.
    const rows = readFigureRows(sheet).filter((row) => row.value.numFmt !== undefined);
    expect(rows.length, `${name} ${sheet.name}: one row per figure`).toBe(figures.length);
    figures.forEach(({ part, figure, notes }, r) => {
      const where = `${name} ${sheet.name} row ${r + 3}`;
      expect({ part: rows[r]!.part, notes: rows[r]!.notes ?? "" }, where).toEqual({ part, notes });
      expectFigureRow(rows[r]!, figure, where);
    });
  });
  const sources = sheets.at(-1)!;
  const links: string[] = [];
  sources.eachRow((row) => {
    const value = row.getCell(2).value;
    if (typeof value === "object" && value !== null && "hyperlink" in value) links.push(value.hyperlink);
  });
  expect(links, `${name}: the source list's links`).toEqual(
    model.sourceEntries.flatMap((entry) => (entry.url ? [entry.url] : [])),
  );
}
