// pdf.js on a thread of its own. The build of pdf.js for Node (pdfjs-dist/legacy) changes the thread that loads it:
// its core-js polyfills replace built-ins (Array.prototype.push, JSON.parse, JSON.stringify become JavaScript
// functions) and add globals (`navigator`, DOMMatrix, Path2D, Iterator, ...); test/verify/pdf-reader.test.ts lists
// them. In a render worker that read its sheets back, every push of PDFKit, fontkit and Vega then ran through the
// polyfill: reading back took the batch from 34 to 67 s, where reading the same 357 PDFs alone took 20 s of CPU.
// pdfjs.ts now puts the replaced built-ins back, but the added globals stay, and a renderer must not draw
// differently because `navigator` exists. Here the render threads never load pdf.js, and this thread does nothing
// else.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { workerOptions } from "../batch/pool.js";
import type { PageText } from "./read-pdf.js";

export interface PdfReader {
  /** The PDF's text, page by page, with where each piece stands (read-pdf.ts). */
  read(pdf: Uint8Array): Promise<PageText[]>;
  close(): Promise<void>;
}

/** Old-generation heap of a reader thread. pdf.js keeps nothing between documents, and a sheet is ~100 kB; the limit
 * keeps V8 from letting garbage pile up (pool.ts). 24 and 64 MB gave the same peak on the full sample. */
const READER_HEAP_MB = 64;

/** Reading a sheet back takes about a quarter of the CPU time that rendering it does. */
const RENDERERS_PER_READER = 4;

/** Starts the threads at once: pdf.js (~0.2 s) loads while the caller reads its data and renders. Runs from the
 * compiled program only (dist/), as the render pool does. */
export function createPdfReader(
  threads = Math.max(1, Math.floor(availableParallelism() / RENDERERS_PER_READER)),
): PdfReader {
  const pool = new Piscina<Uint8Array, PageText[]>({
    filename: new URL("./read-pdf.js", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    // As in the render pool (pool.ts): Node 20's require() of an ES module with top-level await can break the
    // import() that follows.
    execArgv: [...workerOptions(process.execArgv), "--no-experimental-require-module"],
    resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB },
  });
  return {
    read: (pdf) => pool.run(pdf),
    close: () => pool.destroy(),
  };
}
