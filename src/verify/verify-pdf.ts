// One sheet's statement check from its bytes: what the batch runs on a PDF it has just written and what
// `faktaark verify` runs on one it finds on disk.
import type { SheetModel } from "../sheet/model.js";
import { checkSheet, type Problem } from "./checks.js";
import type { PdfReader } from "./pdf-reader.js";

/** The problems of the PDF against its model; a PDF that cannot be read back is itself a problem, not a crash. */
export async function verifyPdf(model: SheetModel, pdf: Uint8Array, reader: PdfReader): Promise<Problem[]> {
  try {
    return checkSheet(model, await reader.read(pdf));
  } catch (error) {
    return [{ page: null, message: `PDF-en kunne ikke leses tilbake: ${(error as Error).message}` }];
  }
}
