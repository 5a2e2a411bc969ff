// One line of text, written into the page exactly as PDFKit's `doc.text(text, x, y, { lineBreak: false })` writes
// it, without the machinery PDFKit runs for every call: option merging, line splitting, measuring the string
// twice, laying out and hex-encoding every glyph anew, and a transform matrix kept for save/restore. A sheet writes
// some 420 lines of text (axis labels, table cells, paragraphs line by line), many of them the same in every sheet,
// and text() was the largest part of PDFKit's time per sheet. Here a line's glyphs and its `TJ` operator are kept
// per font and string, across documents once a second document draws the line (shared-text-cache.ts); a document
// only registers the glyphs with its font subset.
//
// The `TJ` operator names glyphs by their index in the document's subset. Subsets start with the same glyphs in
// the same order in every document (font-sharing.ts), so a kept operator is reused when the line's glyphs have
// the same indices in this document as when it was made, and made anew otherwise.
//
// Relies on PDFKit 0.20's EmbeddedFont (`id`, `font`, `scale`, `ascender`, `subset`, `widths`, `unicode`,
// `layout`, `ref`) and document (`_font`, `_fontSize`, `_textOptions`, `_wrapper`, `page`); a line the fast path
// cannot write the same way (several lines, glyphs moved off the baseline, another PDFKit) goes to `doc.text`.
import { type SharedTextCache, sharedTextCache } from "./shared-text-cache.js";

interface Glyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

interface GlyphPosition {
  readonly xAdvance: number;
  readonly advanceWidth: number;
  readonly xOffset: number;
  readonly yOffset: number;
}

interface DocumentFont {
  readonly id: string;
  readonly font: object;
  readonly scale: number;
  readonly ascender: number;
  readonly subset: { includeGlyph(glyphId: number): number };
  readonly widths: (number | undefined)[];
  readonly unicode: (readonly number[] | undefined)[];
  layout(text: string): { glyphs: readonly Glyph[]; positions: readonly GlyphPosition[]; advanceWidth: number };
  ref(): unknown;
}

interface TextDocument {
  readonly _font?: Partial<DocumentFont>;
  readonly _fontSize: number;
  readonly _textOptions?: unknown;
  readonly _wrapper?: unknown;
  readonly page: { readonly height: number; readonly fonts: Record<string, unknown> };
  x: number;
  y: number;
}

/** The document calls this module makes. */
export type LineTarget = Pick<PDFKit.PDFDocument, "text" | "addContent" | "widthOfString">;

/** A laid-out line of one font: its glyphs, its width in font units, and its `TJ` operator for `indices`. */
interface Line {
  readonly glyphs: readonly Glyph[];
  readonly advanceWidth: number;
  /** Kerning after each glyph, in font units (PDFKit's xAdvance − advanceWidth). */
  readonly kerning: readonly number[];
  indices: number[];
  operator: string;
}

/** Where the text's baseline lies relative to y: PDFKit's default (the font's ascender below y) or at y. */
export type Baseline = "top" | "alphabetic";

/** Draws `text` on one line at (x, y) in the current font and size, as `doc.text(text, x, y, { lineBreak: false,
 * baseline })` does, and moves `doc.x`/`doc.y` as it does. */
export function drawTextLine(doc: LineTarget, text: string, x: number, y: number, baseline: Baseline): void {
  const target = doc as unknown as TextDocument;
  const font = target._textOptions || target._wrapper ? undefined : documentFont(target);
  const line = font && !text.includes("\n") ? lineOf(font, text) : undefined;
  if (!font || !line) {
    doc.text(text, x, y, baseline === "top" ? { lineBreak: false } : { lineBreak: false, baseline });
    return;
  }
  const size = target._fontSize;
  if (text.length > 0) writeLine(doc, target, font, line, x, y, baselineOffset(font, size, baseline) as number);
  target.x = x + widthAt(line, size);
  target.y = y;
}

/**
 * Adds the glyphs of `text` to the subset of the document's current font, in order, as PDFKit's encode() would,
 * without drawing them. False when the font is not one this module can work with.
 */
