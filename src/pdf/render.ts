// Draws a sheet model onto A4 pages with PDFKit: header, key figures, findings, then the sections in a
// two-column grid that breaks pages between rows. Everything it prints comes from the model.
import type { ChartRenderer } from "../charts/renderer.js";
import type { NameForm } from "../model/name-forms.js";
import type { Block, Section, SheetModel, SourceEntry } from "../sheet/model.js";
import { drawBlock, measureBlock } from "./blocks.js";
import { createTaggedDocument } from "./document.js";
import { endDocument } from "./document-bytes.js";
import { textHeight } from "./measure.js";
import { type FlowSection, type PlannedPage, planPages } from "./page-plan.js";
import { COLOURS, COLUMN_WIDTH, CONTENT_WIDTH, PAGE, spanWidth, TYPE } from "./style.js";
import { drawArtifact, openElement, type StructElement, tagLink, tagText } from "./tags.js";

export interface RenderedSheet {
  readonly pdf: Buffer;
  readonly pages: number;
}

/** Pages of a document, by 0-based index: where a sheet starts and how many pages it takes. */
export interface PageRange {
  readonly start: number;
  readonly count: number;
}

/** Where a sheet's bookmarks go: the document's outline, or an item of it (the sheet's entry in a booklet). */
export type Outline = PDFKit.PDFOutline;

export async function renderSheetPdf(model: SheetModel, charts: ChartRenderer): Promise<RenderedSheet> {
  const doc = createTaggedDocument(model.lang, model.pdf);
  const root = openElement(doc, null, "Document");
  const { count } = await drawSheet(doc, root, model, charts, doc.outline);
  return { pdf: await endDocument(doc), pages: count };
}

/**
 * Draws a sheet from the document's current page on, under `element`, which it ends, and then its running header
 * and footer on each of its pages, numbered within the sheet. The current page must be the document's last.
 */
export async function drawSheet(
  doc: PDFKit.PDFDocument,
  element: StructElement,
  model: SheetModel,
  charts: ChartRenderer,
  outline: Outline,
): Promise<PageRange> {
  const start = lastPageIndex(doc);
  drawTitle(doc, element, model);
  drawKeyFigures(doc, element, model);
  drawChanges(doc, element, model);
  drawFindings(doc, element, model, outline);
  await drawFlow(doc, element, fitFlow(doc, model), charts, outline);
  element.end();
  const range = { start, count: lastPageIndex(doc) - start + 1 };
  drawRunningParts(doc, model, range);
  return range;
}

/** The 0-based index of the document's last page. */
export function lastPageIndex(doc: PDFKit.PDFDocument): number {
  const { start, count } = doc.bufferedPageRange();
  return start + count - 1;
}

/** One element in the current font; the Sami and Kven name forms are spans in their own language. */
function drawNameLine(
  doc: PDFKit.PDFDocument,
  root: StructElement,
  role: "H1" | "P",
  parts: readonly NameForm[],
  x: number,
  y: number,
): void {
  const element = openElement(doc, root, role);
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    const options = { width: CONTENT_WIDTH, continued: !last };
    tagText(
      doc,
      element,
      "Span",
      () => (index === 0 ? doc.text(part.text, x, y, options) : doc.text(part.text, options)),
      part.lang ? { lang: part.lang } : {},
    );
  });
  element.end();
}

function drawTitle(doc: PDFKit.PDFDocument, root: StructElement, model: SheetModel): void {
  const x = PAGE.marginLeft;
  let y = PAGE.marginTop + 14;
  tagText(doc, root, "P", () => {
    doc.font("semibold").fontSize(TYPE.kicker).fillColor(COLOURS.heading);
    doc.text(model.title.toUpperCase(), x, y, { lineBreak: false });
  });
  y += 15;
  doc.font("bold").fontSize(TYPE.title).fillColor(COLOURS.text);
  drawNameLine(doc, root, "H1", model.subtitleParts, x, y);
  y = doc.y + 2;
  doc.font("regular").fontSize(TYPE.identity).fillColor(COLOURS.muted);
  drawNameLine(doc, root, "P", model.identityParts, x, y);
  if (model.sampleNotice) {
    // Said once in the text flow; the band on every page is decoration.
    tagText(doc, root, "P", () => {
      doc.font("semibold").fontSize(TYPE.identity).fillColor(COLOURS.sample);
      doc.text(model.sampleNotice, x, doc.y + 1, { width: CONTENT_WIDTH });
    });
  }
  doc.y = doc.y + 10;
}

