// A short PDF report of the ranking: a ranked table with, per municipality, a stacked bar of the score's parts
// (drawn with PDFKit rectangles: one segment per indicator, in its group's style from group-styles.ts, growing right
// when it adds to the challenge and left when it lowers it).
import PDFDocument from "pdfkit";
import { endDocument } from "../pdf/document-bytes.js";
import { FONT_FILES } from "../pdf/fonts.js";
import { A4 } from "../pdf/style.js";
import { formatNumber } from "../sheet/format.js";
import { listDrivers } from "./drivers.js";
import { assignGroupStyles, fillInStyle, type GroupStyle } from "./group-styles.js";
import { modelMessages } from "./messages.js";
import { type Ranking, type RankingRow, SCORE_DECIMALS } from "./rank.js";

export interface RankingReportOptions {
  /** "Hele landet", "Trøndelag", "Egen region (12 kommuner)". */
  readonly regionName: string;
  readonly dataYear: number;
  readonly isSample: boolean;
  /** Shown as the source of the model ("data/config/indikatormodell.csv"). */
  readonly modelFile: string;
  /** Fixed for reproducible files. */
  readonly now: Date;
  /** The publishing organisation (data/config/ark.csv), the file's author; null leaves Author out. */
  readonly publisher: string | null;
}

const MARGIN = 40;
const CONTENT_WIDTH = A4.width - 2 * MARGIN;
const ROW_HEIGHT = 15;
const FOOTER_SPACE = 36;
/** More names than this would fill the page; the CSV lists them all. */
const UNRANKED_NAMES_SHOWN = 30;
const INK = "#1a1a1a";
const MUTED = "#5f6368";
const STRIPE = "#f3f5f7";

const FONT = { name: 8.5, county: 7.5, drivers: 7.5, header: 8 } as const;
const COLUMN_GAP = 6;
const RANK_WIDTH = 26;
const SCORE_WIDTH = 34;
/** Two driver labels fit on one line in most rows; longer pairs wrap onto a second line. */
const DRIVERS_WIDTH = 100;

interface Column {
  readonly x: number;
  readonly width: number;
}

interface Columns {
  readonly rank: Column;
  readonly name: Column;
  readonly county: Column;
  readonly score: Column;
  readonly bar: Column;
  readonly drivers: Column;
}

/** Name and county columns as wide as the longest name in the ranking, measured in its font, so no name is ever
 * cut ("Storfjord - Omasvuotna - Omasvuono", "Finnmark - Finnmárku - Finmarkku"); the bar gets the rest. */
function layOutColumns(doc: PDFKit.PDFDocument, rows: readonly RankingRow[]): Columns {
  const widest = (size: number, texts: readonly string[], header: string) => {
    doc.font("bold").fontSize(FONT.header);
    let width = doc.widthOfString(header);
    doc.font("regular").fontSize(size);
    for (const text of texts) width = Math.max(width, doc.widthOfString(text));
    return Math.ceil(width);
  };
  const nameWidth = widest(FONT.name, rows.map(flaggedName), "Kommune");
  const countyWidth = widest(
    FONT.county,
    rows.map((row) => row.county.name),
    "Fylke",
  );
  const rank = { x: MARGIN, width: RANK_WIDTH };
  const name = { x: rank.x + rank.width + COLUMN_GAP, width: nameWidth };
  const county = { x: name.x + name.width + COLUMN_GAP, width: countyWidth };
  const score = { x: county.x + county.width + COLUMN_GAP, width: SCORE_WIDTH };
  const drivers = { x: MARGIN + CONTENT_WIDTH - DRIVERS_WIDTH, width: DRIVERS_WIDTH };
  const barX = score.x + score.width + 3 * COLUMN_GAP;
  const bar = { x: barX, width: drivers.x - 2 * COLUMN_GAP - barX };
  return { rank, name, county, score, bar, drivers };
}

/** The name as the table prints it: "*" marks a municipality without figures for some indicator. */
function flaggedName(row: RankingRow): string {
  return `${row.name}${row.missing.length > 0 ? "*" : ""}`;
}

/** The largest total of positive and of negative parts among the rows: the bars share one scale. */
function measureExtent(rows: readonly RankingRow[]): { negative: number; positive: number } {
  let negative = 0;
  let positive = 0;
  for (const row of rows) {
    let up = 0;
    let down = 0;
    for (const part of row.parts) {
      const c = part.contribution ?? 0;
      if (c > 0) up += c;
      else down -= c;
    }
    positive = Math.max(positive, up);
    negative = Math.max(negative, down);
  }
  // Keep an axis on both sides even when every part points one way.
  const floor = Math.max(positive, negative, 0.1) * 0.15;
  return { negative: Math.max(negative, floor), positive: Math.max(positive, floor) };
}

