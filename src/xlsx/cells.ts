// What both workbooks share: a figure as a number Excel can compute with, shown the Norwegian way; SSB's symbols as
// empty cells with a note; years, links, title and header rows; and the workbook as bytes.
import ExcelJS from "exceljs";
import { PERCENT } from "../sheet/figure.js";
import type { Figure } from "../sheet/model.js";
import type { SheetTexts } from "../sheet/texts.js";

/**
 * Excel's number format for a figure. A format code is stored in Excel's own notation ("#,##0.0": comma for
 * thousands, point for decimals) and shown with the reader's separators, so a Norwegian Excel shows "12 345,6".
 * A share keeps its number in per cent (16.9, not 0.169, the number the PDF prints) and shows the sign as text,
 * which Excel does not multiply by 100.
 */
export function numberFormat(figure: Pick<Figure, "decimals" | "unit">): string {
  const decimals = figure.decimals > 0 ? `.${"0".repeat(figure.decimals)}` : "";
  return `#,##0${decimals}${figure.unit === PERCENT ? '" %"' : ""}`;
}

/** The note text of each of SSB's symbols for a value that is not there, by its key under "workbook.symbols". */
const SYMBOL_NOTES: Readonly<Record<string, string>> = { "..": "missing", ":": "suppressed", ".": "notApplicable" };

/**
 * A figure's value in its format: the number, or, without one, an empty cell with a note saying why (SSB's symbol;
 * "..", missing, for a figure the sheet does not have). Never 0 for a missing value. A cell without a figure takes
 * the format of `column`, so the file has the cell the note belongs to.
 */
export function writeValue(
  cell: ExcelJS.Cell,
  figure: Figure | undefined,
  column: Pick<Figure, "decimals" | "unit">,
  texts: SheetTexts,
): void {
  cell.numFmt = numberFormat(figure ?? column);
  if (figure !== undefined && figure.value !== null) {
    cell.value = figure.value;
    return;
  }
  const key = SYMBOL_NOTES[figure?.symbol ?? ".."] ?? "missing";
  cell.note = texts.text(`workbook.symbols.${key}`);
}

/** A figure's year as a number, or its period as text ("2021–2025"); empty for a classification, which has none. */
export function yearValue(figure: Pick<Figure, "year" | "fromYear">): number | string | null {
  if (figure.year === null) return null;
  return figure.fromYear === undefined ? figure.year : `${figure.fromYear}–${figure.year}`;
}

/** A link Excel opens on a click, showing `text`; without an address, the text alone. */
export function writeLink(cell: ExcelJS.Cell, url: string, text = url): void {
  if (url === "") {
    if (text !== "") cell.value = text;
    return;
  }
  cell.value = { text, hyperlink: url };
  cell.font = { color: { argb: "FF0563C1" }, underline: true };
}

/** The first row: what the sheet holds, with the sample-data notice when there is one. */
export function writeTitle(sheet: ExcelJS.Worksheet, parts: readonly string[]): void {
  const cell = sheet.getCell(1, 1);
  cell.value = parts.filter(Boolean).join(" – ");
  cell.font = { bold: true, size: 13 };
}

/** A header row in bold. */
export function writeHeader(sheet: ExcelJS.Worksheet, row: number, headings: readonly string[], firstColumn = 1): void {
  headings.forEach((heading, index) => {
    const cell = sheet.getCell(row, firstColumn + index);
    cell.value = heading;
    cell.font = { bold: true };
  });
}

/** A4 in the numbering of paper sizes that Excel's files use (ECMA-376, paperSize). */
const A4 = 9;

/** Characters Excel does not allow in a sheet's name, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

/** How a sheet opens and prints: rows and columns kept in view when scrolling, and whether a printed page takes all
 * its columns (a sheet's few columns; `tall`'s many would print too small). */
export interface SheetLayout {
  readonly frozenRows: number;
  readonly frozenColumns?: number;
  readonly fitWidth?: boolean;
}

/** A sheet named by a heading, within Excel's rules, printed across A4. */
export function addSheet(workbook: ExcelJS.Workbook, name: string, layout: SheetLayout): ExcelJS.Worksheet {
  const safe = name.replace(SHEET_NAME_FORBIDDEN, " ").trim().slice(0, SHEET_NAME_MAX);
  return workbook.addWorksheet(safe, {
    views: [{ state: "frozen", xSplit: layout.frozenColumns ?? 0, ySplit: layout.frozenRows }],
    pageSetup: {
      paperSize: A4,
      orientation: "landscape",
      ...(layout.fitWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    },
  });
}

/** A workbook dated like the sheet's PDF, so the same model gives the same contents. */
export function createWorkbook(title: string, isoDate: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "faktaark";
  workbook.title = title;
  workbook.created = new Date(isoDate);
  workbook.modified = new Date(isoDate);
  return workbook;
}

/** The workbook as an .xlsx file's bytes. */
export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
