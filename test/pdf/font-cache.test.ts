// The fonts every document of a process shares (src/pdf/font-cache.ts): what a reader copies from a PDF must not
// depend on what earlier documents drew, and the remembered layouts must be fontkit's own.
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { endDocument } from "../../src/pdf/document-bytes.js";
import { loadFonts, registerSheetFonts } from "../../src/pdf/font-cache.js";
import { FONT_FILES } from "../../src/pdf/fonts.js";
import { readPdfText } from "../../src/verify/read-pdf.js";

async function pdfWith(lines: readonly string[]): Promise<Buffer> {
  const created = new Date("2026-01-01T00:00:00Z");
  const doc = new PDFDocument({
    size: "A4",
    compress: false,
    font: null as unknown as string,
    info: { CreationDate: created, ModDate: created },
  });
  registerSheetFonts(doc);
  doc.font("bold").fontSize(14);
  lines.forEach((line, index) => {
    doc.text(line, 40, 40 + index * 20, { lineBreak: false });
  });
  return endDocument(doc);
}

async function textOf(pdf: Buffer): Promise<string> {
  const pages = await readPdfText(pdf);
  return pages.flatMap((page) => page.pieces.map((piece) => piece.text)).join(" ");
}

describe("the shared fonts", () => {
  it("give every glyph its character, even after a document embedded a composite glyph made of it", async () => {
    // «Å» is drawn from the glyph of «A» and a ring: embedding it asks fontkit for «A» without a character, and
    // a later document's «A» was then copied as nothing («Bolig og befolkning i skøy»).
    await pdfWith(["Å", "Ø", "Æ", "É"]);
    const text = await textOf(await pdfWith(["Bolig og befolkning i Askøy", "Averøy Aure Arendal", "offisielle"]));
    expect(text).toContain("Bolig og befolkning i Askøy");
    expect(text).toContain("Averøy Aure Arendal");
    // A ligature stands for its letters.
    expect(text).toContain("offisielle");
  });

  it("lay out words exactly as a fresh fontkit font does, each time with a run of its own", () => {
    const fresh = fontkit.create(readFileSync(FONT_FILES.regular)) as unknown as typeof shared;
    const shared = loadFonts().regular;
    for (const word of ["Folketallet ", "Kautokeino", "Guovdageaidnu", "fi", "AV", "1 234", "Tromsø–Romsa"]) {
      const expected = fresh.layout(word);
      const first = shared.layout(word);
      const again = shared.layout(word);
      expect(again.positions).not.toBe(first.positions);
      for (const run of [first, again]) {
        expect(run.glyphs.map((glyph) => (glyph as { id: number }).id)).toEqual(
          expected.glyphs.map((glyph) => (glyph as { id: number }).id),
        );
        expect(run.positions.map((p) => ({ ...p }))).toEqual(expected.positions.map((p) => ({ ...p })));
        expect(run.advanceWidth).toBe(expected.advanceWidth);
      }
    }
  });

  it("make the same PDF whatever was drawn before", async () => {
    const lines = ["Bolig og befolkning i Aremark", "Befolkningsutvikling, indeks (2000 = 100)"];
    const first = await pdfWith(lines);
    await pdfWith(["Åfjord", "Ørland", "Ærlig talt", ...lines.map((line) => line.toUpperCase())]);
    expect((await pdfWith(lines)).equals(first)).toBe(true);
  });
});
