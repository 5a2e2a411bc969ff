// PDFKit lays out each string with fontkit once per document (its layout cache lives on the document's
// font object). A batch that hands every document the same fontkit font (opened once, as NOTES.md advises)
// lays out the same axis labels again in each of 357 sheets. Sharing that cache per fontkit font saves
// about 5 ms a sheet of 7 charts (bench/charts.ts); a cached run depends only on the font, never on the document.

/** The private parts of PDFKit's EmbeddedFont this relies on (pdfkit 0.20); absent ones disable sharing. */
interface EmbeddedFontInternals {
  font?: object;
  layoutCache?: Record<string, unknown>;
}

const caches = new WeakMap<object, Record<string, unknown>>();

/** Makes the document's current font use the process-wide layout cache of its fontkit font. */
export function shareLayoutCache(doc: PDFKit.PDFDocument | object): void {
  const font = (doc as { _font?: EmbeddedFontInternals })._font;
  if (!font || typeof font.font !== "object" || font.font === null) return;
  if (typeof font.layoutCache !== "object" || font.layoutCache === null) return;
  const shared = caches.get(font.font);
  if (!shared) caches.set(font.font, font.layoutCache);
  else if (font.layoutCache !== shared) font.layoutCache = shared;
}
