// Reads a PDF's text back, page by page, with where each piece stands: what a reader (or a screen reader's
// text layer) gets from the file, through pdf.js's public API. This loads pdf.js into the calling thread
// (pdfjs.ts): the batch and `verify` read on a thread of their own (createPdfReader); tests and `hefte`, which read
// at the end, read here.
import { getDocument } from "./pdfjs.js";

export interface TextPiece {
  readonly text: string;
  /** Left edge and baseline, in points from the page's top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

export interface PageText {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly pieces: readonly TextPiece[];
}

export async function readPdfText(pdf: Uint8Array): Promise<PageText[]> {
  // pdf.js takes the buffer over (detaches it) and refuses a Node Buffer: it gets a plain copy, and the caller's
  // bytes stay usable.
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent({ disableNormalization: true });
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.length === 0) continue;
        const [a, b, , , e, f] = item.transform as number[];
        pieces.push({
          text: item.str,
          x: e ?? 0,
          y: height - (f ?? 0),
          width: item.width,
          fontSize: Math.hypot(a ?? 0, b ?? 0),
        });
      }
      pages.push({ number, width, height, pieces });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** The reader thread's task (pdf-reader.ts). */
export default readPdfText;
