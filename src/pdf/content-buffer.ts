// PDFKit turns every content operator it writes (each `BT`, `Tm`, `TJ`, colour and path line) into its own
// Uint8Array, with a JavaScript loop over the characters, and keeps them all until the page ends. A sheet writes
// thousands of such lines; their small arrays were the largest share of what survived a young-generation
// collection. Here a page's lines are written natively into one growing buffer as they come, so a line's string
// dies at once and nothing of it waits in the JavaScript heap for the page to end; PDFKit gets one array per run
// of lines: the same bytes. (Keeping the lines as strings until the page ended, as before, cost ~7 % more time
// per sheet in one thread, most of it in garbage collection.)
//
// Relies on PDFKit 0.20's page content reference (`page.content` with `write(chunk)` appending the chunk and a
// newline, and `end(chunk)`); without those, pages are left as PDFKit made them.

/** A page's content starts in a buffer this large (a sheet's pages hold 25-45 kB of operators each). */
const INITIAL_BYTES = 64 * 1024;

interface ContentReference {
  write(chunk: unknown): unknown;
  end(chunk?: unknown): unknown;
}

/** Calls `use` with the content reference of the document's current page and of every page added later. */
export function forEachPageContent(doc: PDFKit.PDFDocument, use: (content: object) => void): void {
  const useCurrent = () => {
    const content: unknown = (doc as unknown as { page?: { content?: unknown } }).page?.content;
    if (typeof content === "object" && content !== null) use(content);
  };
  useCurrent();
  doc.on("pageAdded", useCurrent);
}

/** Buffers the content of the document's current page and of every page added later. */
export function bufferPageContent(doc: PDFKit.PDFDocument): void {
  forEachPageContent(doc, (content) => bufferContent(content as Partial<ContentReference>));
}

function bufferContent(content: Partial<ContentReference> | undefined): void {
  const write = content?.write;
  const end = content?.end;
  if (!content || typeof write !== "function" || typeof end !== "function") return;
  let bytes = Buffer.allocUnsafe(INITIAL_BYTES);
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    // PDFKit keeps the chunk until the page ends: it gets these bytes, and the lines after them a new buffer.
    write.call(content, bytes.subarray(0, length));
    bytes = Buffer.allocUnsafe(Math.max(INITIAL_BYTES, bytes.length - length));
    length = 0;
  };
  content.write = (chunk: unknown) => {
    if (typeof chunk === "string") {
      // write() ends every chunk with a newline: so does this line.
      const needed = chunk.length + 1;
      if (length + needed > bytes.length) {
        const grown = Buffer.allocUnsafe(Math.max(bytes.length * 2, length + needed));
        bytes.copy(grown, 0, 0, length);
        bytes = grown;
      }
      length += bytes.write(chunk, length, "latin1");
      bytes[length++] = 0x0a;
    } else {
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