export function includeGlyphs(doc: LineTarget, text: string): boolean {
  const font = documentFont(doc as unknown as TextDocument);
  const line = font ? lineOf(font, text) : undefined;
  if (!font || !line) return false;
  operatorFor(font, line);
  return true;
}

/** Width of `text` on one line in the current font and size, as `doc.widthOfString(text)` gives it. */
export function textLineWidth(doc: LineTarget, text: string): number {
  const target = doc as unknown as TextDocument;
  const font = documentFont(target);
  const line = font ? lineOf(font, text) : undefined;
  return line ? widthAt(line, target._fontSize) : doc.widthOfString(text);
}

/** The options of PDFKit's `_fragment` this module reads; any other drawing option goes to PDFKit. */
interface FragmentOptions {
  readonly width?: number;
  readonly align?: string;
  readonly baseline?: string | number;
  readonly lineWidth?: number;
  readonly textWidth?: number;
  readonly horizontalScaling?: number;
  readonly [option: string]: unknown;
}

type Fragment = (this: PDFKit.PDFDocument, text: string, x: number, y: number, options: FragmentOptions) => unknown;

/** Options that change how PDFKit writes a line (spacing, decoration, links, outlines, OpenType features). */
const DRAWING_OPTIONS = [
  "wordSpacing",
  "characterSpacing",
  "link",
  "goTo",
  "destination",
  "underline",
  "strike",
  "oblique",
  "stroke",
  "features",
] as const;

/**
 * Makes the document write each line of its text (PDFKit's `_fragment`, which text() calls once per line, wrapped
 * or not) through the kept lines, when the line asks for no more than an alignment and a baseline.
 */
export function writeLinesFast(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as { _fragment?: Fragment };
  const fragment = target._fragment;
  if (typeof fragment !== "function") return;
  target._fragment = function fastFragment(this: PDFKit.PDFDocument, text, x, y, options) {
    const document = this as unknown as TextDocument;
    const font = documentFont(document);
    const oneLine = `${text}`.replace(/\n/g, "");
    const dy = font && isPlain(options) ? baselineOffset(font, document._fontSize, options.baseline) : undefined;
    const line = font && dy !== undefined ? lineOf(font, oneLine) : undefined;
    if (!font || dy === undefined || !line) return fragment.call(this, text, x, y, options);
    if (oneLine.length === 0) return;
    let left = x;
    if (options.width) {
      if (options.align === "right") {
        left +=
          (options.lineWidth ?? 0) -
          this.widthOfString(oneLine.replace(/\s+$/, ""), options as PDFKit.Mixins.TextOptions);
      } else if (options.align === "center") {
        left += (options.lineWidth ?? 0) / 2 - (options.textWidth ?? 0) / 2;
      }
    }
    writeLine(this, document, font, line, left, y, dy);
  };
}

function isPlain(options: FragmentOptions): boolean {
  if (options.align === "justify") return false;
  if (options.horizontalScaling && options.horizontalScaling !== 100) return false;
  return DRAWING_OPTIONS.every(
    (option) => options[option] == null || options[option] === false || options[option] === 0,
  );
}

/** PDFKit's baseline offset for the baselines the sheets use; undefined for the others (PDFKit draws those). */
function baselineOffset(font: DocumentFont, size: number, baseline: FragmentOptions["baseline"]): number | undefined {
  if (typeof baseline === "number") return -baseline;
  if (baseline === "alphabetic") return 0;
  if (baseline === undefined || baseline === "top") return (font.ascender / 1000) * size;
  return undefined;
}

/** Writes the line's operators as PDFKit's `_fragment` writes them, at (x, y) with the baseline `dy` below y. */
function writeLine(
  doc: LineTarget,
  target: TextDocument,
  font: DocumentFont,
  line: Line,
  x: number,
  y: number,
  dy: number,
): void {
  const height = target.page.height;
  if (target.page.fonts[font.id] == null) target.page.fonts[font.id] = font.ref();
  doc.addContent(
    `q\n1 0 0 -1 0 ${pdfNumber(height)} cm\nBT\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(height - y - dy)} Tm\n` +
      `/${font.id} ${pdfNumber(target._fontSize)} Tf\n${operatorFor(font, line)}\nET\nQ`,
  );
}