function drawKeyFigures(doc: PDFKit.PDFDocument, root: StructElement, model: SheetModel): void {
  const perRow = 3;
  const boxWidth = (CONTENT_WIDTH - (perRow - 1) * 8) / perRow;
  // With --forrige each box has last year's figure on a line of its own at its foot.
  const boxHeight = model.keyFigures.some((figure) => figure.previous) ? 67 : 58;
  const top = doc.y;
  const list = openElement(doc, root, "L");
  model.keyFigures.forEach((figure, index) => {
    const x = PAGE.marginLeft + (index % perRow) * (boxWidth + 8);
    const y = top + Math.floor(index / perRow) * (boxHeight + 8);
    drawArtifact(doc, () => {
      doc.rect(x, y, boxWidth, boxHeight).fill(COLOURS.panel);
      doc.rect(x, y, 3, boxHeight).fill(COLOURS.heading);
    });
    const item = openElement(doc, list, "LI");
    const inner = { width: boxWidth - 18, lineBreak: false, ellipsis: true } as const;
    tagText(
      doc,
      item,
      "LBody",
      () => {
        doc
          .font("semibold")
          .fontSize(TYPE.keyLabel)
          .fillColor(COLOURS.muted)
          .text(figure.label, x + 11, y + 7, inner);
        doc
          .font("bold")
          .fontSize(TYPE.keyValue)
          .fillColor(COLOURS.text)
          .text(figure.value, x + 11, y + 18, inner);
        doc
          .font("regular")
          .fontSize(TYPE.keyDetail)
          .fillColor(COLOURS.muted)
          .text(figure.detail, x + 11, y + 41, inner);
        if (figure.previous) doc.fillColor(COLOURS.heading).text(figure.previous.text, x + 11, y + 51, inner);
      },
      {
        actual: `${figure.label}: ${figure.value} (${figure.detail})${figure.previous ? `; ${figure.previous.text}` : ""}`,
      },
    );
    item.end();
  });
  list.end();
  const rows = Math.ceil(model.keyFigures.length / perRow);
  doc.y = top + rows * (boxHeight + 8) + 8;
}

/** «Endringer siden forrige faktaark» (`--forrige`): one paragraph, its heading run in. */
function drawChanges(doc: PDFKit.PDFDocument, root: StructElement, model: SheetModel): void {
  const { changes } = model;
  if (!changes) return;
  const options = { width: CONTENT_WIDTH, lineGap: 1 };
  tagText(doc, root, "P", () => {
    doc.fontSize(TYPE.lead).fillColor(COLOURS.heading).font("semibold");
    doc.text(`${changes.heading}: `, PAGE.marginLeft, doc.y, { ...options, continued: true });
    doc.font("regular").fillColor(COLOURS.text).text(changes.text, options);
  });
  doc.y += 8;
}

function drawFindings(doc: PDFKit.PDFDocument, root: StructElement, model: SheetModel, outline: Outline): void {
  if (model.keyFindings.length === 0) return;
  const x = PAGE.marginLeft;
  tagText(doc, root, "H2", () => {
    doc.font("bold").fontSize(TYPE.sectionHeading).fillColor(COLOURS.heading);
    doc.text(model.keyFindingsHeading, x, doc.y, { width: CONTENT_WIDTH });
  });
  outline.addItem(model.keyFindingsHeading);
  doc.y += 3;
  const list = openElement(doc, root, "L");
  for (const finding of model.keyFindings) {
    const y = doc.y;
    drawArtifact(doc, () => doc.rect(x + 1, y + 4, 3.5, 3.5).fill(COLOURS.heading));
    const item = openElement(doc, list, "LI");
    tagText(doc, item, "LBody", () => {
      const options = { width: CONTENT_WIDTH - 12, lineGap: 1.5 };
      doc.fontSize(TYPE.body + 0.5);
      // A finding new since last year's sheet (--forrige) begins with the mark the line above explains.
      if (finding.isNew && model.changes) {
        doc.font("semibold").fillColor(COLOURS.heading);
        doc.text(`${model.changes.newFindingMark}: `, x + 12, y, { ...options, continued: true });
        doc.font("regular").fillColor(COLOURS.text).text(finding.text, options);
      } else {
        doc
          .font("regular")
          .fillColor(COLOURS.text)
          .text(finding.text, x + 12, y, options);
      }
    });
    item.end();
    doc.y += 3;
  }
  list.end();
  doc.y += 8;
}

