// What the documents of one process share of their fonts, beyond the parsed font files (font-cache.ts):
//
// - Text layout. PDFKit lays out each word with fontkit once per document (its cache lives on the document's font
//   object); a batch would lay out the same labels and words again in each of 357 sheets. The documents share one
//   cache per fontkit font. A cached run depends only on the font, never on the document.
// - The embedded font subset. Every sheet embeds a subset of each face it uses, and building it (fontkit's
//   TrueType subsetting) cost ~2.8 ms a sheet. A subset's bytes depend only on its list of glyphs, so they are
//   remembered per list; and each document starts its subsets with the same glyphs in the same order (the
//   Norwegian and Sami alphabets, digits and the punctuation the sheets print), so nearly every sheet ends up with
//   a list some earlier sheet had. A character outside that set is added after them as usual.
//
// Both rely on PDFKit 0.20's EmbeddedFont (`font`, `layoutCached`, `layoutRun`, `encode`) and fontkit's Subset
// (`glyphs`, `encode`); when those are not there, sharing is skipped and PDFKit works as it always does.
import type { FontName } from "./fonts.js";

interface SubsetInternals {
  readonly glyphs: readonly number[];
  encode(): unknown;
}

interface FontkitFontInternals {
  createSubset(): SubsetInternals;
}

interface EmbeddedFontInternals {
  font?: object;
  layoutCached?: (text: string) => unknown;
  layoutRun?: (text: string) => unknown;
  encode?: (text: string) => unknown;
}

/** A document font that can lay out a word itself (PDFKit's EmbeddedFont). */
type LayingOutFont = EmbeddedFontInternals & { layoutRun(text: string): unknown };

/**
 * Laid-out words of one fontkit font, shared by all documents. Words that occur in one sheet only (figures, names)
 * must not pile up for a whole batch (measured: ~15 MB a worker over 357 sheets, which every major garbage
 * collection then walks), while the words every sheet prints should stay. So the cache has two generations: a
 * word is looked up in the current one, then in the one before, from which it moves up; every so many documents
 * the current generation becomes the one before and the oldest is dropped with the words nobody asked for since.
 */
class LayoutCache {
  #current = new Map<string, unknown>();
  #previous = new Map<string, unknown>();

  lookup(font: LayingOutFont, text: string): unknown {
    let run = this.#current.get(text);
    if (run === undefined) {
      run = this.#previous.get(text) ?? font.layoutRun(text);
      this.#current.set(text, run);
    }
    return run;
  }

  startGeneration(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }
}

const layoutCaches = new Map<object, LayoutCache>();
/** The document fonts (PDFKit's EmbeddedFont, one per document and face) already laying out through a cache. */
const sharingFonts = new WeakSet<object>();

/** Documents between two generations of the layout caches. */
const DOCUMENTS_PER_LAYOUT_GENERATION = 50;
let documentsInGeneration = 0;

/** A new document starts: every so many documents, the layout caches start a new generation. */
export function startDocumentLayouts(): void {
  if (++documentsInGeneration > DOCUMENTS_PER_LAYOUT_GENERATION) {
    documentsInGeneration = 1;
    for (const cache of layoutCaches.values()) cache.startGeneration();
  }
}

/** Makes the document's current font lay out words through the process-wide cache of its fontkit font. */
export function shareLayoutCache(doc: PDFKit.PDFDocument | object): void {
  const font = currentFont(doc);
  if (!font || sharingFonts.has(font) || typeof font.font !== "object" || font.font === null) return;
  if (typeof font.layoutRun !== "function" || typeof font.layoutCached !== "function") return;
  const cache = layoutCaches.get(font.font) ?? new LayoutCache();
  layoutCaches.set(font.font, cache);
  font.layoutCached = (text) => cache.lookup(font as LayingOutFont, text);
  sharingFonts.add(font);
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
