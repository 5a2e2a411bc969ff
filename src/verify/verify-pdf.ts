// One sheet's statement check from its bytes: what the batch runs on a PDF it has just written and what
// `faktaark verify` runs on one it finds on disk.
import type { SheetModel } from "../sheet/model.js";
import { checkSentences, checkSheet, type Problem } from "./checks.js";
import type { PdfReader } from "./pdf-reader.js";

/** The problems of the PDF against its model; a PDF that cannot be read back is itself a problem, not a crash. The
 * checks that need no PDF run here while the reader's thread reads it (in a single cold `build`, ~50 ms sooner). */
export async function verifyPdf(model: SheetModel, pdf: Uint8Array, reader: PdfReader): Promise<Problem[]> {
  const pages = reader.read(pdf);
  try {
    const sentenceProblems = checkSentences(model);
    return checkSheet(model, await pages, sentenceProblems);
  } catch (error) {
    // When a check failed before the read ended, a failing read must not become an unhandled rejection.
    pages.catch(() => {});
    return [{ page: null, message: `PDF-en kunne ikke leses tilbake: ${(error as Error).message}` }];
  }
}
