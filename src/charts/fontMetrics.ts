// Text widths for Vega's layout, measured with the very font files the PDF embeds, so labels that Vega
// places (axis extents, end-of-line labels, truncation) fit exactly when PDFKit draws them.

import { BoundedCache } from "../pdf/bounded-cache.js";
import { loadFonts } from "../pdf/font-cache.js";
import type { FontName } from "../pdf/fonts.js";

/** The font properties Vega puts on a text item. */
export interface FontProps {
  readonly font?: unknown;
  readonly fontWeight?: unknown;
  readonly fontStyle?: unknown;
  readonly fontSize?: unknown;
}

/** Maps Vega's fontWeight/fontStyle onto the four faces the sheet registers with PDFKit. */
export function selectFontName(item: FontProps): FontName {
  if (item.fontStyle === "italic" || item.fontStyle === "oblique") return "italic";
  const weight = item.fontWeight;
  if (weight === undefined || weight === null || weight === "normal") return "regular";
  if (weight === "bold" || weight === "bolder") return "bold";
  if (weight === "semibold") return "semibold";
  const numeric = Number(weight);
  if (numeric >= 700) return "bold";
  if (numeric >= 550) return "semibold";
  return "regular";
}

/** Measures strings in the sheet's faces; widths at size 1 are kept per face and string. */
export class FontMetrics {
  readonly #cache = new BoundedCache<number>();

  /** Width in points of `text` at `size`, laid out word by word as PDFKit does (kerning within words). */
  measure(name: FontName, text: string, size: number): number {
    const unit = this.#cache.get(`${name}\u0000${text}`, () => {
      const font = loadFonts()[name];
      let advance = 0;
      let start = 0;
      for (let i = 0; i <= text.length; i++) {
        const ch = text.charAt(i);
        if (i === text.length || ch === " " || ch === "\t") {
          const end = i === text.length ? i : i + 1;
          if (end > start) advance += font.layout(text.slice(start, end)).advanceWidth;
          start = end;
        }
      }
      return advance / font.unitsPerEm;
    });
    return unit * size;
  }
}
