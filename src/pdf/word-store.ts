// Words shaped by fontkit, kept between runs in the cache directory (cache-dir.ts).
//
// A process starts with no shaped words, and shaping one (fontkit's GSUB and GPOS lookups) costs ~0.3 ms: a cold
// `build 5001` shaped ~800 words for its text and its charts' labels, ~0.22 of its ~1.5 s, and every render worker
// of a batch did the same again. A word's run (its glyphs, their positions and the code points each glyph stands
// for) depends only on the font file and fontkit, so each face keeps its runs in a file named by a hash of those.
// A kept run gives the same glyphs and positions fontkit gives (test/pdf/word-store.test.ts compares them, and
// test/cli/build-same-bytes.test.ts sheets made with and without kept runs); a word is kept only when its glyphs
// stand for its own characters (see decodeRun). The file is an optimisation only: one that cannot be
// read, or an entry that is not whole, only means the word is shaped anew.
//
// The file: the key on its first line, then one word per line, its run, a tab and the word as a JSON string. The
// run is a comma-separated list of numbers, for each glyph: its id, its x and y advance, its x and y offset (in
// fontkit's units), the number of its code points and the code points. Only the runs of words asked for are
// decoded (the sample's sheets have ~2 900 words that need shaping). A
// thread adds what it shaped after each sheet (saveShapedWords): it appends to a whole file, and makes a missing
// or damaged one anew (or appends after all, when another worker made it in the meantime). A run cut short loses
// at most its last line, which is skipped when read; two workers may both add a word, and reading keeps one
// (a file with many such repeats is written again, each word once).
import { readFileSync } from "node:fs";
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { sha256, writeFileAtomic } from "../batch/files.js";
import { installedVersion } from "../installed-version.js";

/** Changes when the file's layout or what a run holds changes: older files are then never read. */
const FORMAT = "faktaark shaped words 1";

/** Words a face's file takes; the sheets of the whole sample use ~2 900 in all four faces. */
const MAX_WORDS = 20_000;

/** The cache directory the faces of this thread keep their words in (null: none). */
let directory: string | null = null;
/** The faces opened in this thread (four, for the whole of its life). */
const faces = new Map<object, FaceWords>();

/** A glyph as fontkit's layout returns it (the parts faktaark and PDFKit read). */
export interface ShapedGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/** fontkit's GlyphPosition, in font units. */
export interface GlyphPosition {
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
}

/** A shaped word: fontkit's GlyphRun, or its copy from a kept run. */
export interface ShapedWord {
  readonly glyphs: readonly ShapedGlyph[];
  readonly positions: readonly GlyphPosition[];
  /** The sum of the x advances, as fontkit's GlyphRun computes it. */
  readonly advanceWidth: number;
}

/** The part of a fontkit font the store uses. */
export interface ShapingFont {
  readonly numGlyphs: number;
  layout(text: string): ShapedWord;
  getGlyph(id: number, codePoints?: number[]): ShapedGlyph | null;
  glyphForCodePoint(codePoint: number): ShapedGlyph;
}

/**
 * Characters the sheet's faces lay out one by one: between any two or three of them the fonts have no ligature,
 * kerning or contextual form, so a string of them is its characters' own glyphs and advances
 * (test/pdf/font-sharing.test.ts checks every pair and triple in every face). Most words a sheet lays out for the
 * first time are its numbers ("2 604", "14,6 %"), and fontkit's shaping took ~80 µs and ~25 kB of garbage each;
 * they are put together here instead, and not kept.
 */
export const PLAIN_CHARACTERS = "0123456789 \u00a0\u202f,.%+-\u2212\u2013()/:";
const PLAIN_TEXT = new RegExp(`^[${PLAIN_CHARACTERS.replace(/[-\\\]^]/g, "\\$&")}]+$`);

/** Plain text as fontkit shapes it: each character's own glyph, advanced by its width (fontkit's GlyphPosition). */
function plainRun(font: ShapingFont, text: string): ShapedWord {
  const glyphs: ShapedGlyph[] = [];
  const positions: GlyphPosition[] = [];
  let advanceWidth = 0;
  for (let i = 0; i < text.length; i++) {
    const glyph = font.glyphForCodePoint(text.charCodeAt(i));
    glyphs.push(glyph);
    positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    advanceWidth += glyph.advanceWidth;
  }
  return { glyphs, positions, advanceWidth };
}

