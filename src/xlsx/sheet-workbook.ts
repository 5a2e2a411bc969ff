// One sheet's numbers as an Excel workbook (`faktaark build --xlsx`, and the web page): the key figures (with last
// year's under `--forrige`) and the findings' numbers shown nowhere else, then one worksheet per section with every
// figure of its charts, tables and texts, each with its unit, year and source, and the sources and footnotes last.
// Pure: a sheet model in, the file's bytes out (docs/regneark.md).
import type ExcelJS from "exceljs";
import type { Figure, SheetModel } from "../sheet/model.js";
import { loadSheetTexts, type SheetTexts } from "../sheet/texts.js";
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

/** The columns of a figure row, by their heading under "workbook", with their widths in characters. */
const FIGURE_COLUMNS = [
  ["part", 42],
  ["what", 42],
  ["region", 18],
  ["year", 11],
  ["value", 12],
  ["unit", 26],
  ["source", 24],
  ["link", 42],
  ["notes", 11],
] as const;
const VALUE_COLUMN = FIGURE_COLUMNS.findIndex(([key]) => key === "value") + 1;
/** The title row, then the header row. */
const HEADER_ROW = 2;

export async function buildSheetWorkbook(
  model: SheetModel,
  texts: SheetTexts = loadSheetTexts(model.lang),
): Promise<Buffer> {
  const workbook = createWorkbook(model.pdf.title, model.pdf.creationDate);
  const keyFigures = figureSheet(workbook, model, texts, texts.text("workbook.keyFiguresSheet"));
  for (const keyFigure of model.keyFigures) {
    for (const figure of keyFigure.figures) addFigureRow(keyFigures, texts, keyFigure.label, figure, []);
    // Last year's figure (`--forrige`), as the box prints it below this year's.
    const previous = keyFigure.previous?.figure;
    if (previous) {
      const label = texts.text("workbook.previousFigure", { label: previous.label });
      addFigureRow(keyFigures, texts, keyFigure.label, { ...previous, label }, []);
    }
  }
  for (const finding of model.keyFindings) {
    for (const figure of finding.figures) addFigureRow(keyFigures, texts, model.keyFindingsHeading, figure, []);
  }
  for (const section of model.sections) {
    const sheet = figureSheet(workbook, model, texts, section.heading);
    for (const block of section.blocks) {
      for (const figure of block.figures) addFigureRow(sheet, texts, block.title, figure, block.footnotes);
      // A block without numbers says why ("not in the dataset") rather than vanish.
      if (block.figures.length === 0 && block.kind === "text" && block.paragraphs.length > 0)
        sheet.addRow([block.title, block.paragraphs.join(" ")]);
    }
  }
  addSourcesSheet(workbook, model, texts);
  return toBuffer(workbook);
}

function figureSheet(workbook: ExcelJS.Workbook, model: SheetModel, texts: SheetTexts, name: string) {
  const sheet = addSheet(workbook, name, { frozenRows: HEADER_ROW, fitWidth: true });
  writeTitle(sheet, [model.pdf.title, name, model.sampleNotice]);
  writeHeader(
    sheet,
    HEADER_ROW,
    FIGURE_COLUMNS.map(([key]) => texts.text(`workbook.${key}`)),
  );
  FIGURE_COLUMNS.forEach(([, width], index) => {
    sheet.getColumn(index + 1).width = width;
  });
  // Room between a share's "%" and the unit beside it.
  sheet.getColumn(VALUE_COLUMN + 1).alignment = { horizontal: "left", indent: 1 };
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: FIGURE_COLUMNS.length } };
  return sheet;
}

function addFigureRow(
  sheet: ExcelJS.Worksheet,
  texts: SheetTexts,
  part: string,
  figure: Figure,
  footnotes: readonly number[],
): void {
  const row = sheet.addRow([
    part,
    figure.label,
    figure.region,
    yearValue(figure),
    null,
    figure.unit,
    figure.source,
    null,
    footnotes.join(", "),
  ]);
  writeValue(row.getCell(VALUE_COLUMN), figure, figure, texts);
  writeLink(row.getCell(VALUE_COLUMN + 3), figure.url);
}

/** The sheet's source list, each with its link, and its numbered footnotes (the figure rows' "Merknader"). */
function addSourcesSheet(workbook: ExcelJS.Workbook, model: SheetModel, texts: SheetTexts): void {
  const name = texts.text("workbook.sourcesSheet");
  const sheet = addSheet(workbook, name, { frozenRows: 0, fitWidth: true });
  writeTitle(sheet, [model.pdf.title, name, model.sampleNotice]);
  sheet.getColumn(1).width = 100;
  sheet.getColumn(2).width = 42;
  writeHeader(sheet, HEADER_ROW, [model.sourcesHeading, texts.text("workbook.link")]);
  for (const entry of model.sourceEntries) {
    const row = sheet.addRow([entry.parts.map((part) => part.text).join("")]);
    writeLink(row.getCell(2), entry.url);
  }
  if (model.footnotes.length === 0) return;
  sheet.addRow([]);
  writeHeader(sheet, sheet.rowCount + 1, [model.footnotesHeading]);
  for (const footnote of model.footnotes) sheet.addRow([`${footnote.number}. ${footnote.text}`]);
}
