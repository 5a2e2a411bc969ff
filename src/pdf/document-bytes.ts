// A PDFKit document's bytes, read from its stream (PDFKit's public output) once it ends.

/** Ends `doc` and resolves with everything it wrote. Call it before `doc.end()` is called anywhere else. */
export function endDocument(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.end();
  return done;
}