export function renderRankingPdf(ranking: Ranking, options: RankingReportOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: "nb-NO",
    info: {
      Title: `Boligsosiale utfordringer – rangering, ${options.regionName}`,
      ...(options.publisher === null ? {} : { Author: options.publisher }),
      Subject: "Rangering etter indikatormodellen",
      CreationDate: options.now,
      ModDate: options.now,
    },
  });
  doc.registerFont("regular", FONT_FILES.regular);
  doc.registerFont("bold", FONT_FILES.bold);

  const styles = assignGroupStyles(ranking.model);
  const extent = measureExtent(ranking.rows);
  const columns = layOutColumns(doc, ranking.rows);
  const zeroX = columns.bar.x + (columns.bar.width * extent.negative) / (extent.negative + extent.positive);
  const unit = columns.bar.width / (extent.negative + extent.positive);
  const layout = { columns, styles, zeroX, unit, region: ranking.region.kind !== "country" };

  let y = drawTitle(doc, ranking, options);
  y = drawLegend(doc, styles, y);
  y = drawHeader(doc, y, layout);
  ranking.rows.forEach((row, index) => {
    const drivers = driversText(row);
    const height = rowHeight(doc, drivers, columns.drivers.width);
    if (y + height > A4.height - FOOTER_SPACE - MARGIN) {
      doc.addPage();
      y = drawHeader(doc, MARGIN, layout);
    }
    drawRow(doc, row, drivers, index, y, height, layout);
    y += height;
  });
  drawMethod(doc, ranking, options, y + 10);
  drawFooters(doc, options);
  return endDocument(doc);
}

function drawTitle(doc: PDFKit.PDFDocument, ranking: Ranking, options: RankingReportOptions): number {
  let y = MARGIN;
  if (options.isSample) {
    doc.font("bold").fontSize(9).fillColor("#b3261e").text("EKSEMPELDATA – ikke ekte tall", MARGIN, y);
    y += 14;
  }
  doc.font("bold").fontSize(17).fillColor(INK).text("Boligsosiale utfordringer – rangering", MARGIN, y);
  y += 24;
  const counted = `${formatNumber(ranking.rows.length)} kommuner`;
  doc
    .font("regular")
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(
      `${options.regionName.charAt(0).toUpperCase()}${options.regionName.slice(1)}, ${counted}, data for ${options.dataYear}. ` +
        `${modelMessages.rankDirection(SCORE_DECIMALS)} ` +
        "Søylen viser hva skåren består av: hver bit er én indikator, farget og mønstret etter gruppe.",
      MARGIN,
      y,
      { width: CONTENT_WIDTH },
    );
  return doc.y + 8;
}

function drawLegend(doc: PDFKit.PDFDocument, styles: ReadonlyMap<string, GroupStyle>, top: number): number {
  let x = MARGIN;
  let y = top;
  doc.font("regular").fontSize(8);
  for (const [group, style] of styles) {
    const width = doc.widthOfString(group) + 20;
    if (x + width > MARGIN + CONTENT_WIDTH) {
      x = MARGIN;
      y += 12;
    }
    // As large as a bar segment is high, so the hatching reads as in the bars.
    fillInStyle(doc, style, x, y, 10, 9);
    doc.fillColor(INK).text(group, x + 13, y, { lineBreak: false });
    x += width;
  }
  return y + 20;
}

function drawHeader(doc: PDFKit.PDFDocument, top: number, { columns, zeroX }: RowLayout): number {
  doc.font("bold").fontSize(FONT.header).fillColor(INK);
  const cell = (text: string, column: { x: number; width: number }, align: "left" | "right" = "left") =>
    doc.text(text, column.x, top, { width: column.width, align, lineBreak: false });
  cell("Rang", columns.rank, "right");
  cell("Kommune", columns.name);
  cell("Fylke", columns.county);
  cell("Skår", columns.score, "right");
  cell("Viktigste drivere", columns.drivers);
  // The directions wrap within the bar's two sides, which are narrow when the names are long.
  doc.font("regular").fontSize(6.5).fillColor(MUTED);
  const less = { width: zeroX - columns.bar.x - 3, align: "right" } as const;
  const more = { width: columns.bar.x + columns.bar.width - zeroX - 3 };
  doc.text("← mindre", columns.bar.x, top + 1, less);
  doc.text("større utfordring →", zeroX + 3, top + 1, more);
  const labels = Math.max(doc.heightOfString("← mindre", less), doc.heightOfString("større utfordring →", more));
  const bottom = top + Math.max(12, labels + 2);
  doc
    .moveTo(MARGIN, bottom)
    .lineTo(MARGIN + CONTENT_WIDTH, bottom)
    .lineWidth(0.6)
    .strokeColor(INK)
    .stroke();
  return bottom + 2;
}

/** The two indicators that add most to the score, by their short labels. */
function driversText(row: RankingRow): string {
  return listDrivers(row, 2)
    .map((part) => part.shortLabel)
    .join(", ");
}

