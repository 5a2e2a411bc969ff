// Many municipalities' numbers in one workbook (`faktaark tall … --xlsx FIL`): a row per municipality under four
// header rows (what, unit, year, source), and the sources with their links on a sheet of their own. Pure: sheet
// models in one written form, the file's bytes out (docs/regneark.md).
import type ExcelJS from "exceljs";
import type { SheetModel } from "../sheet/model.js";
import type { SheetTexts } from "../sheet/texts.js";
import {
  addSheet,
  createWorkbook,
  toBuffer,
  writeHeader,
  writeLink,
  writeTitle,
  writeValue,
  yearValue,
} from "./cells.js";
import { type SummaryColumn, tabulateSummary } from "./summary-table.js";

/** The title, then the header rows: what (with the municipality's number and name), unit, year, source. */
export const SUMMARY_HEADER_ROWS = { label: 2, unit: 3, year: 4, source: 5 } as const;
/** Columns before the figures: the municipality's number and name. */
const FIRST_FIGURE_COLUMN = 3;

export async function buildSummaryWorkbook(models: readonly SheetModel[], texts: SheetTexts): Promise<Buffer> {
  const first = models[0];
  if (!first) throw new Error("a summary workbook needs at least one sheet model");
  const { columns, rows } = tabulateSummary(models);
  const title = texts.text("workbook.summaryTitle", { title: first.title, count: models.length });
  const sampleNotice = models.find((model) => model.isSample)?.sampleNotice ?? "";
  const workbook = createWorkbook(title, first.pdf.creationDate);

  const sheet = addSheet(workbook, texts.text("workbook.municipalitiesSheet"), {
    frozenRows: SUMMARY_HEADER_ROWS.source,
    frozenColumns: FIRST_FIGURE_COLUMN - 1,
  });
  writeTitle(sheet, [title, sampleNotice]);
  writeHeader(sheet, SUMMARY_HEADER_ROWS.label, [
    texts.text("workbook.municipalityCode"),
    texts.text("workbook.municipality"),
    ...columns.map((column) => column.label),
  ]);
  const captions: [keyof typeof SUMMARY_HEADER_ROWS, (cell: ExcelJS.Cell, column: SummaryColumn) => void][] = [
    ["unit", (cell, column) => (cell.value = column.unit)],
    ["year", (cell, column) => (cell.value = yearValue(column))],
    ["source", (cell, column) => writeLink(cell, column.url, column.source)],
  ];
  for (const [key, write] of captions) {
    const row = sheet.getRow(SUMMARY_HEADER_ROWS[key]);
    row.getCell(FIRST_FIGURE_COLUMN - 1).value = texts.text(`workbook.${key}`);
    row.font = { italic: true };
    columns.forEach((column, index) => {
      write(row.getCell(FIRST_FIGURE_COLUMN + index), column);
    });
  }
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 28;
  columns.forEach((_, index) => {
    sheet.getColumn(FIRST_FIGURE_COLUMN + index).width = 16;
  });
  for (const { code, name, figures } of rows) {
    const row = sheet.addRow([code, name]);
    figures.forEach((figure, index) => {
      writeValue(row.getCell(FIRST_FIGURE_COLUMN + index), figure, columns[index]!, texts);
    });
  }

  const sourcesName = texts.text("workbook.summarySourcesSheet");
  const sources = addSheet(workbook, sourcesName, { frozenRows: 2, fitWidth: true });
  writeTitle(sources, [title, sourcesName, sampleNotice]);
  writeHeader(sources, 2, [texts.text("workbook.source"), texts.text("workbook.link")]);
  sources.getColumn(1).width = 60;
  sources.getColumn(2).width = 42;
  const listed = new Map(columns.map((column) => [`${column.source}\u0000${column.url}`, column]));
  for (const { source, url } of listed.values()) {
    writeLink(sources.addRow([source]).getCell(2), url);
  }
  return toBuffer(workbook);
}