/** The sheet aims at this many pages; charts shrink a little (never below CHART_SCALES' last) to get there. Five
 * since «Levekår og boligmarked» (issue 24): left at four, every sheet was measured at all four scales and drawn
 * with its charts at 0,8 of their size, the smallest, for a page it could never save. */
const TARGET_PAGES = 5;
const CHART_SCALES = [1, 0.93, 0.86, 0.8];
const SECTION_GAP = 4;
/** Where the flow starts on pages after the first, below the running header. */
export const FLOW_TOP = PAGE.marginTop + 16;

/** The flowing part of the sheet, from the sections to the closing lists, and the pages it is laid out on. */
interface Flow {
  readonly sections: readonly Section[];
  readonly closing: readonly ClosingList[];
  readonly pages: readonly PlannedPage[];
}

interface ClosingList {
  readonly heading: string;
  readonly entries: readonly SourceEntry[];
}

/** The flow with its charts scaled so the sheet fits TARGET_PAGES, when some scale does. */
function fitFlow(doc: PDFKit.PDFDocument, model: SheetModel): Flow {
  const area = { firstTop: doc.y, top: FLOW_TOP, bottom: PAGE.contentBottom };
  const closing = closingLists(model).filter((list) => list.entries.length > 0);
  let flow: Flow | null = null;
  for (const scale of CHART_SCALES) {
    const sections = model.sections.map((section) => scaleSection(section, scale));
    flow = { sections, closing, pages: planPages(measureFlow(doc, sections, closing), area) };
    if (flow.pages.length <= TARGET_PAGES) break;
  }
  return flow as Flow;
}

function scaleSection(section: Section, scale: number): Section {
  return { ...section, blocks: section.blocks.map((block) => scaleBlock(block, scale)) };
}

function scaleBlock(block: Block, scale: number): Block {
  if (scale === 1 || block.kind !== "chart") return block;
  return { ...block, chart: { ...block.chart, height: scaledHeight(block.chart.height, scale) } };
}

function scaledHeight(height: number, scale: number): number {
  return scale === 1 ? height : Math.round(height * scale);
}

/** The heights the page plan works with, from the same measures the drawing uses. */
function measureFlow(
  doc: PDFKit.PDFDocument,
  sections: readonly Section[],
  closing: readonly ClosingList[],
): FlowSection[] {
  return [
    ...sections.map((section) => ({
      heading: measureSectionHeading(doc, section),
      continuedHeading: measureContinuedHeading(doc, section),
      rows: arrangeRows(section.blocks).map((row) => rowHeightAt(doc, fitNarrowChart(doc, row))),
      gapAfter: SECTION_GAP,
    })),
    ...closing.map((list) => ({
      heading: 0,
      continuedHeading: 0,
      rows: [() => measureClosingList(doc, list).total],
      gapAfter: 0,
    })),
  ];
}

