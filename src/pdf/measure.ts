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

/** Height of `text` wrapped in `box`, as `doc.text` will draw it with that font and size. */
export function textHeight(doc: PDFKit.PDFDocument, font: FontName, size: number, text: string, box: TextBox): number {
  const key = `${font}\u0000${size}\u0000${box.width}\u0000${box.lineGap ?? 0}\u0000${text}`;
  return heights.get(key, () => {
    doc.font(font).fontSize(size);
    return doc.heightOfString(text, box.lineGap === undefined ? { width: box.width } : box);
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

/** Draws `text` at (x, y) within `width`, aligned left or right, wrapped by PDFKit when it does not fit. */
export function drawLine(
  doc: PDFKit.PDFDocument,
  font: FontName,
  size: number,
  text: string,
  x: number,
  y: number,
  options: { readonly width: number; readonly align?: "left" | "right" },
): void {
  doc.font(font).fontSize(size);
  doc.text(text, x, y, { width: options.width, align: options.align ?? "left" });
}
