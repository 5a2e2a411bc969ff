// Opens the sheet's fonts once per process (or worker): parsing a TTF for every document costs ~30 ms a font.
// PDFKit accepts an opened fontkit font in registerFont (PDFKit 0.17's changelog: "Accept already-parsed fontkit
// Font instances"); each document builds its font subsets itself. The chart renderer measures text with the same
// objects.
//
// Laying out a word with fontkit (its GSUB and GPOS lookups) costs ~0.3 ms, and PDFKit's layout cache keeps what
// it laid out for one document only: a batch laid out the same labels and words again in every sheet, ~1.4 s of
// each worker's 6 s over 17 sheets. So the font PDFKit is given is the fontkit font with one difference:
// `layout(text)`, a public method of fontkit's Font, remembers its result per text and returns a new run each time
// (PDFKit scales the run it gets in place). Everything else is fontkit's own. PDFKit's own cache is turned off
// (document.ts): it only kept copies of these runs alive until the document ended.
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { BoundedCache } from "./bounded-cache.js";
import { FONT_FILES, type FontName } from "./fonts.js";

/** A glyph run as fontkit's `layout` gives it: the parts PDFKit and faktaark read. */
export interface GlyphRun {
  readonly glyphs: readonly object[];
  readonly positions: readonly GlyphPosition[];
  readonly advanceWidth: number;
}

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A run as fontkit makes it, with positions of its own: `advanceWidth` is the sum of the x advances. */
class Run implements GlyphRun {
  readonly glyphs: readonly object[];
  readonly positions: GlyphPosition[];

  constructor(glyphs: readonly object[], positions: readonly GlyphPosition[]) {
    this.glyphs = glyphs;
    this.positions = positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
      xAdvance,
      yAdvance,
      xOffset,
      yOffset,
    }));
  }

  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/** The part of a fontkit font faktaark uses (fontkit ships no types). */
export interface OpenFont {
  readonly unitsPerEm: number;
  /** Every code point the font maps to a glyph. */
  readonly characterSet: readonly number[];
  layout(text: string, features?: unknown): GlyphRun;
  glyphForCodePoint(codePoint: number): unknown;
}

/** Unicode's presentation forms (ligatures such as U+FB00 «ﬀ») and all after them. */
const PRESENTATION_FORMS = 0xfb00;

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
 * Opens a font with fontkit's ES module: the copy PDFKit loads too, so a worker holds one fontkit, not two.
 *
 * fontkit makes one glyph object per glyph and font, with the characters of the text that first asked for it, and
 * PDFKit's ToUnicode map (what a reader copies, searches and reads aloud) takes a glyph's characters from that
 * object. Subsetting asks for the parts of a composite glyph with no characters: once «Å» was embedded, «A» came
 * out of every later document of the process as nothing (8 of 357 sheets lost the «A» of their title). Asking for
 * every character's glyph at once, in code-point order, gives each glyph its character before anything else asks,
 * whatever the documents drew before: a glyph that several characters share (space and no-break space) stands for
 * the first of them in every document. Ligatures are left out (U+FB00 on): laid out, «ff» stands for «ff», not for
 * the one character U+FB00 that a reader would copy. test/pdf/font-cache.test.ts fails when a glyph comes out
 * without its characters.
 */
function open(file: string): OpenFont {
  const font = fontkit.create(readFileSync(file)) as unknown as OpenFont;
  const characters = font.characterSet.filter((codePoint) => codePoint < PRESENTATION_FORMS);
  for (const codePoint of characters.sort((a, b) => a - b)) font.glyphForCodePoint(codePoint);
  return rememberLayouts(font);
}

/** The font, its `layout(text)` remembered (see the top of this file); a layout with features is not kept. */
function rememberLayouts(font: OpenFont): OpenFont {
  const runs = new BoundedCache<Run>();
  const layout = (text: string, features?: unknown): GlyphRun => {
    if (features !== undefined) return font.layout(text, features);
    const kept = runs.get(text, () => {
      const run = font.layout(text);
      return new Run(run.glyphs, run.positions);
    });
    return new Run(kept.glyphs, kept.positions);
  };
  return new Proxy(font, {
    get(target, property) {
      if (property === "layout") return layout;
      // fontkit's getters and methods run on the font itself.
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Registers the sheet's four faces on a new document under their names ("regular", "bold", ...). */
export function registerSheetFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, font] of Object.entries(loadFonts()) as [FontName, OpenFont][]) {
    // @types/pdfkit lists paths and buffers only; PDFKit's own code takes a font with a `layout` function.
    doc.registerFont(name, font as unknown as string);
  }
}
