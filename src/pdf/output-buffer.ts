// PDFKit pushes every piece of a document (each object, dictionary, stream and line of the cross-reference table,
// thousands a sheet) into a Node stream on its own, after turning each string into bytes with a JavaScript loop;
// the stream then copies each piece again into a Buffer. A sheet is built in memory anyway, so here the pieces are
// kept as they are written (strings converted natively) and joined once when the document ends: the same bytes.
//
// Relies on PDFKit 0.20's `_write(data)` (all output goes through it, and it keeps the byte offset `_offset` for
// the cross-reference table); without it, the document's stream is read as usual.

interface WritingDocument {
  _write?: (data: unknown) => void;
  _offset: number;
}

/**
 * Keeps what the new document `doc` writes from now on (and what it has written so far); returns the function that
 * ends the document and resolves with its bytes.
 */
export function bufferOutput(doc: PDFKit.PDFDocument): () => Promise<Buffer> {
  const target = doc as unknown as WritingDocument;
  const chunks: Uint8Array[] = [];
  if (typeof target._write === "function") {
    // The header PDFKit wrote while constructing the document waits in the stream.
    const written: unknown = doc.read();
    if (written instanceof Uint8Array) chunks.push(written);
    target._write = (data: unknown) => {
      const bytes = data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, "latin1");
      chunks.push(bytes);
      target._offset += bytes.length;
    };
  }
  return () =>
    new Promise((resolve, reject) => {
      doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      doc.on("end", () => resolve(Buffer.concat(chunks)));
      doc.on("error", reject);
      doc.end();
    });
}
