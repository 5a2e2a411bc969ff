// Reads a workbook faktaark wrote back with exceljs, as a spreadsheet program would: values, formats, notes, links.
import ExcelJS from "exceljs";

export async function readWorkbook(source: string | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  // exceljs types its load() with its own Buffer; a Node Buffer is what it reads.
  else await workbook.xlsx.load(source as unknown as ExcelJS.Buffer);
  return workbook;
}

/** One cell as a reader sees it. */
export interface ReadCell {
  readonly value: number | string | null;
  readonly numFmt: string | undefined;
  readonly note: string | undefined;
  readonly link: string | undefined;
}

export function readCell(cell: ExcelJS.Cell): ReadCell {
  const value = cell.value;
  const link = typeof value === "object" && value !== null && "hyperlink" in value ? value.hyperlink : undefined;
  const text = typeof value === "object" && value !== null && "text" in value ? value.text : value;
  return {
    value: typeof text === "number" || typeof text === "string" ? text : null,
    numFmt: cell.numFmt,
    note: typeof cell.note === "string" ? cell.note : undefined,
    link,
  };
}

/** The figure rows of one worksheet of a sheet's workbook (the rows under the header in row 2), by column. */
export function readFigureRows(sheet: ExcelJS.Worksheet) {
  const rows = [];
  for (let number = 3; number <= sheet.rowCount; number++) {
    const cell = (column: number) => readCell(sheet.getCell(number, column));
    rows.push({
      part: cell(1).value,
      what: cell(2).value,
      region: cell(3).value,
      year: cell(4).value,
      value: cell(5),
      unit: cell(6).value,
      source: cell(7).value,
      link: cell(8).link,
      notes: cell(9).value,
    });
  }
  return rows;
}
