// Streams deflated once per process (src/pdf/stream-compression.ts) must leave every PDF byte for byte as PDFKit
// writes it: font programs, ToUnicode maps, the PDF/A colour profile and the pages' own content.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { registerSheetFonts } from "../../src/pdf/font-cache.js";
import { shareStreamCompression } from "../../src/pdf/stream-compression.js";
import { endDoc } from "../charts/pdfText.js";

/** A two-page PDF/A document, with its streams deflated by PDFKit or through the kept streams. */
async function draw(pages: readonly string[], shared: boolean): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    bufferPages: true,
    subset: "PDF/A-2a",
    tagged: true,
    font: null as never,
    info: { CreationDate: new Date(0) },
  });
  if (shared) shareStreamCompression(doc);
  registerSheetFonts(doc);
  pages.forEach((text, index) => {
    if (index > 0) doc.addPage();
    doc
      .font(index === 0 ? "regular" : "bold")
      .fontSize(12)
      .text(text, 50, 50);
  });
  return endDoc(doc);
}

describe("streams deflated once per process", () => {
  it("writes the bytes PDFKit writes, for the first document and for later ones with the same fonts", async () => {
    const sheets = [
      ["Folketall 38 422", "Kárášjohka – Karasjok"],
      ["Folketall 57 049", "Porsáŋgu – Porsanki"],
      ["Folketall 57 049", "Porsáŋgu – Porsanki"],
    ];
    for (const pages of sheets) {
      const own = await draw(pages, false);
      const shared = await draw(pages, true);
      expect(shared.equals(own)).toBe(true);
      const file = join(mkdtempSync(join(tmpdir(), "faktaark-streams-")), "sheet.pdf");
      writeFileSync(file, shared);
      expect(() => execFileSync("qpdf", ["--check", file], { stdio: "pipe" })).not.toThrow();
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
      for (const page of pages) expect(text).toContain(page);
    }
  });
});