/** What a thread's next save does with the face's file. */
type FileState =
  /** The file holds this face's key and ends with a whole line: add the new words to its end. */
  | "append"
  /** The file was missing, another key's or cut short: make it with every word known here. */
  | "make"
  /** The file repeats many words (workers that shaped the same ones): write it again, each word once. */
  | "compact";

/** One face's kept words. */
class FaceWords {
  readonly #font: ShapingFont;
  readonly #key: string;
  /** The file, chosen when the first word is asked for (null: words are not kept). */
  #file: string | null = null;
  /** The words known here, each with its run as written in the file; null until the first word is asked for. */
  #kept: Map<string, string> | null = null;
  /** Words shaped here and not yet in the file. */
  #shaped = new Map<string, string>();
  #state: FileState = "make";

  constructor(font: ShapingFont, fontFileSha: string) {
    this.#font = font;
    this.#key = sha256(`${FORMAT}\nfontkit ${installedVersion("fontkit")}\n${fontFileSha}`);
  }

  /** The file the face's words are kept in, in `dir`. */
  fileIn(dir: string): string {
    return join(dir, `shaped-words-${this.#key.slice(0, 16)}.tsv`);
  }

  shape(text: string): ShapedWord {
    if (PLAIN_TEXT.test(text)) return plainRun(this.#font, text);
    this.#kept ??= this.#read();
    const encoded = this.#kept.get(text);
    const kept = encoded === undefined ? null : decodeRun(encoded, text, this.#font);
    if (kept !== null) return kept;
    const run = this.#font.layout(text);
    if (this.#file !== null && this.#kept.size + this.#shaped.size < MAX_WORDS) {
      const shaped = encodeRun(run, text);
      if (shaped !== null) this.#shaped.set(text, shaped);
    }
    return run;
  }

  /** Adds the words shaped since the last save to the file. */
  async save(): Promise<void> {
    const file = this.#file;
    if (file === null || this.#kept === null || (this.#shaped.size === 0 && this.#state !== "compact")) return;
    const shaped = this.#shaped;
    this.#shaped = new Map();
    for (const [word, run] of shaped) this.#kept.set(word, run);
    try {
      if (this.#state === "append") await appendFile(file, linesOf(shaped));
      else if (this.#state === "compact") await writeFileAtomic(file, this.#whole());
      else await makeFile(file, this.#whole(), this.#key, linesOf(shaped));
      this.#state = "append";
    } catch {
      // A read-only or full disk only costs the next run the shaping. An append may have stopped inside a line:
      // the next save makes the file anew rather than add to that line.
      this.#state = "make";
    }
  }

  /** The file with every word known here. */
  #whole(): string {
    return `${this.#key}\n${linesOf(this.#kept ?? new Map())}`;
  }

  #read(): Map<string, string> {
    const words = new Map<string, string>();
    if (directory === null) return words;
    this.#file = this.fileIn(directory);
    let text: string;
    try {
      text = readFileSync(this.#file, "utf8");
    } catch {
      return words;
    }
    const lines = text.split("\n");
    if (lines[0] !== this.#key) return words;
    for (const line of lines.slice(1, MAX_WORDS + 1)) {
      const tab = line.indexOf("\t");
      const word = tab < 0 ? undefined : parseWord(line.slice(tab + 1));
      if (word !== undefined) words.set(word, line.slice(0, tab));
    }
    const repeated = lines.length - 2 - words.size;
    this.#state = !text.endsWith("\n") ? "make" : repeated > words.size / 4 ? "compact" : "append";
    return words;
  }
}

/**
 * Makes `file` (`whole`), unless another worker made it since this one found it missing or damaged: then adds
 * `lines` to that one, or writes it anew when it is damaged too.
 */
async function makeFile(file: string, whole: string, key: string, lines: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, whole, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const made = await readFile(file, "utf8").catch(() => "");
    if (made.startsWith(`${key}\n`) && made.endsWith("\n")) await appendFile(file, lines);
    else await writeFileAtomic(file, whole);
  }
}

function linesOf(words: ReadonlyMap<string, string>): string {
  return [...words].map(([word, run]) => `${run}\t${JSON.stringify(word)}\n`).join("");
}

/** The word of a line (JSON), or undefined when the line was cut short by a run that was stopped. */
function parseWord(json: string): string | undefined {
  try {
    const word: unknown = JSON.parse(json);
    return typeof word === "string" ? word : undefined;
  } catch {
    return undefined;
  }
}

/** The run as the file keeps it; null when its glyphs do not stand for the word's own characters. */
function encodeRun(run: ShapedWord, text: string): string | null {
  const codePoints = run.glyphs.flatMap((glyph) => glyph.codePoints);
  if (!sameCodePoints(codePoints, text)) return null;
  const encoded: number[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i] as GlyphPosition;
    encoded.push(glyph.id, position.xAdvance, position.yAdvance, position.xOffset, position.yOffset);
    encoded.push(glyph.codePoints.length, ...glyph.codePoints);
  });
  return encoded.join(",");
}

/**
 * The run `encoded` keeps for `text`, with the font's own glyph objects; null when it is not a whole run of the
 * word's characters. fontkit makes one glyph object per glyph id, with the code points of the first word that
 * asked for it, and shapes a later word (a no-break space after a space) with that object as it is: a kept run
 * asks for each glyph with the word's own characters, as fontkit's shaping of the word would, so it gets the same
 * object. (A word whose glyphs stood for other characters when it was shaped is not kept.)
 */
function decodeRun(encoded: string, text: string, font: ShapingFont): ShapedWord | null {
  const parts = encoded.split(",");
  const values = parts.map(Number);
  if (parts.some((part, i) => part === "" || !Number.isFinite(values[i]))) return null;
  const kept: { id: number; position: GlyphPosition; codePoints: number[] }[] = [];
  let i = 0;
  while (i < values.length) {
    const [id, xAdvance, yAdvance, xOffset, yOffset, count] = values.slice(i, i + 6) as number[];
    if (count === undefined || !isIndex(id, font.numGlyphs) || !isIndex(count, values.length - i - 5)) return null;
    const position = { xAdvance, yAdvance, xOffset, yOffset } as GlyphPosition;
    kept.push({ id: id as number, position, codePoints: values.slice(i + 6, i + 6 + count) });
    i += 6 + count;
  }
  const codePoints = kept.flatMap((glyph) => glyph.codePoints);
  if (!sameCodePoints(codePoints, text)) return null;
  const glyphs: ShapedGlyph[] = [];
  let advanceWidth = 0;
  for (const { id, position, codePoints } of kept) {
    const glyph = font.getGlyph(id, codePoints);
    if (glyph === null) return null;
    glyphs.push(glyph);
    advanceWidth += position.xAdvance;
  }
  return { glyphs, positions: kept.map((glyph) => glyph.position), advanceWidth };
}

function sameCodePoints(codePoints: readonly number[], text: string): boolean {
  let i = 0;
  for (const character of text) {
    if (codePoints[i++] !== character.codePointAt(0)) return false;
  }
  return i === codePoints.length;
}

function isIndex(value: number | undefined, limit: number): boolean {
  return value !== undefined && Number.isInteger(value) && value >= 0 && value < limit;
}

/** Keeps shaped words in `dir` (render-job.ts sets it before the first sheet; a face reads its file then). */
export function keepShapedWordsIn(dir: string | null): void {
  directory = dir;
}

/** Makes `font` (opened from a file with the hash `fileSha`) shape through the kept words. */
export function registerFace(font: ShapingFont, fileSha: string): void {
  faces.set(font, new FaceWords(font, fileSha));
}

/** fontkit's run of `text` in `font`, from the kept words when the font's face has it there. */
export function shapeWord(font: ShapingFont, text: string): ShapedWord {
  return faces.get(font)?.shape(text) ?? font.layout(text);
}

/** Adds the words this thread shaped since the last call to the faces' files. */
export async function saveShapedWords(): Promise<void> {
  await Promise.all([...faces.values()].map((face) => face.save()));
}

/** The file `font`'s face keeps its words in, in `dir`. */
export function shapedWordsFile(font: ShapingFont, dir: string): string | null {
  return faces.get(font)?.fileIn(dir) ?? null;
}
