// Text measuring for the layout, remembered across documents (bounded-cache.ts). Pagination measures every block
// once per chart scale it tries and the tables measure every cell; most of those strings (titles, sources,
// headings, table labels) are the same in every sheet.

import { BoundedCache } from "./bounded-cache.js";
import type { FontName } from "./fonts.js";

const heights = new BoundedCache<number>();
const widths = new BoundedCache<number>();

export interface TextBox {
  readonly width: number;
  readonly lineGap?: number;
}

/**
 * Height of `text` wrapped in `box`, as `doc.text` will draw it with that font and size. PDFKit measures it as
 * the text's end minus its start on the page, which in floating point depends on where it starts; it is measured
 * from the top of the page (y = 0), so that a remembered height is the one any document would measure. (Measured
 * where the first sheet needed it, Hamar's charts sat 1e-13 pt lower after Trondheim's sheet than alone: a sheet's
 * bytes depended on the sheets made before it in the same thread.)
 */
export function textHeight(doc: PDFKit.PDFDocument, font: FontName, size: number, text: string, box: TextBox): number {
  const key = `${font}\u0000${size}\u0000${box.width}\u0000${box.lineGap ?? 0}\u0000${text}`;
  return heights.get(key, () => {
    const position = { x: doc.x, y: doc.y };
    doc.font(font).fontSize(size);
    doc.x = 0;
    doc.y = 0;
    try {
      return doc.heightOfString(text, box.lineGap === undefined ? { width: box.width } : box);
    } finally {
      doc.x = position.x;
      doc.y = position.y;
    }
  });
}

/** Width of `text` on one line. */
export function textWidth(doc: PDFKit.PDFDocument, font: FontName, size: number, text: string): number {
  const key = `${font}\u0000${size}\u0000${text}`;
  return widths.get(key, () => {
    doc.font(font).fontSize(size);
    return doc.widthOfString(text);
  });
}

/** Room left on a line below which a string is drawn without PDFKit's line wrapper (rounding margin). */
const FIT_MARGIN = 0.5;

/**
 * Draws `text` at (x, y) within `width`, aligned left or right. A string that fits is drawn as one line
 * (`lineBreak: false`); one that does not is wrapped by PDFKit. Wrapping costs more than drawing, and most table
 * cells and source lines fit.
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
  doc.text(text, left, y, { lineBreak: false });
  // As after a wrapped line: the next text starts below this one.
  doc.x = x;
  doc.y = y + doc.currentLineHeight(true);
}
