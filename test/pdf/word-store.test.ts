// Words shaped in one run and read back in the next (src/pdf/word-store.ts) must be the runs fontkit gives.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sha256 } from "../../src/batch/files.js";
import { FONT_FILES, type FontName } from "../../src/pdf/fonts.js";
import {
  keepShapedWordsIn,
  registerFace,
  type ShapedWord,
  type ShapingFont,
  saveShapedWords,
  shapedWordsFile,
  shapeWord,
} from "../../src/pdf/word-store.js";

const require = createRequire(import.meta.url);
const fontkit = require("fontkit") as { create(buffer: Buffer): ShapingFont };

/** Kerning pairs, ligatures, Sami and Kven letters, a dash, guillemets. */
const WORDS = ["AVTALE", "Tromsø", "Kárášjohka", "fiskeflåte", "Leietakere", "Deatnu–Tana", "«Yrke»"];

/** A face opened anew (fontkit keeps glyph objects per font object), counting the words fontkit shapes. */
function openFace(face: FontName): { font: ShapingFont; shaped: string[] } {
  const bytes = readFileSync(FONT_FILES[face]);
  const font = fontkit.create(bytes);
  const shaped: string[] = [];
  const layout = font.layout.bind(font);
  font.layout = (text) => {
    shaped.push(text);
    return layout(text);
  };
  registerFace(font, sha256(bytes));
  return { font, shaped };
}

/** What a run says: glyph ids, the code points each stands for, positions and width. */
function summary(run: ShapedWord) {
  return {
    glyphs: run.glyphs.map((glyph) => [glyph.id, [...glyph.codePoints], glyph.advanceWidth]),
    positions: run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => [xAdvance, yAdvance, xOffset, yOffset]),
    advanceWidth: run.advanceWidth,
  };
}

/** The file a run in a new cache folder keeps after shaping `words` in `face`. */
async function keptFile(face: FontName, words: readonly string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "faktaark-words-"));
  keepShapedWordsIn(dir);
  const { font } = openFace(face);
  for (const word of words) shapeWord(font, word);
  await saveShapedWords();
  return shapedWordsFile(font, dir) as string;
}

afterEach(() => keepShapedWordsIn(null));

describe("words kept between runs", () => {
  it("come back as the glyphs and positions fontkit gives, without shaping them again", async () => {
    keepShapedWordsIn(mkdtempSync(join(tmpdir(), "faktaark-words-")));
    for (const face of ["regular", "bold", "italic"] as const) {
      const first = openFace(face);
      for (const word of WORDS) shapeWord(first.font, word);
      expect(first.shaped).toEqual(WORDS);
      await saveShapedWords();

      const next = openFace(face);
      const fresh = fontkit.create(readFileSync(FONT_FILES[face]));
      for (const word of WORDS) expect(summary(shapeWord(next.font, word))).toEqual(summary(fresh.layout(word)));
      expect(next.shaped).toEqual([]);
    }
  });

  it("keep no word whose glyph fontkit made for another character first", async () => {
    // Hyphen-minus and the hyphen U+2010 are one glyph, and fontkit's glyph object keeps the code point it was
    // first asked for: shaped after «a-b», «a‐b» has a glyph that says «-».
    keepShapedWordsIn(mkdtempSync(join(tmpdir(), "faktaark-words-")));
    const first = openFace("italic");
    shapeWord(first.font, "a-b");
    shapeWord(first.font, "a\u2010b");
    await saveShapedWords();

    const next = openFace("italic");
    const fresh = fontkit.create(readFileSync(FONT_FILES.italic));
    expect(summary(shapeWord(next.font, "a\u2010b"))).toEqual(summary(fresh.layout("a\u2010b")));
    expect(next.shaped).toEqual(["a\u2010b"]);
    expect(summary(shapeWord(next.font, "a-b"))).toEqual(summary(fresh.layout("a-b")));
  });

  it("shape anew what a damaged file holds, and read the rest", async () => {
    const file = await keptFile("regular", WORDS);
    const lines = readFileSync(file, "utf8").split("\n");
    const entry = (word: string) => lines.findIndex((line) => line.endsWith(`\t${JSON.stringify(word)}`));
    // A glyph id the font does not have; a code point count past the end; a number missing; a line cut short.
    lines[entry("Tromsø")] = `999999,500,0,0,0,1,84\t"Tromsø"`;
    lines[entry("AVTALE")] = `36,600,0,0,0,9,65\t"AVTALE"`;
    lines[entry("fiskeflåte")] = `36,600,,0,0,1,65\t"fiskeflåte"`;
    lines[entry("Leietakere")] = (lines[entry("Leietakere")] as string).slice(0, -4);
    writeFileSync(file, lines.join("\n"));

    const next = openFace("regular");
    const fresh = fontkit.create(readFileSync(FONT_FILES.regular));
    for (const word of WORDS) expect(summary(shapeWord(next.font, word))).toEqual(summary(fresh.layout(word)));
    expect(next.shaped.sort()).toEqual(["AVTALE", "Leietakere", "Tromsø", "fiskeflåte"]);
  });

  it("write the file whole again when it ends in a cut line, then add to it", async () => {
    const file = await keptFile("semibold", ["Bergen"]);
    writeFileSync(file, `${readFileSync(file, "utf8")}1,2,3`);

    const next = openFace("semibold");
    expect(shapeWord(next.font, "Bergen").glyphs.length).toBe(6);
    shapeWord(next.font, "Stavanger");
    await saveShapedWords();
    shapeWord(next.font, "Kinn");
    await saveShapedWords();
    const words = readFileSync(file, "utf8").trimEnd().split("\n").slice(1);
    expect(words.map((line) => JSON.parse(line.split("\t")[1] as string))).toEqual(["Bergen", "Stavanger", "Kinn"]);
  });

  it("are written again each once when workers have added the same words", async () => {
    const file = await keptFile("bold", WORDS);
    const [key, ...lines] = readFileSync(file, "utf8").trimEnd().split("\n");
    writeFileSync(file, `${[key, ...lines, ...lines].join("\n")}\n`);

    const next = openFace("bold");
    shapeWord(next.font, "Tromsø");
    await saveShapedWords();
    expect(readFileSync(file, "utf8")).toBe(`${[key, ...lines].join("\n")}\n`);
    expect(next.shaped).toEqual([]);
  });

  it("are kept per font file, and a folder that cannot be written costs nothing but the keeping", async () => {
    const dir = mkdtempSync(join(tmpdir(), "faktaark-words-"));
    const regular = openFace("regular");
    const bold = openFace("bold");
    expect(shapedWordsFile(regular.font, dir)).not.toBe(shapedWordsFile(bold.font, dir));

    // A folder inside a file: nothing can be written there, not even by root.
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    keepShapedWordsIn(join(file, "cache"));
    const face = openFace("italic");
    expect(shapeWord(face.font, "Kilde:").glyphs.length).toBe(6);
    await expect(saveShapedWords()).resolves.toBeUndefined();
    expect(readdirSync(dir)).toEqual(["a-file"]);
  });
});