/** Draws the sections and closing lists where the plan puts them. A section's structure element spans its pages. */
async function drawFlow(
  doc: PDFKit.PDFDocument,
  root: StructElement,
  flow: Flow,
  charts: ChartRenderer,
  outline: Outline,
) {
  const rowsOf = flow.sections.map((section) => arrangeRows(section.blocks).map((row) => fitNarrowChart(doc, row)));
  let element: StructElement | null = null;
  for (const [pageIndex, page] of flow.pages.entries()) {
    if (pageIndex > 0) doc.addPage();
    for (const placement of page.placements) {
      const section = flow.sections[placement.section];
      if (!section) {
        const list = flow.closing[placement.section - flow.sections.length] as ClosingList;
        drawClosingList(doc, root, list, placement.y, outline);
      } else if (placement.kind === "heading") {
        element = openElement(doc, root, "Sect", { title: section.heading });
        drawSectionHeading(doc, element, section, placement.y, outline);
      } else if (placement.kind === "continuedHeading") {
        drawContinuedHeading(doc, section, placement.y);
      } else {
        const rows = rowsOf[placement.section] as Block[][];
        const row = (rows[placement.row] as Block[]).map((block) => scaleBlock(block, placement.scale));
        await drawRow(doc, element as StructElement, row, placement.y, charts);
        if (placement.row === rows.length - 1) element?.end();
      }
    }
  }
}

/** Pairs blocks into grid rows: a two-column block fills a row; the others go two by two (a narrow with a wide one). */
export function arrangeRows(blocks: readonly Block[]): Block[][] {
  const rows: Block[][] = [];
  let pending: Block | null = null;
  for (const block of blocks) {
    if (block.span === 2) {
      if (pending) rows.push([pending]);
      pending = null;
      rows.push([block]);
    } else if (pending) {
      rows.push([pending, block]);
      pending = null;
    } else {
      pending = block;
    }
  }
  if (pending) rows.push([pending]);
  return rows;
}

/** A narrow chart is drawn as tall as the wide block beside it, so that its bars run alongside the table's rows
 * rather than end above an empty column; it grows with the page from there. */
function fitNarrowChart(doc: PDFKit.PDFDocument, row: readonly Block[]): readonly Block[] {
  const [chart, beside] = row;
  if (chart?.kind !== "chart" || chart.span !== "narrow" || beside === undefined) return row;
  const rest = measureBlock(doc, chart, spanWidth(chart.span)) - chart.chart.height;
  const height = Math.floor(measureBlock(doc, beside, spanWidth(beside.span)) - rest);
  return height <= chart.chart.height ? row : [{ ...chart, chart: { ...chart.chart, height } }, beside];
}

async function drawRow(
  doc: PDFKit.PDFDocument,
  element: StructElement,
  row: readonly Block[],
  y: number,
  charts: ChartRenderer,
) {
  let x = PAGE.marginLeft;
  for (const block of row) {
    const width = spanWidth(block.span);
    await drawBlock(doc, element, block, x, y, width, charts);
    x += width + PAGE.gutter;
  }
}

/** A row's height with its charts at a scale: measured once, as a block's title, note and source keep their height
 * whatever its chart's (the plan asks for many scales). */
function rowHeightAt(doc: PDFKit.PDFDocument, row: readonly Block[]): (scale: number) => number {
  const parts = row.map((block) => {
    const chart = block.kind === "chart" ? block.chart.height : 0;
    return { chart, rest: measureBlock(doc, block, spanWidth(block.span)) - chart };
  });
  return (scale) => Math.max(...parts.map((part) => part.rest + scaledHeight(part.chart, scale)));
}

function measureSectionHeading(doc: PDFKit.PDFDocument, section: Section): number {
  const heading = textHeight(doc, "bold", TYPE.sectionHeading, section.heading, { width: CONTENT_WIDTH });
  return 5 + heading + 1 + textHeight(doc, "regular", TYPE.lead, section.lead, { width: CONTENT_WIDTH }) + 8;
}

function measureContinuedHeading(doc: PDFKit.PDFDocument, section: Section): number {
  return 5 + textHeight(doc, "bold", TYPE.sectionHeading, section.continuedHeading, { width: CONTENT_WIDTH }) + 8;
}

function drawHeadingRule(doc: PDFKit.PDFDocument, y: number): void {
  doc
    .moveTo(PAGE.marginLeft, y)
    .lineTo(PAGE.marginLeft + CONTENT_WIDTH, y)
    .lineWidth(1.2)
    .strokeColor(COLOURS.heading)
    .stroke();
}

