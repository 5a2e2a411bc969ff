// Opens the sheet's fonts once per process (or worker): parsing a TTF for every document costs ~30 ms a font.
// PDFKit embeds an opened fontkit font as it is, and the chart renderer measures text with the same objects.
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { sha256 } from "../batch/files.js";
import { seedSubset, shareLayoutCache, shareSubsets } from "./font-sharing.js";
import { FONT_FILES, type FontName } from "./fonts.js";
import { startDocumentLayouts } from "./shared-text-cache.js";
import { registerFace, type ShapingFont } from "./word-store.js";

/** The part of a fontkit font faktaark uses (fontkit ships no types). */
export interface OpenFont extends ShapingFont {
  readonly unitsPerEm: number;
}

let fonts: Record<FontName, OpenFont> | null = null;

export function loadFonts(): Record<FontName, OpenFont> {
  fonts ??= {
    regular: open(FONT_FILES.regular),
    italic: open(FONT_FILES.italic),
    semibold: open(FONT_FILES.semibold),
    bold: open(FONT_FILES.bold),
  };
  return fonts;
}

/**
 * Opens a font with fontkit's ES module: the copy PDFKit loads too, so a worker holds one fontkit, not two. Its
 * words are shaped through the kept words of its file (word-store.ts).
 */
function open(file: string): OpenFont {
  const bytes = readFileSync(file);
  const font = fontkit.create(bytes) as unknown as OpenFont;
  shareSubsets(font);
  registerFace(font, sha256(bytes));
  return font;
}

/**
 * Registers the sheet's faces on a new document. PDFKit accepts an opened fontkit font: it is parsed once per
 * process, not per document, and the text laid out with it (words, labels) and its subsets are shared between
 * documents too (font-sharing.ts).
 */
export function registerSheetFonts(doc: PDFKit.PDFDocument): void {
  startDocumentLayouts();
  for (const [name, font] of Object.entries(loadFonts()) as [FontName, OpenFont][]) {
    doc.registerFont(name, font as unknown as string);
    doc.font(name);
    shareLayoutCache(doc);
    seedSubset(doc, name);
  }
}
