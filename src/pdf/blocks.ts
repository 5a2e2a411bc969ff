// Measures and draws one block of the grid: a titled chart, table or text, with its source line.
import type { ChartRenderer } from "../charts/renderer.js";
import type { Block, TableBlock, TextBlock } from "../sheet/model.js";
import type { FontName } from "./fonts.js";
import { drawLine, textHeight, textWidth } from "./measure.js";
import { COLOURS, TYPE } from "./style.js";
import { shareColumnWidths } from "./table-columns.js";
import { drawArtifact, openElement, type StructElement, tagContent, tagText } from "./tags.js";

const TITLE_GAP = 4;
const SOURCE_GAP = 3;
const BLOCK_GAP = 11;
const TABLE_ROW_PADDING = 2.5;
const PARAGRAPH_GAP = 4;

/**
 * `measure`, computed once per block and width. Pagination measures each row several times (once per chart scale
 * tried, then again while drawing), and a table is laid out for measuring and again for drawing; a block's
 * measures depend only on the block and the width, the fonts being the same in every document.
 */
function oncePerBlockAndWidth<B extends object, T>(
  measure: (doc: PDFKit.PDFDocument, block: B, width: number) => T,
): (doc: PDFKit.PDFDocument, block: B, width: number) => T {
  const known = new WeakMap<B, Map<number, T>>();
  return (doc, block, width) => {
    let byWidth = known.get(block);
    if (!byWidth) {
      byWidth = new Map();
      known.set(block, byWidth);
    }
    if (!byWidth.has(width)) byWidth.set(width, measure(doc, block, width));
    return byWidth.get(width) as T;
  };
}

/** Total height of a block, gap below included. */
export const measureBlock = oncePerBlockAndWidth(
  (doc, block: Block, width) =>
    measureTitle(doc, block, width) + measureBody(doc, block, width) + measureSource(doc, block, width) + BLOCK_GAP,
);

export async function drawBlock(
  doc: PDFKit.PDFDocument,
  parent: StructElement,
  block: Block,
  x: number,
  y: number,
  width: number,
  charts: ChartRenderer,
): Promise<void> {
  let top = drawTitle(doc, parent, block, x, y, width);
  if (block.kind === "chart") {
    await tagContent(doc, parent, "Figure", { alt: block.alt }, () => charts.draw(doc, block.chart, x, top));
    top += block.chart.height;
    if (block.note) top = drawText(doc, parent, { paragraphs: [block.note] }, x, top + PARAGRAPH_GAP, width);
  } else if (block.kind === "table") {
    top = drawTable(doc, parent, block, x, top, width);
  } else {
    top = drawText(doc, parent, block, x, top, width);
  }
  drawSource(doc, parent, block, x, top, width);
}

function footnoteMarks(block: Block): string {
  return block.footnotes.length > 0 ? ` ${[...new Set(block.footnotes)].join(", ")})` : "";
}

function measureTitle(doc: PDFKit.PDFDocument, block: Block, width: number): number {
  return textHeight(doc, "semibold", TYPE.blockTitle, block.title + footnoteMarks(block), { width }) + TITLE_GAP;
}

function drawTitle(doc: PDFKit.PDFDocument, parent: StructElement, block: Block, x: number, y: number, width: number) {
  const marks = footnoteMarks(block);
  tagText(doc, parent, "H3", () => {
    doc.font("semibold").fontSize(TYPE.blockTitle).fillColor(COLOURS.text);
    doc.text(block.title, x, y, { width, continued: marks.length > 0 });
    if (marks)
      doc
        .font("regular")
        .fontSize(TYPE.source)
        .fillColor(COLOURS.muted)
        .text(marks, { rise: 3 } as PDFKit.Mixins.TextOptions);
  });
  return doc.y + TITLE_GAP;
}

function measureSource(doc: PDFKit.PDFDocument, block: Block, width: number): number {
  if (!block.source) return 0;
  return SOURCE_GAP + textHeight(doc, "regular", TYPE.source, block.source, { width });
}

function drawSource(doc: PDFKit.PDFDocument, parent: StructElement, block: Block, x: number, y: number, width: number) {
  if (!block.source) return;
  tagText(doc, parent, "P", () => {
    doc.fillColor(COLOURS.muted);
    drawLine(doc, "regular", TYPE.source, block.source, x, y + SOURCE_GAP, { width });
  });
}

function measureBody(doc: PDFKit.PDFDocument, block: Block, width: number): number {
  if (block.kind === "chart")
    return (
      block.chart.height + (block.note ? PARAGRAPH_GAP + measureText(doc, { paragraphs: [block.note] }, width) : 0)
    );
  if (block.kind === "table") return tableLayout(doc, block, width).height;
  return measureText(doc, block, width);
}

