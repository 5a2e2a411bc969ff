// PDFKit turns every content operator it writes (each `BT`, `Tm`, `TJ`, colour and path line) into its own
// Uint8Array, with a JavaScript loop over the characters, and keeps them all until the page ends. A sheet writes
// thousands of such lines; their small arrays were the largest share of what survived a young-generation
// collection. Here a page's content collects its lines as strings and hands PDFKit one array per run of lines,
// converted natively: the same bytes, a fraction of the objects.
//
// Relies on PDFKit 0.20's page content reference (`page.content` with `write(chunk)` appending the chunk and a
// newline, and `end(chunk)`); without those, pages are left as PDFKit made them.

interface ContentReference {
  write(chunk: unknown): unknown;
  end(chunk?: unknown): unknown;
}

/** Buffers the content of the document's current page and of every page added later. */
export function bufferPageContent(doc: PDFKit.PDFDocument): void {
  const pageOf = () => (doc as unknown as { page?: { content?: Partial<ContentReference> } }).page;
  bufferContent(pageOf()?.content);
  doc.on("pageAdded", () => bufferContent(pageOf()?.content));
}

function bufferContent(content: Partial<ContentReference> | undefined): void {
  const write = content?.write;
  const end = content?.end;
  if (!content || typeof write !== "function" || typeof end !== "function") return;
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    // write() ends every chunk with a newline: so does this run of lines.
    write.call(content, Buffer.from(`${lines.join("\n")}\n`, "latin1"));
    lines = [];
  };
  content.write = (chunk: unknown) => {
    if (typeof chunk === "string") lines.push(chunk);
    else {
      flush();
      write.call(content, chunk);
    }
  };
  content.end = (chunk?: unknown) => {
    if (chunk) content.write?.(chunk);
    flush();
    return end.call(content);
  };
}