/** A row is one line high, and a line higher for each further line its drivers wrap onto in their column. */
function rowHeight(doc: PDFKit.PDFDocument, drivers: string, width: number): number {
  doc.font("regular").fontSize(FONT.drivers);
  const line = doc.currentLineHeight(true);
  const lines = Math.round(doc.heightOfString(drivers, { width }) / line);
  return ROW_HEIGHT + (lines - 1) * line;
}

interface RowLayout {
  readonly columns: Columns;
  readonly styles: ReadonlyMap<string, GroupStyle>;
  readonly zeroX: number;
  readonly unit: number;
  readonly region: boolean;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  row: RankingRow,
  drivers: string,
  index: number,
  top: number,
  height: number,
  layout: RowLayout,
): void {
  const { columns } = layout;
  if (index % 2 === 1) doc.rect(MARGIN, top, CONTENT_WIDTH, height).fill(STRIPE);
  const textY = top + 3.5;
  doc.font("regular").fontSize(FONT.name).fillColor(INK);
  const rank = layout.region ? row.rankRegion : row.rankNational;
  doc.text(String(rank), columns.rank.x, textY, { width: columns.rank.width, align: "right", lineBreak: false });
  doc.text(flaggedName(row), columns.name.x, textY, { lineBreak: false });
  doc.fillColor(MUTED).fontSize(FONT.county);
  doc.text(row.county.name, columns.county.x, textY + 0.5, { lineBreak: false });
  doc.font("bold").fontSize(FONT.name).fillColor(INK);
  doc.text(formatNumber(row.score, SCORE_DECIMALS), columns.score.x, textY, {
    width: columns.score.width,
    align: "right",
    lineBreak: false,
  });

  const barTop = top + 3;
  const barHeight = ROW_HEIGHT - 6;
  let right = layout.zeroX;
  let left = layout.zeroX;
  for (const part of row.parts) {
    const c = part.contribution ?? 0;
    if (c === 0) continue;
    const width = Math.abs(c) * layout.unit;
    const x = c > 0 ? right : left - width;
    if (c > 0) right += width;
    else left -= width;
    const style = layout.styles.get(part.group);
    if (style) fillInStyle(doc, style, x, barTop, width, barHeight);
    // A hairline between segments keeps neighbouring indicators of the same group apart.
    if (width > 1.2) doc.rect(x, barTop, width, barHeight).lineWidth(0.4).strokeColor("#ffffff").stroke();
  }
  doc
    .moveTo(layout.zeroX, top + 1)
    .lineTo(layout.zeroX, top + height - 1)
    .lineWidth(0.6)
    .strokeColor(INK)
    .stroke();

  doc.font("regular").fontSize(FONT.drivers).fillColor(INK);
  doc.text(drivers, columns.drivers.x, textY + 0.5, { width: columns.drivers.width });
}

function drawMethod(doc: PDFKit.PDFDocument, ranking: Ranking, options: RankingReportOptions, top: number): void {
  const indicators = ranking.model.indicators.filter((indicator) => indicator.weight > 0);
  const paragraphs = [
    modelMessages.scoreMethod(indicators.length, options.modelFile),
    `${ranking.missing}${ranking.rows.some((row) => row.missing.length > 0) ? ` ${modelMessages.missingMark}` : ""}`,
  ];
  if (ranking.unranked.length > 0) {
    const names = ranking.unranked.slice(0, UNRANKED_NAMES_SHOWN).map((row) => row.name);
    const rest = ranking.unranked.length - names.length;
    paragraphs.push(
      `Ikke rangert på grunn av manglende tall (${formatNumber(ranking.unranked.length)} kommuner): ` +
        `${names.join(", ")}${rest > 0 ? ` og ${formatNumber(rest)} til` : ""}.`,
    );
  }
  if (ranking.damaged.length > 0) paragraphs.push(modelMessages.damagedLeftOut(ranking.damaged));
  doc.font("regular").fontSize(7.5).fillColor(MUTED);
  const height = paragraphs.reduce((sum, text) => sum + doc.heightOfString(text, { width: CONTENT_WIDTH }) + 4, 0);
  let y = top;
  if (y + height > A4.height - FOOTER_SPACE - MARGIN) {
    doc.addPage();
    y = MARGIN;
  }
  for (const text of paragraphs) {
    doc.text(text, MARGIN, y, { width: CONTENT_WIDTH });
    y = doc.y + 4;
  }
}

function drawFooters(doc: PDFKit.PDFDocument, options: RankingReportOptions): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would silently add a page.
    doc.page.margins.bottom = 0;
    const y = A4.height - MARGIN + 10;
    doc.font("regular").fontSize(7.5).fillColor(MUTED);
    doc.text(`Kilde: SSB og Husbanken, bearbeidet av faktaark${options.isSample ? " · Eksempeldata" : ""}`, MARGIN, y, {
      width: CONTENT_WIDTH,
      lineBreak: false,
    });
    doc.text(`Side ${i - range.start + 1} av ${range.count}`, MARGIN, y, {
      width: CONTENT_WIDTH,
      align: "right",
      lineBreak: false,
    });
  }
}