function measureText(doc: PDFKit.PDFDocument, block: Pick<TextBlock, "paragraphs">, width: number): number {
  return block.paragraphs.reduce(
    (sum, paragraph) => sum + textHeight(doc, "regular", TYPE.body, paragraph, { width, lineGap: 1 }) + PARAGRAPH_GAP,
    0,
  );
}

function drawText(
  doc: PDFKit.PDFDocument,
  parent: StructElement,
  block: Pick<TextBlock, "paragraphs">,
  x: number,
  y: number,
  width: number,
) {
  let top = y;
  for (const paragraph of block.paragraphs) {
    tagText(doc, parent, "P", () => {
      doc.font("regular").fontSize(TYPE.body).fillColor(COLOURS.text);
      doc.text(paragraph, x, top, { width, lineGap: 1 });
    });
    top = doc.y + PARAGRAPH_GAP;
  }
  return top;
}

interface TableLayout {
  readonly widths: readonly number[];
  readonly rowHeights: readonly number[];
  readonly headerHeight: number;
  readonly height: number;
}

/** Column widths from each column's widest cell; when they do not fit, columns give way and wrap between words
 * (see shareColumnWidths). Figures are never wider than their column's minimum, so they stay on one line. */
const tableLayout = oncePerBlockAndWidth(layOutTable);

const CELL_PADDING = 10;

function layOutTable(doc: PDFKit.PDFDocument, block: TableBlock, width: number): TableLayout {
  const natural: number[] = [];
  const minimum: number[] = [];
  block.columns.forEach((column, index) => {
    let widest = textWidth(doc, "semibold", TYPE.table, column);
    let longestWord = widestWord(doc, "semibold", column);
    for (const row of block.rows) {
      const cell = row[index] ?? "";
      const cellWidth = textWidth(doc, "regular", TYPE.table, cell);
      widest = Math.max(widest, cellWidth);
      // A figure («1 299», «14,4 %») stays whole; a text cell may wrap between words.
      longestWord = Math.max(longestWord, block.numeric[index] ? cellWidth : widestWord(doc, "regular", cell));
    }
    natural.push(Math.min(widest + CELL_PADDING, block.numeric[index] ? 80 : 200));
    minimum.push(longestWord + CELL_PADDING);
  });
  const widths = shareColumnWidths(natural, minimum, width);
  const cellHeight = (text: string, column: number, font: FontName) =>
    textHeight(doc, font, TYPE.table, text || " ", { width: widths[column]! - 6 });
  const headerHeight =
    Math.max(...block.columns.map((column, index) => cellHeight(column, index, "semibold"))) + 2 * TABLE_ROW_PADDING;
  const rowHeights = block.rows.map(
    (row) => Math.max(...row.map((cell, index) => cellHeight(cell, index, "regular"))) + 2 * TABLE_ROW_PADDING,
  );
  return { widths, rowHeights, headerHeight, height: headerHeight + rowHeights.reduce((a, b) => a + b, 0) + 2 };
}

function widestWord(doc: PDFKit.PDFDocument, font: FontName, text: string): number {
  let widest = 0;
  for (const word of text.split(" ")) widest = Math.max(widest, textWidth(doc, font, TYPE.table, word));
  return widest;
}

function drawTable(
  doc: PDFKit.PDFDocument,
  parent: StructElement,
  block: TableBlock,
  x: number,
  y: number,
  width: number,
): number {
  const layout = tableLayout(doc, block, width);
  const table = openElement(doc, parent, "Table");
  const drawRow = (cells: readonly string[], top: number, font: FontName, cellType: "TH" | "TD") => {
    const row = openElement(doc, table, "TR");
    let left = x;
    cells.forEach((cell, index) => {
      const cellWidth = layout.widths[index]!;
      tagText(doc, row, index === 0 && cellType === "TD" ? "TH" : cellType, () => {
        doc.fillColor(COLOURS.text);
        drawLine(doc, font, TYPE.table, cell, left + 3, top + TABLE_ROW_PADDING, {
          width: cellWidth - 6,
          align: block.numeric[index] ? "right" : "left",
        });
      });
      left += cellWidth;
    });
    row.end();
  };
  drawArtifact(doc, () => doc.rect(x, y, width, layout.headerHeight).fill(COLOURS.panel));
  drawRow(block.columns, y, "semibold", "TH");
  let top = y + layout.headerHeight;
  block.rows.forEach((row, index) => {
    const height = layout.rowHeights[index]!;
    const highlighted = index === block.highlightRow;
    if (highlighted) drawArtifact(doc, () => doc.rect(x, top, width, height).fill(COLOURS.highlightRow));
    drawRow(row, top, highlighted ? "semibold" : "regular", "TD");
    top += height;
    drawArtifact(doc, () =>
      doc
        .moveTo(x, top)
        .lineTo(x + width, top)
        .lineWidth(0.4)
        .strokeColor(COLOURS.rule)
        .stroke(),
    );
  });
  table.end();
  return top + 2;
}
