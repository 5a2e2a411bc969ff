// A page's content written through bufferPageContent (src/pdf/content-buffer.ts) must be byte for byte what
// PDFKit writes itself: across pages, past the buffer's first size, and around chunks that are not strings.
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { bufferPageContent } from "../../src/pdf/content-buffer.js";
import { endDoc } from "../charts/pdfText.js";

async function drawPages(buffered: boolean): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 0, compress: false, info: { CreationDate: new Date(0) } });
  if (buffered) bufferPageContent(doc);
  let drawn = 0;
  const rectangles = (count: number) => {
    for (let i = 0; i < count; i++, drawn++) {
      doc.rect((drawn % 50) * 10.5, Math.floor(drawn / 50) * 3.25, 9.75, 2.5).fill(drawn % 2 ? "#1f3b5a" : "#d0702c");
    }
  };
  // About 7 000 operator lines: well past the 64 kB the page's buffer starts with.
  rectangles(3500);
  // A chunk that is bytes, not a string, in the middle of the page.
  (doc as unknown as { page: { content: { write(chunk: Uint8Array): void } } }).page.content.write(
    Buffer.from("% bytes chunk", "latin1"),
  );
  rectangles(20);
  doc.addPage();
  rectangles(40);
  return endDoc(doc);
}

describe("bufferPageContent", () => {
  it("gives every page the content PDFKit gives it", async () => {
    const pdf = await drawPages(true);
    expect(pdf.length).toBeGreaterThan(150_000);
    expect(pdf.equals(await drawPages(false))).toBe(true);
  });
});
