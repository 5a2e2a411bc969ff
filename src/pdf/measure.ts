// Text measuring for the layout, remembered across documents. Pagination measures every block once per chart
// scale it tries and the tables measure every cell; most of those strings (titles, sources, headings, table
// labels) are the same in every sheet. A height or width depends only on the font, the size, the width and the
// line gap (the fonts are the same objects in every document: font-cache.ts), never on the document.
import type { FontName } from "./fonts.js";
import { drawTextLine } from "./text-line.js";

/** A cache this full is emptied: the next sheets fill it again with what they use. */
const MAX_ENTRIES = 20_000;

const heights = new Map<string, number>();
const widths = new Map<string, number>();

function remember(cache: Map<string, number>, key: string, value: number): number {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

export interface TextBox {
  readonly width: number;
  readonly lineGap?: number;
}

/** Height of `text` wrapped in `box`, as `doc.text` will draw it with that font and size. */
export function textHeight(doc: PDFKit.PDFDocument, font: FontName, size: number, text: string, box: TextBox): number {
  const key = `${font}\u0000${size}\u0000${box.width}\u0000${box.lineGap ?? 0}\u0000${text}`;
  const known = heights.get(key);
  if (known !== undefined) return known;
  doc.font(font).fontSize(size);
  return remember(heights, key, doc.heightOfString(text, box.lineGap === undefined ? { width: box.width } : box));
}

/** Width of `text` on one line. */
export function textWidth(doc: PDFKit.PDFDocument, font: FontName, size: number, text: string): number {
  const key = `${font}\u0000${size}\u0000${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  doc.font(font).fontSize(size);
  return remember(widths, key, doc.widthOfString(text));
}

/** Room left on a line below which a string is drawn without PDFKit's line wrapper (rounding margin). */
const FIT_MARGIN = 0.5;

/**
 * Draws one line of text in the current font at (x, y), within `width`, aligned left or right. A string that
 * fits goes straight onto the page; one that does not is wrapped by PDFKit as usual. Wrapping costs more than
 * drawing, and most table cells and source lines fit.
 */
export function drawLine(
  doc: PDFKit.PDFDocument,
  font: FontName,
  size: number,
  text: string,
  x: number,
  y: number,
  options: { readonly width: number; readonly align?: "left" | "right" },
): void {
  const natural = textWidth(doc, font, size, text);
  doc.font(font).fontSize(size);
  if (natural + FIT_MARGIN > options.width || text.includes("\n")) {
    doc.text(text, x, y, { width: options.width, align: options.align ?? "left" });
    return;
  }
  const left = options.align === "right" ? x + options.width - natural : x;
  drawTextLine(doc, text, left, y, "top");
  // As after a wrapped line: the next text starts below this one.
  doc.x = x;
  doc.y = y + doc.currentLineHeight(true);
}
