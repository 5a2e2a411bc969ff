// The booklet's summary page: a few sentences on the selection with their source, the selection's ranking as a
// table (split over pages when it is long) and how the score is computed. Tables and text are drawn as the sheets
// draw their blocks.
import type { BookletOverview } from "../../booklet/model.js";
import type { ChartRenderer } from "../../charts/renderer.js";
import type { Block, TableBlock } from "../../sheet/model.js";
import { drawBlock, measureBlock } from "../blocks.js";
import { drawLine } from "../measure.js";
import { FLOW_TOP } from "../render.js";
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from "../style.js";
import { openElement, type StructElement, tagText } from "../tags.js";

const SUMMARY_SIZE = TYPE.body + 1;
const SUMMARY_LINE_GAP = 1.5;
const HEADING_GAP = 6;

export async function drawOverview(
  doc: PDFKit.PDFDocument,
  root: StructElement,
  overview: BookletOverview,
  charts: ChartRenderer,
): Promise<void> {
  const section = openElement(doc, root, "Sect", { title: overview.heading });
  const x = PAGE.marginLeft;
  tagText(doc, section, "H1", () => {
    doc.font("bold").fontSize(TYPE.title).fillColor(COLOURS.text);
    doc.text(overview.heading, x, PAGE.marginTop + 14, { width: CONTENT_WIDTH });
  });
  let y = doc.y + 10;
  y = drawSubheading(doc, section, overview.summaryHeading, y);
  for (const paragraph of overview.summary) {
    tagText(doc, section, "P", () => {
      doc.font("regular").fontSize(SUMMARY_SIZE).fillColor(COLOURS.text);
      doc.text(paragraph, x, y, { width: CONTENT_WIDTH, lineGap: SUMMARY_LINE_GAP });
    });
    y = doc.y + 5;
  }
  tagText(doc, section, "P", () => {
    doc.fillColor(COLOURS.muted);
    drawLine(doc, "regular", TYPE.source, overview.summarySource, x, y, { width: CONTENT_WIDTH });
  });
  y = doc.y + 16;
  y = drawSubheading(doc, section, overview.rankingHeading, y);
  let rows = overview.ranking.rows;
  let title = overview.ranking.title;
  while (rows.length > 0) {
    const fitting = fitRows(doc, { ...overview.ranking, title, rows }, PAGE.contentBottom - y);
    if (fitting === 0) {
      doc.addPage();
      y = FLOW_TOP;
      continue;
    }
    y = await drawBlockAt(doc, section, { ...overview.ranking, title, rows: rows.slice(0, fitting) }, y, charts);
    rows = rows.slice(fitting);
    title = overview.rankingContinuedTitle;
  }
  if (y + measureBlock(doc, overview.method, CONTENT_WIDTH) > PAGE.contentBottom) {
    doc.addPage();
    y = FLOW_TOP;
  }
  await drawBlockAt(doc, section, overview.method, y, charts);
  section.end();
}

function drawSubheading(doc: PDFKit.PDFDocument, section: StructElement, text: string, y: number): number {
  tagText(doc, section, "H2", () => {
    doc.font("bold").fontSize(TYPE.sectionHeading).fillColor(COLOURS.heading);
    doc.text(text, PAGE.marginLeft, y, { width: CONTENT_WIDTH });
  });
  return doc.y + HEADING_GAP;
}

/** Draws a block across the page at `y`; returns where the next one starts. */
async function drawBlockAt(
  doc: PDFKit.PDFDocument,
  section: StructElement,
  block: Block,
  y: number,
  charts: ChartRenderer,
): Promise<number> {
  await drawBlock(doc, section, block, PAGE.marginLeft, y, CONTENT_WIDTH, charts);
  return y + measureBlock(doc, block, CONTENT_WIDTH);
}

/** How many of the table's rows, from the first, fit in `height` with its title and source; 0 when none does. */
function fitRows(doc: PDFKit.PDFDocument, table: TableBlock, height: number): number {
  const fits = (count: number) =>
    measureBlock(doc, { ...table, rows: table.rows.slice(0, count) }, CONTENT_WIDTH) <= height;
  let low = 0;
  let high = table.rows.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