function drawSectionHeading(
  doc: PDFKit.PDFDocument,
  element: StructElement,
  section: Section,
  top: number,
  outline: Outline,
): void {
  const x = PAGE.marginLeft;
  drawArtifact(doc, () => drawHeadingRule(doc, top));
  tagText(doc, element, "H2", () => {
    doc.font("bold").fontSize(TYPE.sectionHeading).fillColor(COLOURS.heading);
    doc.text(section.heading, x, top + 5, { width: CONTENT_WIDTH });
  });
  outline.addItem(section.heading);
  tagText(doc, element, "P", () => {
    doc.font("regular").fontSize(TYPE.lead).fillColor(COLOURS.muted);
    doc.text(section.lead, x, doc.y + 1, { width: CONTENT_WIDTH });
  });
}

/** The heading again at the top of a page the section continues on: a running part, as a page header is, so the
 * structure and the outline have the section once. */
function drawContinuedHeading(doc: PDFKit.PDFDocument, section: Section, top: number): void {
  drawArtifact(
    doc,
    () => {
      drawHeadingRule(doc, top);
      doc.font("bold").fontSize(TYPE.sectionHeading).fillColor(COLOURS.heading);
      doc.text(section.continuedHeading, PAGE.marginLeft, top + 5, { width: CONTENT_WIDTH });
    },
    "Pagination",
  );
}

/** The closing lists: the footnotes, then the sources, each entry's link on a line of its own. */
function closingLists(model: SheetModel): ClosingList[] {
  return [
    {
      heading: model.footnotesHeading,
      entries: model.footnotes.map((note) => ({
        parts: [{ text: `${note.number}) ${note.text}`, lang: null }],
        url: "",
      })),
    },
    { heading: model.sourcesHeading, entries: model.sourceEntries },
  ];
}

/** Whether an entry's link goes on a line of its own: only when it would not fit whole after its last words (a
 * link wholly on that line leaves the entry as many lines high as its words alone). */
function linkOnOwnLine(doc: PDFKit.PDFDocument, entry: SourceEntry): boolean {
  const words = entry.parts.map((part) => part.text).join("");
  const box = { width: COLUMN_WIDTH };
  return (
    textHeight(doc, "regular", TYPE.source, `${words} ${entry.url}`, box) !==
    textHeight(doc, "regular", TYPE.source, words, box)
  );
}

/** An entry's text as drawn: its pieces, then its link after them or below them. */
function entryText(doc: PDFKit.PDFDocument, entry: SourceEntry): string {
  const words = entry.parts.map((part) => part.text).join("");
  if (!entry.url) return words;
  return `${words}${linkOnOwnLine(doc, entry) ? "\n" : " "}${entry.url}`;
}

const LIST_GAP = 1.5;

function measureClosingList(doc: PDFKit.PDFDocument, { heading, entries }: ClosingList) {
  const headingHeight = 4 + textHeight(doc, "bold", TYPE.blockTitle, heading, { width: CONTENT_WIDTH }) + LIST_GAP;
  const heights = entries.map(
    (entry) => textHeight(doc, "regular", TYPE.source, entryText(doc, entry), { width: COLUMN_WIDTH }) + LIST_GAP,
  );
  const half = Math.ceil(entries.length / 2);
  const columnHeight = Math.max(sum(heights.slice(0, half)), sum(heights.slice(half)));
  return { half, headingHeight, total: headingHeight + columnHeight + 4 };
}

/** One entry of a closing list at (x, y): its pieces as spans, each in its own language (SSB's bokmål titles on a
 * nynorsk sheet), then its link as a span, whole after the last words or on the next line. */
