// Documents of one process share their fonts' layout and subsets (src/pdf/font-sharing.ts): each PDF must still
// carry exactly the text it drew, whether its characters are among the seeded ones or not.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { registerSheetFonts } from "../../src/pdf/font-cache.js";
import { FONT_FILES, type FontName } from "../../src/pdf/fonts.js";
import { PLAIN_CHARACTERS } from "../../src/pdf/word-store.js";
import { finishDoc } from "../charts/pdfText.js";

async function drawPdf(lines: readonly [FontName, string][]): Promise<string> {
  const doc = new PDFDocument({ size: "A4", margin: 40, info: { CreationDate: new Date(0) }, font: null as never });
  registerSheetFonts(doc);
  for (const [face, text] of lines) doc.font(face).fontSize(12).text(text);
  return finishDoc(doc);
}

const textOf = (file: string) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).trim();

const require = createRequire(import.meta.url);
interface Run {
  readonly glyphs: readonly { readonly id: number }[];
  readonly positions: readonly Record<string, number>[];
  readonly advanceWidth: number;
}
interface FontkitFont {
  readonly numGlyphs: number;
  layout(text: string): Run;
  glyphForCodePoint(codePoint: number): { readonly id: number; readonly advanceWidth: number };
}
const fontkit = require("fontkit") as { create(buffer: Buffer): FontkitFont; openSync(file: string): FontkitFont };

/** The embedded font programs by face name (without the subset tag), read back with qpdf. */
function embeddedFonts(file: string): Map<string, Buffer> {
  const json = execFileSync(
    "qpdf",
    ["--json", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", file],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  type Entry = { value?: Record<string, unknown>; stream?: { data: string } };
  const objects = (JSON.parse(json) as { qpdf: [unknown, Record<string, Entry>] }).qpdf[1];
  const fonts = new Map<string, Buffer>();
  for (const entry of Object.values(objects)) {
    const value = entry.value;
    if (value?.["/Type"] !== "/FontDescriptor") continue;
    const program = objects[`obj:${String(value["/FontFile2"])}`]?.stream?.data ?? "";
    fonts.set(String(value["/FontName"]).replace(/^\/[A-Z]{6}\+/, ""), Buffer.from(program, "base64"));
  }
  return fonts;
}

describe("fonts shared between documents", () => {
  it("keeps each document's own text, inside and outside the seeded characters", async () => {
    const first = await drawPdf([
      ["regular", "Porsgrunn 38 422"],
      ["bold", "Kárášjohka – Karasjok"],
    ]);
    // Same glyph lists as the first (all seeded): the subsets' bytes come from the cache.
    const second = await drawPdf([
      ["regular", "Skien 57 049"],
      ["bold", "Porsáŋgu – Porsanki"],
    ]);
    // Characters outside the seed extend the subset after the seeded glyphs.
    const third = await drawPdf([
      ["regular", "ČÁHCESUOLU Ŋ Ŧ Ž {}"],
      ["semibold", "Snåase – Snåsa"],
    ]);
    expect(textOf(first).split("\n").filter(Boolean)).toEqual(["Porsgrunn 38 422", "Kárášjohka – Karasjok"]);
    expect(textOf(second).split("\n").filter(Boolean)).toEqual(["Skien 57 049", "Porsáŋgu – Porsanki"]);
    expect(textOf(third).split("\n").filter(Boolean)).toEqual(["ČÁHCESUOLU Ŋ Ŧ Ž {}", "Snåase – Snåsa"]);
    // The first two used only seeded glyphs: one subset, the same bytes. The third's holds its extra glyphs.
    const [a, b, c] = [first, second, third].map(embeddedFonts);
    const regular = "SourceSans3-Regular";
    expect(a?.get(regular)?.equals(b?.get(regular) ?? Buffer.alloc(0))).toBe(true);
    const seeded = fontkit.create(a?.get(regular) ?? Buffer.alloc(0)).numGlyphs;
    expect(fontkit.create(c?.get(regular) ?? Buffer.alloc(0)).numGlyphs).toBeGreaterThan(seeded);
    for (const file of [first, second, third]) {
      expect(() => execFileSync("qpdf", ["--check", file], { stdio: "pipe" })).not.toThrow();
      const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
      expect(fonts).not.toMatch(/ no /);
    }
  });

  it("lays out the same words right across generations of the shared layout cache", async () => {
    // 120 documents: the cache starts a new generation every 50, keeping the words still in use.
    let last = "";
    for (let sheet = 1; sheet <= 120; sheet += 1) {
      const doc = new PDFDocument({ size: "A4", margin: 40, info: { CreationDate: new Date(0) }, font: null as never });
      registerSheetFonts(doc);
      doc
        .font("regular")
        .fontSize(12)
        .text(`Folketall ${sheet * 7} i kommunen`);
      doc.font("bold").text("Folketall");
      if (sheet === 120) last = await finishDoc(doc);
      else doc.end();
    }
    expect(textOf(last).split("\n").filter(Boolean)).toEqual(["Folketall 840 i kommunen", "Folketall"]);
  });
});

describe("plain text: numbers laid out without fontkit's shaping", () => {
  const faces = Object.entries(FONT_FILES) as [FontName, string][];

  it("rests on fonts that shape no pair or triple of the plain characters", () => {
    const characters = [...PLAIN_CHARACTERS];
    for (const [face, file] of faces) {
      const font = fontkit.openSync(file);
      const own = new Map(characters.map((c) => [c, font.glyphForCodePoint(c.charCodeAt(0))]));
      const shapedAlike = (text: string) => {
        const run = font.layout(text);
        return (
          run.glyphs.length === text.length &&
          [...text].every((c, i) => {
            const glyph = own.get(c);
            const { xAdvance, yAdvance, xOffset, yOffset } = run.positions[i] ?? {};
            return (
              run.glyphs[i]?.id === glyph?.id && xAdvance === glyph?.advanceWidth && !yAdvance && !xOffset && !yOffset
            );
          })
        );
      };
      const failing: string[] = [];
      for (const a of characters)
        for (const b of characters) {
          if (!shapedAlike(a + b)) failing.push(a + b);
          for (const c of characters) if (!shapedAlike(a + b + c)) failing.push(a + b + c);
        }
      expect({ face, failing }).toEqual({ face, failing: [] });
    }
  });

  it("gives a document the very runs fontkit and PDFKit would", () => {
    const texts = ["2\u00a0604", "14,6\u00a0%", "+4,0\u00a0% ", "\u22122,1", "(3/4):", "0,39", "1990\u20132025", " "];
    for (const [face, file] of faces) {
      const shared = new PDFDocument({ font: null as never });
      registerSheetFonts(shared);
      const own = new PDFDocument({ font: null as never });
      own.registerFont(face, fontkit.openSync(file) as never).font(face);
      type LayingOut = { layoutCached(text: string): Run; layoutRun(text: string): Run };
      const sharedFont = (shared.font(face) as unknown as { _font: LayingOut })._font;
      const ownFont = (own as unknown as { _font: LayingOut })._font;
      for (const text of texts) {
        const expected = ownFont.layoutRun(text);
        const actual = sharedFont.layoutCached(text);
        expect(actual.glyphs.map((glyph) => glyph.id)).toEqual(expected.glyphs.map((glyph) => glyph.id));
        expect(actual.positions.map((p) => ({ ...p }))).toEqual(expected.positions.map((p) => ({ ...p })));
        expect(actual.advanceWidth).toBe(expected.advanceWidth);
      }
    }
  });
});
