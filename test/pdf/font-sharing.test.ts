// Documents of one process share their fonts' layout and subsets (src/pdf/font-sharing.ts): each PDF must still
// carry exactly the text it drew, whether its characters are among the seeded ones or not.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { registerSheetFonts } from "../../src/pdf/font-cache.js";
import type { FontName } from "../../src/pdf/fonts.js";
import { finishDoc } from "../charts/pdfText.js";

async function drawPdf(lines: readonly [FontName, string][]): Promise<string> {
  const doc = new PDFDocument({ size: "A4", margin: 40, info: { CreationDate: new Date(0) }, font: null as never });
  registerSheetFonts(doc);
  for (const [face, text] of lines) doc.font(face).fontSize(12).text(text);
  return finishDoc(doc);
}

const textOf = (file: string) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).trim();

const require = createRequire(import.meta.url);
const fontkit = require("fontkit") as { create(buffer: Buffer): { numGlyphs: number } };

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
