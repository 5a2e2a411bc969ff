// The booklet's cover: its title and publisher on a coloured panel, then the municipalities it holds, in three
// columns that continue on the next page when the list is long.
import type { BookletModel } from "../../booklet/model.js";
import { textHeight } from "../measure.js";
import { FLOW_TOP } from "../render.js";
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from "../style.js";
import { drawArtifact, openElement, type StructElement, tagText } from "../tags.js";

const PANEL_HEIGHT = 300;
const TITLE_SIZE = 28;
const SUBTITLE_SIZE = 14;
const LIST_SIZE = 10;
const LIST_LINE = 14;
const LIST_COLUMNS = 3;

export function drawCover(doc: PDFKit.PDFDocument, root: StructElement, model: BookletModel): void {
  const section = openElement(doc, root, "Sect", { title: model.labels.cover });
  const x = PAGE.marginLeft;
  drawArtifact(doc, () => doc.rect(0, 0, PAGE.width, PANEL_HEIGHT).fill(COLOURS.heading));
  const titleHeight = textHeight(doc, "bold", TITLE_SIZE, model.title, { width: CONTENT_WIDTH });
  let y = PANEL_HEIGHT - 50 - titleHeight;
  tagText(doc, section, "H1", () => {
    doc.font("bold").fontSize(TITLE_SIZE).fillColor("#ffffff");
    doc.text(model.title, x, y, { width: CONTENT_WIDTH });
  });
  y = doc.y + 4;
  tagText(doc, section, "P", () => {
    doc.font("regular").fontSize(SUBTITLE_SIZE).fillColor("#ffffff");
    doc.text(model.subtitle, x, y, { width: CONTENT_WIDTH });
  });
  y = PANEL_HEIGHT + 24;
  for (const [text, colour] of [
    [model.publisherLine, COLOURS.text],
    [model.sampleNotice, COLOURS.sample],
  ] as const) {
    if (!text) continue;
    tagText(doc, section, "P", () => {
      doc
        .font("semibold")
        .fontSize(TYPE.body + 2)
        .fillColor(colour);
      doc.text(text, x, y, { width: CONTENT_WIDTH });
    });
    y = doc.y + 4;
  }
  tagText(doc, section, "H2", () => {
    doc.font("bold").fontSize(TYPE.sectionHeading).fillColor(COLOURS.heading);
    doc.text(model.municipalitiesHeading, x, y + 20, { width: CONTENT_WIDTH });
  });
  drawMunicipalityList(doc, section, model, doc.y + 8);
  section.end();
}

/** The sheets' municipalities in columns, filled top to bottom and as even as the page allows; a list longer than
 * the page continues on the next. */
function drawMunicipalityList(doc: PDFKit.PDFDocument, section: StructElement, model: BookletModel, top: number) {
  const list = openElement(doc, section, "L");
  const columnWidth = (CONTENT_WIDTH - (LIST_COLUMNS - 1) * PAGE.gutter) / LIST_COLUMNS;
  const { sheets } = model;
  let start = 0;
  let pageTop = top;
  while (start < sheets.length) {
    if (start > 0) {
      doc.addPage();
      pageTop = FLOW_TOP;
    }
    const perColumn = Math.floor((PAGE.contentBottom - pageTop) / LIST_LINE);
    const rows = Math.min(perColumn, Math.ceil((sheets.length - start) / LIST_COLUMNS));
    const onPage = sheets.slice(start, start + rows * LIST_COLUMNS);
    onPage.forEach((sheet, index) => {
      const x = PAGE.marginLeft + Math.floor(index / rows) * (columnWidth + PAGE.gutter);
      const y = pageTop + (index % rows) * LIST_LINE;
      const item = openElement(doc, list, "LI");
      tagText(doc, item, "LBody", () => {
        doc.font("regular").fontSize(LIST_SIZE).fillColor(COLOURS.text);
        doc.text(sheet.label, x, y, { width: columnWidth, lineBreak: false });
      });
      item.end();
    });
    start += onPage.length;
  }
  list.end();
}
