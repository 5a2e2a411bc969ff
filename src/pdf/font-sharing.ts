// What the documents of one process share of their fonts, beyond the parsed font files (font-cache.ts):
//
// - Text layout. PDFKit lays out each word with fontkit once per document (its cache lives on the document's font
//   object); a batch would lay out the same labels and words again in each of 357 sheets. The documents share one
//   cache per fontkit font of laid-out words, of string widths, and of whole lines with their text operators
//   (text-line.ts). A cached run or width depends only on the font, never on the document. The words fontkit
//   shapes are kept between runs too (word-store.ts).
// - The embedded font subset. Every sheet embeds a subset of each face it uses, and building it (fontkit's
//   TrueType subsetting) cost ~2.8 ms a sheet. A subset's bytes depend only on its list of glyphs, so they are
//   remembered per list; and each document starts its subsets with the same glyphs in the same order (the
//   Norwegian and Sami alphabets, digits and the punctuation the sheets print), so nearly every sheet ends up with
//   a list some earlier sheet had. A character outside that set is added after them as usual.
//
// Both rely on PDFKit 0.20's EmbeddedFont (`font`, `scale`, `layoutCached`, `layout`, `widthOfString`, `encode`,
// and `layoutRun`, whose scaling layoutRun() below does on a shaped word) and fontkit's Subset (`glyphs`,
// `encode`); when those are not there, sharing is skipped and PDFKit works as it always does.
import type { FontName } from "./fonts.js";
import { sharedTextCache } from "./shared-text-cache.js";
import { includeGlyphs } from "./text-line.js";
import { type ShapedGlyph, type ShapedWord, type ShapingFont, shapeWord } from "./word-store.js";

interface SubsetInternals {
  readonly glyphs: readonly number[];
  encode(): unknown;
}

interface FontkitFontInternals {
  createSubset(): SubsetInternals;
}

interface EmbeddedFontInternals {
  font?: object;
  scale?: number;
  layoutCached?: (text: string) => unknown;
  layoutRun?: (text: string) => unknown;
  encode?: (text: string) => unknown;
  layout?: (text: string, features: unknown, onlyWidth: boolean) => { advanceWidth: number };
  widthOfString?: (text: string, size: number, features?: unknown) => number;
}

/** The document fonts (PDFKit's EmbeddedFont, one per document and face) already laying out through a cache. */
const sharingFonts = new WeakSet<object>();

/** Makes the document's current font lay out words through the process-wide cache of its fontkit font. */
export function shareLayoutCache(doc: PDFKit.PDFDocument | object): void {
  const font = currentFont(doc);
  if (!font || sharingFonts.has(font) || typeof font.font !== "object" || font.font === null) return;
  const scale = font.scale;
  if (typeof font.layoutRun !== "function" || typeof font.layoutCached !== "function" || typeof scale !== "number") {
    return;
  }
  const fontkitFont = font.font as ShapingFont;
  const cache = sharedTextCache<unknown>("words", fontkitFont);
  font.layoutCached = (text) => {
    let run = cache.get(text);
    if (run === undefined) {
      run = layoutRun(shapeWord(fontkitFont, text), scale);
      cache.set(text, run);
    }
    return run;
  };
  shareWidths(font);
  sharingFonts.add(font);
}

/**
 * Makes the document font measure strings through the process-wide widths of its fontkit font. PDFKit measures
 * every word of wrapped text, and every line again to place it, by laying the string out word by word; a kept
 * width is one lookup. The arithmetic is PDFKit's, so the widths are the same to the last bit.
 */
function shareWidths(font: EmbeddedFontInternals): void {
  const { layout, widthOfString } = font;
  if (typeof layout !== "function" || typeof widthOfString !== "function" || !font.font) return;
  const widths = sharedTextCache<number>("widths", font.font);
  font.widthOfString = function sharedWidthOfString(this: EmbeddedFontInternals, text, size, features) {
    if (features) return widthOfString.call(this, text, size, features);
    let width = widths.get(text);
    if (width === undefined) {
      width = layout.call(this, text, undefined, true).advanceWidth;
      widths.set(text, width);
    }
    return width * (size / 1000);
  };
}

/**
 * What PDFKit's layoutRun() makes of a word fontkit shaped: its positions scaled to PDFKit's units (in place, in
 * PDFKit), each with its glyph's advance width, and the run's width summed over them as fontkit's getter sums it.
 * The word comes from the kept words (word-store.ts) when it was shaped in an earlier run; the width is kept on
 * the run, as PDFKit reads it each time it measures the word.
 */
function layoutRun(word: ShapedWord, scale: number): unknown {
  const positions = word.positions.map((position, i) => ({
    xAdvance: position.xAdvance * scale,
    yAdvance: position.yAdvance * scale,
    xOffset: position.xOffset * scale,
    yOffset: position.yOffset * scale,
    advanceWidth: (word.glyphs[i] as ShapedGlyph).advanceWidth * scale,
  }));
  let advanceWidth = 0;
  for (const position of positions) advanceWidth += position.xAdvance;
  return { glyphs: word.glyphs, positions, advanceWidth };
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzæøå";
/** Lower-case letters of the Sami and Kven name forms the sheets print, and of a few loanwords. */
const EXTRA_LETTERS = "áäčđéïŋöšŧž";
const DIGITS = "0123456789";
const PUNCTUATION = ".,:;-–−+=%/()«»·";
/** Characters and ligatures every subset of a text face starts with, separated so that no other ligature forms. */
const SEED_TEXT = [
  ...LETTERS,
  ...LETTERS.toUpperCase(),
  ...EXTRA_LETTERS,
  ...DIGITS,
  ...PUNCTUATION,
  "\u00a0",
  "ff",
  "fi",
  "fl",
].join(" ");

/** The faces that print varying text (names, numbers); the italic face prints the same few words on every sheet. */
const SEEDED_FACES: ReadonlySet<FontName> = new Set(["regular", "semibold", "bold"]);

/** Starts the subset of the document's current font (face `face`) with the common glyphs, in a fixed order. */
export function seedSubset(doc: PDFKit.PDFDocument, face: FontName): void {
  if (!SEEDED_FACES.has(face)) return;
  if (includeGlyphs(doc, SEED_TEXT)) return;
  const font = currentFont(doc);
  if (typeof font?.encode === "function") font.encode(SEED_TEXT);
}

/** Subsets kept per font; a new list beyond this empties the list. */
const MAX_SUBSETS = 64;

/** Makes every subset of `font` remember its encoded bytes by glyph list, across documents. */
export function shareSubsets(font: object): void {
  const fontkitFont = font as Partial<FontkitFontInternals>;
  const create = fontkitFont.createSubset;
  if (typeof create !== "function") return;
  const encoded = new Map<string, unknown>();
  fontkitFont.createSubset = function createSharedSubset(this: FontkitFontInternals) {
    const subset = create.call(this);
    const encode = subset.encode;
    if (!Array.isArray(subset.glyphs) || typeof encode !== "function") return subset;
    subset.encode = () => {
      const key = subset.glyphs.join(",");
      let bytes = encoded.get(key);
      if (bytes === undefined) {
        bytes = encode.call(subset);
        if (encoded.size >= MAX_SUBSETS) encoded.clear();
        encoded.set(key, bytes);
      }
      return bytes;
    };
    return subset;
  };
}

function currentFont(doc: PDFKit.PDFDocument | object): EmbeddedFontInternals | undefined {
  return (doc as { _font?: EmbeddedFontInternals })._font;
}
