// A short PDF report of the ranking: a ranked table with, per municipality, a stacked bar of the score's parts
// (drawn with PDFKit rectangles: one segment per indicator, in its group's style from group-styles.ts, growing right
// when it adds to the challenge and left when it lowers it).
import PDFDocument from "pdfkit";
import { FONT_FILES } from "../pdf/fonts.js";
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

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const ROW_HEIGHT = 15;
const FOOTER_SPACE = 36;
/** More names than this would fill the page; the CSV lists them all. */
const UNRANKED_NAMES_SHOWN = 30;
const INK = "#1a1a1a";
const MUTED = "#5f6368";
const STRIPE = "#f3f5f7";

const COLUMNS = {
  rank: { x: MARGIN, width: 26 },
  name: { x: MARGIN + 30, width: 108 },
  county: { x: MARGIN + 142, width: 78 },
  score: { x: MARGIN + 222, width: 34 },
  bar: { x: MARGIN + 266, width: 150 },
  drivers: { x: MARGIN + 424, width: CONTENT_WIDTH - 424 },
} as const;

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
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const styles = assignGroupStyles(ranking.model);
  const extent = measureExtent(ranking.rows);
  const zeroX = COLUMNS.bar.x + (COLUMNS.bar.width * extent.negative) / (extent.negative + extent.positive);
  const unit = COLUMNS.bar.width / (extent.negative + extent.positive);

  let y = drawTitle(doc, ranking, options);
  y = drawLegend(doc, styles, y);
  y = drawHeader(doc, y, zeroX);
  ranking.rows.forEach((row, index) => {
    if (y + ROW_HEIGHT > PAGE.height - FOOTER_SPACE - MARGIN) {
      doc.addPage();
      y = drawHeader(doc, MARGIN, zeroX);
    }
    drawRow(doc, row, index, y, { styles, zeroX, unit, region: ranking.region.kind !== "country" });
    y += ROW_HEIGHT;
  });
  drawMethod(doc, ranking, options, y + 10);
  drawFooters(doc, options);
  doc.end();
  return done;
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

function drawHeader(doc: PDFKit.PDFDocument, top: number, zeroX: number): number {
  doc.font("bold").fontSize(8).fillColor(INK);
  const cell = (text: string, column: { x: number; width: number }, align: "left" | "right" = "left") =>
    doc.text(text, column.x, top, { width: column.width, align, lineBreak: false });
  cell("Rang", COLUMNS.rank, "right");
  cell("Kommune", COLUMNS.name);
  cell("Fylke", COLUMNS.county);
  cell("Skår", COLUMNS.score, "right");
  cell("Viktigste drivere", COLUMNS.drivers);
  doc.font("regular").fontSize(6.5).fillColor(MUTED);
  doc.text("← mindre", COLUMNS.bar.x, top + 1, { width: zeroX - COLUMNS.bar.x - 3, align: "right", lineBreak: false });
  doc.text("større utfordring →", zeroX + 3, top + 1, { lineBreak: false });
  const bottom = top + 12;
  doc
    .moveTo(MARGIN, bottom)
    .lineTo(MARGIN + CONTENT_WIDTH, bottom)
    .lineWidth(0.6)
    .strokeColor(INK)
    .stroke();
  return bottom + 2;
}

/** The text cut with "…" to fit the width in the current font; PDFKit's own ellipsis wraps when lineBreak is off. */
function fitText(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let end = text.length;
  while (end > 0 && doc.widthOfString(`${text.slice(0, end).trimEnd()}…`) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

interface RowLayout {
  readonly styles: ReadonlyMap<string, GroupStyle>;
  readonly zeroX: number;
  readonly unit: number;
  readonly region: boolean;
}

function drawRow(doc: PDFKit.PDFDocument, row: RankingRow, index: number, top: number, layout: RowLayout): void {
  if (index % 2 === 1) doc.rect(MARGIN, top, CONTENT_WIDTH, ROW_HEIGHT).fill(STRIPE);
  const textY = top + 3.5;
  const flagged = row.missing.length > 0 ? "*" : "";
  doc.font("regular").fontSize(8.5).fillColor(INK);
  const rank = layout.region ? row.rankRegion : row.rankNational;
  doc.text(String(rank), COLUMNS.rank.x, textY, { width: COLUMNS.rank.width, align: "right", lineBreak: false });
  doc.text(fitText(doc, `${row.name}${flagged}`, COLUMNS.name.width), COLUMNS.name.x, textY, { lineBreak: false });
  doc.fillColor(MUTED).fontSize(7.5);
  doc.text(fitText(doc, row.county.name, COLUMNS.county.width), COLUMNS.county.x, textY + 0.5, { lineBreak: false });
  doc.font("bold").fontSize(8.5).fillColor(INK);
  doc.text(formatNumber(row.score, SCORE_DECIMALS), COLUMNS.score.x, textY, {
    width: COLUMNS.score.width,
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
    .lineTo(layout.zeroX, top + ROW_HEIGHT - 1)
    .lineWidth(0.6)
    .strokeColor(INK)
    .stroke();

  const drivers = listDrivers(row, 2).map((part) => part.shortLabel);
  doc.font("regular").fontSize(7.5).fillColor(INK);
  doc.text(fitText(doc, drivers.join(", "), COLUMNS.drivers.width), COLUMNS.drivers.x, textY + 0.5, {
    lineBreak: false,
  });
}

function drawMethod(doc: PDFKit.PDFDocument, ranking: Ranking, options: RankingReportOptions, top: number): void {
  const indicators = ranking.model.indicators.filter((indicator) => indicator.weight > 0);
  const paragraphs = [
    "Slik er skåren regnet: Hver indikator er standardisert over alle kommuner i landet (z-verdi, avgrenset til ±3) " +
      "og snudd slik at høy verdi alltid betyr større utfordring. Skåren er det vektede gjennomsnittet av disse. " +
      `Modellen har ${indicators.length} indikatorer med vekt over 0 (${options.modelFile}); metoden er beskrevet ` +
      "i docs/indikatormodell.md.",
    `${ranking.missing}${ranking.rows.some((row) => row.missing.length > 0) ? " * = mangler tall for minst én indikator." : ""}`,
  ];
  if (ranking.unranked.length > 0) {
    const names = ranking.unranked.slice(0, UNRANKED_NAMES_SHOWN).map((row) => row.name);
    const rest = ranking.unranked.length - names.length;
    paragraphs.push(
      `Ikke rangert på grunn av manglende tall (${formatNumber(ranking.unranked.length)} kommuner): ` +
        `${names.join(", ")}${rest > 0 ? ` og ${formatNumber(rest)} til` : ""}.`,
    );
  }
  doc.font("regular").fontSize(7.5).fillColor(MUTED);
  const height = paragraphs.reduce((sum, text) => sum + doc.heightOfString(text, { width: CONTENT_WIDTH }) + 4, 0);
  let y = top;
  if (y + height > PAGE.height - FOOTER_SPACE - MARGIN) {
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
    const y = PAGE.height - MARGIN + 10;
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
