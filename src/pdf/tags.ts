// The tagged-PDF structure (PDF/UA, PDF/A-2a): every piece of content belongs to a structure element in reading
// order, and decoration, running headers and footers are marked as artifacts.

/** PDFKit's structure element; its published typings lack the tagging API. */
export interface StructElement {
  add(child: StructElement | StructContent): StructElement;
  end(): void;
}
export type StructContent = object;

interface TaggingDocument {
  struct(
    type: string,
    options?: { alt?: string; lang?: string; title?: string; actual?: string },
    children?: () => void,
  ): StructElement;
  addStructure(element: StructElement): void;
  markStructureContent(tag: string, options?: object): StructContent;
  markContent(tag: string, options?: object | null): void;
  endMarkedContent(): void;
}

const tagging = (doc: PDFKit.PDFDocument) => doc as unknown as TaggingDocument;

/** alt: alternative text (figures); actual: the text a reader should hear instead of the drawn pieces. */
export type StructOptions = { alt?: string; lang?: string; title?: string; actual?: string };

/** A grouping element (Sect, L, LI, Table, TR) added under `parent`, or at the root when `parent` is null. */
export function openElement(
  doc: PDFKit.PDFDocument,
  parent: StructElement | null,
  type: string,
  options: StructOptions = {},
): StructElement {
  const element = tagging(doc).struct(type, options);
  if (parent) parent.add(element);
  else tagging(doc).addStructure(element);
  return element;
}

/** Draws `draw`'s content as one structure element of `type` (P, H1, Figure, TD …) under `parent`. */
export async function tagContent<T>(
  doc: PDFKit.PDFDocument,
  parent: StructElement | null,
  type: string,
  options: StructOptions,
  draw: () => T | Promise<T>,
): Promise<T> {
  const element = openElement(doc, parent, type, options);
  const content = tagging(doc).markStructureContent(type);
  const result = await draw();
  tagging(doc).endMarkedContent();
  element.add(content);
  element.end();
  return result;
}

/** The synchronous form of tagContent, for text. */
export function tagText(
  doc: PDFKit.PDFDocument,
  parent: StructElement | null,
  type: string,
  draw: () => void,
  options: StructOptions = {},
): void {
  const element = openElement(doc, parent, type, options);
  const content = tagging(doc).markStructureContent(type);
  draw();
  tagging(doc).endMarkedContent();
  element.add(content);
  element.end();
}

/**
 * Draws a link's text as a Link structure element under `parent`. `draw` writes the text with PDFKit's `link` option;
 * PDFKit draws a closure given to `struct` when the element is attached, and a `link` drawn inside a Link element
 * gets its annotation placed in that element (an object reference beside the marked text), as PDF/UA asks.
 */
export function tagLink(doc: PDFKit.PDFDocument, parent: StructElement, draw: () => void): void {
  parent.add(tagging(doc).struct("Link", {}, draw));
}

/** Draws decoration or running parts that assistive technology should skip. */
export function drawArtifact(doc: PDFKit.PDFDocument, draw: () => void, type = "Layout"): void {
  tagging(doc).markContent("Artifact", { type });
  draw();
  tagging(doc).endMarkedContent();
}

/**
 * Text options that make the drawn text a link to a page of this document, by its 0-based index. PDFKit's `link`
 * takes a page index as well as a URL and makes a GoTo to that page (since PDFKit 0.10, "Fix links to pages within
 * the document"); its published typings know only the URL. Drawn inside tagLink, the annotation joins the Link
 * element as a URL's does.
 */
export function linkToPage(pageIndex: number): PDFKit.Mixins.TextOptions {
  return { link: pageIndex as unknown as string };
}
