// Text widths for Vega's layout, measured with the very font files the PDF embeds, so labels that Vega
// places (axis extents, end-of-line labels, truncation) fit exactly when PDFKit draws them.
import { loadFonts, type OpenFont } from "../pdf/font-cache.js";
import type { FontName } from "../pdf/fonts.js";
import { shapeWord } from "../pdf/word-store.js";

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

/** Measures strings in the sheet's faces; widths at size 1 are cached per face and string. */
export class FontMetrics {
  readonly #cache = new Map<string, number>();

  /** The same opened font files the PDF embeds. */
  #font(name: FontName): OpenFont {
    return loadFonts()[name];
  }

  /** Width in points of `text` at `size`, laid out word by word as PDFKit does (kerning within words). */
  measure(name: FontName, text: string, size: number): number {
    const key = `${name}\u0000${text}`;
    let unit = this.#cache.get(key);
    if (unit === undefined) {
      const font = this.#font(name);
      let advance = 0;
      let start = 0;
      for (let i = 0; i <= text.length; i++) {
        const ch = text.charAt(i);
        if (i === text.length || ch === " " || ch === "\t") {
          const end = i === text.length ? i : i + 1;
          if (end > start) advance += shapeWord(font, text.slice(start, end)).advanceWidth;
          start = end;
        }
      }
      unit = advance / font.unitsPerEm;
      this.#cache.set(key, unit);
    }
    return unit * size;
  }
}
