// PDFKit deflates every stream of every document. Most of a sheet's streams besides its page content are the same
// bytes in nearly every sheet: the font programs (subsets start with the same glyphs: font-sharing.ts), their
// ToUnicode maps and the PDF/A colour profile, ~35 kB a sheet. Their deflated bytes are kept per process, so a
// sheet deflates only what is its own. The output is the same: the same bytes, deflated the same way.
//
// Relies on PDFKit 0.20's references (`doc.ref()`, whose `finalize()` deflates the chunks in `buffer` when
// `compress` is set; `write()` has already set the FlateDecode filter) and on `doc.page.content`; without those,
// PDFKit deflates as usual.
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { forEachPageContent } from "./content-buffer.js";

interface StreamReference {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): unknown;
}

interface ReferencingDocument {
  ref?: (data?: object) => StreamReference;
}

/** A deflated stream, with the bytes it was made from (a hash picks the entry; the bytes confirm it). */
interface Deflated {
  readonly bytes: Buffer;
  readonly deflated: Buffer;
}

/** Streams kept per process; one more empties the list (a sheet has ~9 such streams, nearly all the same). */
const MAX_KEPT = 64;
const kept = new Map<string, Deflated>();

/** Deflates `bytes` as PDFKit does, or gives the bytes kept from an earlier stream with the same content. */
function deflateShared(bytes: Buffer): Buffer {
  const key = createHash("sha1").update(bytes).digest("base64");
  const known = kept.get(key);
  if (known?.bytes.equals(bytes)) return known.deflated;
  const deflated = deflateSync(bytes);
  if (kept.size >= MAX_KEPT) kept.clear();
  kept.set(key, { bytes, deflated });
  return deflated;
}

/** Makes the streams `doc` writes from now on, other than its pages' content, use the kept deflated bytes. */
export function shareStreamCompression(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as ReferencingDocument;
  const ref = target.ref;
  if (typeof ref !== "function") return;
  const pageContent = new WeakSet<object>();
  forEachPageContent(doc, (content) => pageContent.add(content));
  target.ref = function sharedRef(this: ReferencingDocument, data?: object) {
    const reference = ref.call(this, data);
    const finalize = reference.finalize;
    if (typeof finalize !== "function" || !Array.isArray(reference.buffer)) return reference;
    reference.finalize = function finalizeShared(this: StreamReference) {
      if (this.compress && this.buffer.length > 0 && !pageContent.has(this)) {
        this.buffer = [deflateShared(Buffer.concat(this.buffer))];
        this.compress = false;
      }
      return finalize.call(this);
    };
    return reference;
  };
}
