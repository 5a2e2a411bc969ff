// The fast path for one line of text (src/pdf/text-line.ts) must write the very bytes PDFKit's text() writes:
// the same operators, the same glyph indices in the subset, the same widths and ToUnicode entries, and leave the
// text position where text() leaves it.
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { registerSheetFonts } from "../../src/pdf/font-cache.js";
import type { FontName } from "../../src/pdf/fonts.js";
import { type Baseline, drawTextLine, textLineWidth, writeLinesFast } from "../../src/pdf/text-line.js";
import { endDoc } from "../charts/pdfText.js";

interface Line {
  readonly face: FontName;
  readonly size: number;
  readonly text: string;
  readonly baseline: Baseline;
}

/** Draws the lines with PDFKit's text() or with drawTextLine; returns the PDF and the text position after each. */
async function draw(lines: readonly Line[], fast: boolean): Promise<{ pdf: Buffer; positions: number[][] }> {
  const doc = new PDFDocument({ size: "A4", margin: 0, compress: false, info: { CreationDate: new Date(0) } });
  registerSheetFonts(doc);
  const positions: number[][] = [];
  lines.forEach(({ face, size, text, baseline }, index) => {
    const x = 40.125 + index * 3.3;
    const y = 60 + index * 14.7;
    doc.font(face).fontSize(size);
    if (fast) drawTextLine(doc, text, x, y, baseline);
    else doc.text(text, x, y, baseline === "top" ? { lineBreak: false } : { lineBreak: false, baseline });
    positions.push([doc.x, doc.y]);
  });
  return { pdf: await endDoc(doc), positions };
}

async function expectSameAsPdfKit(lines: readonly Line[]): Promise<void> {
  const pdfkit = await draw(lines, false);
  const fast = await draw(lines, true);
  expect(fast.positions).toEqual(pdfkit.positions);
  expect(fast.pdf.toString("latin1")).toEqual(pdfkit.pdf.toString("latin1"));
}

describe("drawTextLine", () => {
  it("writes what PDFKit's text() writes: kerning, seeded and other glyphs, both baselines, every face", async () => {
    await expectSameAsPdfKit([
      { face: "regular", size: 7.5, text: "Tønsberg 57 049", baseline: "alphabetic" },
      { face: "bold", size: 9, text: "AVTALE «Vågå» – 12,5 %", baseline: "top" },
      { face: "semibold", size: 8, text: "Kárášjohka ČÁHCE {Ŋ}", baseline: "alphabetic" },
      { face: "italic", size: 6.5, text: "Kilde: SSB, tabell 07459 (2025)", baseline: "top" },
      { face: "regular", size: 7.5, text: "", baseline: "top" },
      // Combining accents are positioned off their base glyph: PDFKit draws such a line itself.
      { face: "regular", size: 7.5, text: "Ca\u0301hce\u0308 12", baseline: "top" },
      { face: "regular", size: 7.5, text: "to\nlinjer", baseline: "top" },
      { face: "regular", size: 7.5, text: "Tønsberg 57 049", baseline: "top" },
    ]);
  });

  it("gives a kept line the glyph indices of the document it is drawn in", async () => {
    // The first document keeps «Ž{}» with '{' and '}' right after the seeded glyphs; in the second, '}' comes
    // first, so the kept operator's indices are wrong there and must be made anew.
    await expectSameAsPdfKit([{ face: "regular", size: 8, text: "Ž{}", baseline: "top" }]);
    await expectSameAsPdfKit([
      { face: "regular", size: 8, text: "}", baseline: "top" },
      { face: "regular", size: 8, text: "Ž{}", baseline: "top" },
    ]);
  });

  it("lets text() write wrapped, aligned and continued text as it would itself", async () => {
    const paragraphs = async (fast: boolean) => {
      const doc = new PDFDocument({ size: "A4", margin: 0, compress: false, info: { CreationDate: new Date(0) } });
      registerSheetFonts(doc);
      if (fast) writeLinesFast(doc);
      const text = "Tønsberg har 57 049 innbyggere, og 12,5 % av dem leier boligen sin. AVTALE om «Vågå» – Kárášjohka.";
      doc.font("regular").fontSize(8.5).text(text, 40, 40, { width: 120, lineGap: 1.5 });
      doc.font("semibold").text(text, 40, doc.y + 4, { width: 140, align: "right" });
      doc.font("italic").text(text, 40, doc.y + 4, { width: 160, align: "center" });
      doc.font("bold").text("Første del, ", 40, doc.y + 4, { width: 200, continued: true });
      doc.font("regular").text("andre del som går over mer enn én linje i denne smale spalten.", { width: 200 });
      doc.font("regular").text("Understreket", 40, doc.y + 4, { underline: true });
      return { pdf: (await endDoc(doc)).toString("latin1"), y: doc.y };
    };
    expect(await paragraphs(true)).toEqual(await paragraphs(false));
  });

  it("measures a line as widthOfString does", () => {
    const doc = new PDFDocument({ size: "A4", margin: 0 });
    registerSheetFonts(doc);
    for (const text of ["Tønsberg 57 049", "AVTALE", " mellomrom ", ""]) {
      doc.font("semibold").fontSize(8.5);
      expect(textLineWidth(doc, text)).toBe(doc.widthOfString(text));
    }
  });
});