/** PDFKit's width of a string: its font's width at the size, plus no character spacing, at 100 % scaling. */
function widthAt(line: Line, size: number): number {
  return ((line.advanceWidth * (size / 1000) + 0) * 100) / 100;
}

/** The document's current font, when it is a PDFKit EmbeddedFont with the parts this module uses. */
function documentFont(doc: TextDocument): DocumentFont | undefined {
  const font = doc._font;
  if (!font || typeof font.layout !== "function" || typeof font.ref !== "function") return;
  if (typeof font.id !== "string" || !font.subset || !font.widths || !font.unicode) return;
  if (typeof font.font !== "object" || font.font === null) return;
  return font as DocumentFont;
}

/**
 * Lines of one fontkit font: those of the document drawing now and of the one before, and those kept for all
 * documents. Most lines a sheet draws are its own (figures, names) and would only fill the shared cache (measured:
 * +11 MB live per thread after 100 sheets); a line is kept for all once a second document draws it.
 */
interface FontLines {
  /** The lines kept for all documents (shared-text-cache.ts). */
  readonly shared: SharedTextCache<Line | null>;
  /** The document font (one per document and face) whose lines `current` holds. */
  owner: object | null;
  current: Map<string, Line | null>;
  previous: Map<string, Line | null>;
}

const linesByFont = new WeakMap<object, FontLines>();

/** The line for `text` in `font`, kept or laid out now; undefined when PDFKit must draw it. */
function lineOf(font: DocumentFont, text: string): Line | undefined {
  let lines = linesByFont.get(font.font);
  if (!lines) {
    lines = { shared: sharedTextCache("lines", font.font), owner: null, current: new Map(), previous: new Map() };
    linesByFont.set(font.font, lines);
  }
  const { shared } = lines;
  let line = shared.get(text);
  if (line !== undefined) return line ?? undefined;
  if (lines.owner !== font) {
    lines.owner = font;
    lines.previous = lines.current;
    lines.current = new Map();
  }
  line = lines.current.get(text);
  if (line === undefined) {
    line = lines.previous.get(text);
    if (line !== undefined) shared.set(text, line);
    else line = layOut(font, text);
    lines.current.set(text, line);
  }
  return line ?? undefined;
}

function layOut(font: DocumentFont, text: string): Line | null {
  const { glyphs, positions, advanceWidth } = font.layout(text);
  const kerning: number[] = [];
  for (const position of positions) {
    // PDFKit moves the text matrix for such a glyph (mark positioning); PDFKit draws those lines itself.
    if (position.xOffset || position.yOffset) return null;
    kerning.push(position.xAdvance - position.advanceWidth);
  }
  return { glyphs, advanceWidth, kerning, indices: [], operator: "" };
}

/** Registers the line's glyphs with the document's subset and returns its `TJ` operator for their indices. */
function operatorFor(font: DocumentFont, line: Line): string {
  const { glyphs } = line;
  let same = line.indices.length === glyphs.length;
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i] as Glyph;
    const index = font.subset.includeGlyph(glyph.id);
    if (font.widths[index] == null) font.widths[index] = glyph.advanceWidth * font.scale;
    if (font.unicode[index] == null) font.unicode[index] = glyph.codePoints;
    if (line.indices[i] !== index) {
      if (same) line.indices = line.indices.slice(0, glyphs.length);
      same = false;
      line.indices[i] = index;
    }
  }
  if (!same || line.operator === "") line.operator = textOperator(line);
  return line.operator;
}

/** PDFKit's `TJ` for a line: runs of 4-digit hex glyph indices, each followed by the kerning after its last glyph. */
function textOperator(line: Line): string {
  const segments: string[] = [];
  let hex = "";
  const count = line.indices.length;
  for (let i = 0; i < count; i++) {
    hex += `0000${(line.indices[i] as number).toString(16)}`.slice(-4);
    const kerning = line.kerning[i] as number;
    if (kerning !== 0 || i === count - 1) {
      segments.push(`<${hex}> ${pdfNumber(-kerning)}`);
      hex = "";
    }
  }
  return `[${segments.join(" ")}] TJ`;
}

/** A number as PDFKit writes it into content: rounded to 6 decimals. */
function pdfNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
