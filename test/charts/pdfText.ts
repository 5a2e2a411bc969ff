// Test helpers: draw charts into a real PDFKit document and read it back with poppler (pdftotext, pdffonts).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { endDocument } from "../../src/pdf/document-bytes.js";
import { registerSheetFonts } from "../../src/pdf/font-cache.js";
import { FONT_FILES } from "../../src/pdf/fonts.js";

/** A document whose faces are the fontkit fonts opened once per process, registered as the batch does. */
export function createDocWithSharedFonts(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: "A4", margin: 0, info: { CreationDate: new Date(0) } });
  registerSheetFonts(doc);
  return doc;
}

export function createDoc(margin = 0): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: "A4", margin, info: { CreationDate: new Date(0) } });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  return doc;
}

/** Ends the document and writes it to a fresh temporary file. */
export async function finishDoc(doc: PDFKit.PDFDocument): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "faktaark-charts-")), "chart.pdf");
  writeFileSync(file, await endDocument(doc));
  return file;
}

/** The PDF's text with no-break and narrow spaces folded to plain spaces, as the golden tests compare it. */
export function readPdfText(file: string): string {
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/[\u00a0\u202f]/g, " ");
}

/** Font names in the PDF and whether each is embedded, from `pdffonts`. */
export function readPdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // Columns from the right: emb sub uni object-number generation.
    return { name: columns[0]!, embedded: columns[columns.length - 5] === "yes" };
  });
}

/** One word on a page and its box in points from the page's top-left corner, from `pdftotext -bbox`. */
export interface PdfWord {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

/** The words of each page of the PDF, with their boxes. */
export function readPdfWords(file: string): PdfWord[][] {
  const xml = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  return xml
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (match) => ({
          xMin: Number(match[1]),
          yMin: Number(match[2]),
          xMax: Number(match[3]),
          yMax: Number(match[4]),
          text: match[5] ?? "",
        }),
      ),
    );
}
