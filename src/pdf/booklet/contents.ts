// The booklet's contents: every part with the page it starts on, each entry a link to that page, then the
// municipalities whose sheet could not be made. Planned before the parts are drawn, so its pages can be kept free,
// and drawn once they are, so every page number is the page the part was drawn on.
import type { BookletModel } from "../../booklet/model.js";
import { textHeight } from "../measure.js";
import { FLOW_TOP } from "../render.js";
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from "../style.js";
import { drawArtifact, linkToPage, openElement, type StructElement, tagLink, tagText } from "../tags.js";

/** A part of the booklet and its first page, by 0-based index. */
export interface ContentsEntry {
  readonly label: string;
  readonly pageIndex: number;
}

/** One line of the contents where the plan puts it: an entry, the heading over the left-out, or one of them. */
export interface PlacedLine {
  readonly kind: "entry" | "leftOutHeading" | "leftOut";
  readonly index: number;
  readonly y: number;
}

const HEADING_TOP = PAGE.marginTop + 14;
const ENTRY_SIZE = 10.5;
const ENTRY_HEIGHT = 18;
const LEFT_OUT_GAP = 18;

/** What the plan needs of the model: the headings and the left-out lines. */
type ContentsText = Pick<BookletModel, "labels" | "leftOut">;

function headingHeight(doc: PDFKit.PDFDocument, model: ContentsText): number {
  return textHeight(doc, "bold", TYPE.title, model.labels.contents, { width: CONTENT_WIDTH }) + 22;
}

/** The lines of each contents page, for `entries` entries (the summary's and each sheet's). */
export function planContents(doc: PDFKit.PDFDocument, model: ContentsText, entries: number): PlacedLine[][] {
  const lines = [
    ...Array.from({ length: entries }, (_, index) => ({ kind: "entry" as const, index, height: ENTRY_HEIGHT })),
    ...(model.leftOut.length === 0
      ? []
      : [
          {
            kind: "leftOutHeading" as const,
            index: 0,
            height:
              LEFT_OUT_GAP +
              textHeight(doc, "bold", TYPE.sectionHeading, model.labels.leftOut, { width: CONTENT_WIDTH }) +
              4,
          },
        ]),
    ...model.leftOut.map((text, index) => ({
      kind: "leftOut" as const,
      index,
      height: textHeight(doc, "regular", TYPE.body + 1, text, { width: CONTENT_WIDTH }) + 3,
    })),
  ];
  const pages: PlacedLine[][] = [[]];
  let y = HEADING_TOP + headingHeight(doc, model);
  for (const { kind, index, height } of lines) {
    if (y + height > PAGE.contentBottom) {
      pages.push([]);
      y = FLOW_TOP;
    }
    pages.at(-1)?.push({ kind, index, y });
    y += height;
  }
  return pages;
}

/** Draws the planned contents on its pages, starting at `firstPage`, under `section`, which it ends. */
export function drawContents(
  doc: PDFKit.PDFDocument,
  section: StructElement,
  model: BookletModel,
  plan: readonly (readonly PlacedLine[])[],
  entries: readonly ContentsEntry[],
  firstPage: number,
): void {
  doc.switchToPage(firstPage);
  tagText(doc, section, "H1", () => {
    doc.font("bold").fontSize(TYPE.title).fillColor(COLOURS.text);
    doc.text(model.labels.contents, PAGE.marginLeft, HEADING_TOP, { width: CONTENT_WIDTH });
  });
  tagText(doc, section, "P", () => {
    doc.font("semibold").fontSize(TYPE.keyLabel).fillColor(COLOURS.muted);
    doc.text(model.labels.page, PAGE.marginLeft, doc.y + 6, { width: CONTENT_WIDTH, align: "right" });
  });
  const toc = openElement(doc, section, "TOC");
  plan.forEach((lines, pageOffset) => {
    doc.switchToPage(firstPage + pageOffset);
    for (const line of lines) {
      if (line.kind === "entry") drawEntry(doc, toc, entries[line.index] as ContentsEntry, line.y);
      else if (line.kind === "leftOutHeading") {
        if (line.index === 0) toc.end();
        tagText(doc, section, "H2", () => {
          doc.font("bold").fontSize(TYPE.sectionHeading).fillColor(COLOURS.heading);
          doc.text(model.labels.leftOut, PAGE.marginLeft, line.y + LEFT_OUT_GAP, { width: CONTENT_WIDTH });
        });
      } else {
        tagText(doc, section, "P", () => {
          doc
            .font("regular")
            .fontSize(TYPE.body + 1)
            .fillColor(COLOURS.text);
          doc.text(model.leftOut[line.index] ?? "", PAGE.marginLeft, line.y, { width: CONTENT_WIDTH });
        });
      }
    }
  });
  if (model.leftOut.length === 0) toc.end();
  section.end();
}

/** One entry: its label and its page number, both a link to the page, with a rule below. */
function drawEntry(doc: PDFKit.PDFDocument, toc: StructElement, entry: ContentsEntry, y: number): void {
  const item = openElement(doc, toc, "TOCI");
  const reference = openElement(doc, item, "Reference");
  const link = linkToPage(entry.pageIndex);
  tagLink(doc, reference, () => {
    doc.font("regular").fontSize(ENTRY_SIZE).fillColor(COLOURS.text);
    doc.text(`${entry.label} `, PAGE.marginLeft, y, { ...link, lineBreak: false });
    doc.font("semibold");
    doc.text(String(entry.pageIndex + 1), PAGE.marginLeft, y, {
      ...link,
      width: CONTENT_WIDTH,
      align: "right",
      lineBreak: false,
    });
  });
  reference.end();
  item.end();
  const ruleY = y + ENTRY_HEIGHT - 5;
  drawArtifact(doc, () =>
    doc
      .moveTo(PAGE.marginLeft, ruleY)
      .lineTo(PAGE.marginLeft + CONTENT_WIDTH, ruleY)
      .lineWidth(0.4)
      .strokeColor(COLOURS.rule)
      .stroke(),
  );
}