function drawEntry(doc: PDFKit.PDFDocument, item: StructElement, entry: SourceEntry, x: number, y: number): void {
  const body = openElement(doc, item, "LBody");
  doc.font("regular").fontSize(TYPE.source).fillColor(COLOURS.muted);
  const ownLine = entry.url !== "" && linkOnOwnLine(doc, entry);
  const inline = entry.url !== "" && !ownLine;
  entry.parts.forEach((part, index) => {
    const last = index === entry.parts.length - 1;
    const options = { width: COLUMN_WIDTH, continued: !last || inline };
    const text = last && inline ? `${part.text} ` : part.text;
    tagText(
      doc,
      body,
      "Span",
      () => (index === 0 ? doc.text(text, x, y, options) : doc.text(text, options)),
      part.lang ? { lang: part.lang } : {},
    );
  });
  // The address is a link annotation too, so a reader can open it, not only read it.
  const link = { width: COLUMN_WIDTH, link: entry.url };
  if (inline) tagLink(doc, body, () => doc.text(entry.url, link));
  if (ownLine) tagLink(doc, body, () => doc.text(entry.url, x, doc.y, link));
  body.end();
}

/** A closing list (footnotes or sources) at `start`, in two columns (filled top to bottom, then left to right). */
function drawClosingList(
  doc: PDFKit.PDFDocument,
  root: StructElement,
  list: ClosingList,
  start: number,
  outline: Outline,
): void {
  const { heading, entries } = list;
  const { half, headingHeight } = measureClosingList(doc, list);
  const section = openElement(doc, root, "Sect", { title: heading });
  tagText(doc, section, "H2", () => {
    doc.font("bold").fontSize(TYPE.blockTitle).fillColor(COLOURS.heading);
    doc.text(heading, PAGE.marginLeft, start + 4, { width: CONTENT_WIDTH });
  });
  outline.addItem(heading);
  const items = openElement(doc, section, "L");
  const top = start + headingHeight;
  let y = top;
  entries.forEach((entry, index) => {
    if (index === half) y = top;
    const column = index < half ? 0 : 1;
    const item = openElement(doc, items, "LI");
    drawEntry(doc, item, entry, PAGE.marginLeft + column * (COLUMN_WIDTH + PAGE.gutter), y);
    y = doc.y + LIST_GAP;
    item.end();
  });
  items.end();
  section.end();
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Header and footer on each page of the sheet, drawn last so the sheet's page count is known. */
function drawRunningParts(doc: PDFKit.PDFDocument, model: SheetModel, range: PageRange): void {
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const pageNumber = index - range.start + 1;
    const footer = model.footer.replace("{page}", String(pageNumber)).replace("{pages}", String(range.count));
    const y = PAGE.height - 34;
    drawArtifact(
      doc,
      () => {
        drawFooterRule(doc, y);
        doc.font("regular").fontSize(TYPE.header).fillColor(COLOURS.muted);
        doc.text(footer, PAGE.marginLeft, y, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
        doc.text(model.municipality.code, PAGE.marginLeft, y, { width: CONTENT_WIDTH, lineBreak: false });
        if (pageNumber > 1) {
          // Page 1 has the title; the others say whose sheet and which year they belong to.
          doc.font("semibold").fontSize(TYPE.header).fillColor(COLOURS.heading);
          doc.text(model.pdf.title, PAGE.marginLeft, 19.5, { lineBreak: false });
        }
        if (model.sampleNotice) drawSampleBand(doc, model.sampleNotice);
      },
      "Pagination",
    );
  }
}

/** The band in the page's top right corner that marks sample data, inside a running part. */
/** The thin rule above a page's footer line at `y`. */
export function drawFooterRule(doc: PDFKit.PDFDocument, y: number): void {
  doc
    .moveTo(PAGE.marginLeft, y - 6)
    .lineTo(PAGE.width - PAGE.marginRight, y - 6)
    .lineWidth(0.5);
  doc.strokeColor(COLOURS.rule).stroke();
}

export function drawSampleBand(doc: PDFKit.PDFDocument, notice: string): void {
  doc.font("bold").fontSize(TYPE.header);
  const width = doc.widthOfString(notice) + 12;
  const x = PAGE.width - PAGE.marginRight - width;
  doc.rect(x, 16, width, 14).fill(COLOURS.sample);
  doc.fillColor("#ffffff").text(notice, x + 6, 19.5, { lineBreak: false });
}
