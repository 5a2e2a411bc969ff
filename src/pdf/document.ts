// The PDF document every sheet and booklet is drawn in: A4, tagged, PDF/A-2a, the sheet's embedded fonts, pages
// kept until the end so running parts and page numbers can be drawn once the page count is known.
import PDFDocument from "pdfkit";
import type { Lang } from "../sheet/format.js";
import { registerSheetFonts } from "./font-cache.js";
import { PAGE } from "./style.js";

export interface DocumentInfo {
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
  /** The publishing organisation; null leaves the PDF without an Author. */
  readonly author: string | null;
  /** ISO date-time fixed from the data, so identical inputs give identical PDFs. */
  readonly creationDate: string;
}

export function createTaggedDocument(lang: Lang, info: DocumentInfo): PDFKit.PDFDocument {
  const created = new Date(info.creationDate);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.marginTop, bottom: 0, left: PAGE.marginLeft, right: PAGE.marginRight },
    bufferPages: true,
    autoFirstPage: true,
    // PDFKit's own per-document cache of laid-out words (a documented option since 0.11) held every word's glyph
    // run until the document ended, so they outlived the young generation and were copied into the old one; the
    // fonts remember their layouts across documents already (font-cache.ts). Without it, on the full sample
    // (2 cores, three alternating pairs, 2026-12-07): 65.2-66.5 user CPU-s against 67.3-69.2 for a verifying
    // batch, the sampled live heap of a rendering thread 5.4 against 7.1 MB, all 357 PDFs byte-identical.
    fontLayoutCache: false,
    compress: true,
    lang: languageTag(lang),
    displayTitle: true,
    tagged: true,
    pdfVersion: "1.7",
    subset: "PDF/A-2a",
    // No default Helvetica: every text uses the embedded font.
    font: null as unknown as string,
    info: {
      Title: info.title,
      ...(info.author === null ? {} : { Author: info.author }),
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: "faktaark",
      Producer: "faktaark (PDFKit)",
      CreationDate: created,
      ModDate: created,
    },
  });
  registerSheetFonts(doc);
  doc.font("regular");
  return doc;
}

/** The language of a text in the PDF (BCP 47). */
export function languageTag(lang: Lang): string {
  return lang === "nn" ? "nn-NO" : "nb-NO";
}
