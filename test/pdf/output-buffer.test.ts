// A document finished through bufferOutput (src/pdf/output-buffer.ts) must be byte for byte the document PDFKit
// streams: the header written before it was called, objects ended while drawing, and the cross-reference table
// whose offsets depend on every byte before them.
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { registerSheetFonts } from "../../src/pdf/font-cache.js";
import { bufferOutput } from "../../src/pdf/output-buffer.js";
import { endDoc } from "../charts/pdfText.js";

const newDocument = () =>
  new PDFDocument({ size: "A4", margin: 40, info: { CreationDate: new Date(0) }, font: null as never });

function draw(doc: PDFKit.PDFDocument): PDFKit.PDFDocument {
  registerSheetFonts(doc);
  doc.font("regular").fontSize(10).text("Første side: Tønsberg 57 049.");
  // Ended while drawing, long before the document: written between the header and the pages.
  doc.ref({ Type: "Metadata" }).end("<x:xmpmeta/>");
  doc.addPage().font("bold").text("Andre side", 40, 40);
  return doc;
}

describe("bufferOutput", () => {
  it("gives the bytes PDFKit's stream gives", async () => {
    const expected = await endDoc(draw(newDocument()));
    const doc = newDocument();
    const finish = bufferOutput(doc);
    draw(doc);
    const pdf = await finish();
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.3");
    expect(pdf.equals(expected)).toBe(true);
  });
});
