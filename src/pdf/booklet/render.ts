// Draws a booklet as one tagged PDF/A document: the cover, the contents, the summary with the ranking, then each
// sheet as a part of its own (in its own language) with its bookmarks under the municipality's. The pages are
// numbered through the booklet at the foot of each page but the cover; a sheet's own footer keeps its "side 2 av 4".
import type { BookletModel } from "../../booklet/model.js";
import type { ChartRenderer } from "../../charts/renderer.js";
import { createTaggedDocument, languageTag } from "../document.js";
import { endDocument } from "../document-bytes.js";
import { drawFooterRule, drawSampleBand, drawSheet, lastPageIndex, type PageRange } from "../render.js";
import { COLOURS, CONTENT_WIDTH, PAGE, TYPE } from "../style.js";
import { drawArtifact, openElement } from "../tags.js";
import { type ContentsEntry, drawContents, planContents } from "./contents.js";
import { drawCover } from "./cover.js";
import { drawOverview } from "./overview.js";

export interface RenderedBooklet {
  readonly pdf: Buffer;
  readonly pages: number;
  /** The contents' entries: the summary, then each sheet, with the page (0-based) each starts on. */
  readonly contents: readonly ContentsEntry[];
  /** The pages of each sheet, in the order of the model's sheets. */
  readonly sheets: readonly PageRange[];
}

export async function renderBookletPdf(model: BookletModel, charts: ChartRenderer): Promise<RenderedBooklet> {
  const doc = createTaggedDocument(model.lang, model.pdf);
  const root = openElement(doc, null, "Document");
  doc.outline.addItem(model.labels.cover);
  drawCover(doc, root, model);

  doc.addPage();
  const contentsStart = lastPageIndex(doc);
  doc.outline.addItem(model.labels.contents);
  // The contents come second in the structure as on paper, and are drawn once the page numbers are known.
  const contentsSection = openElement(doc, root, "Sect", { title: model.labels.contents });
  const plan = planContents(doc, model, 1 + model.sheets.length);
  for (let page = 1; page < plan.length; page++) doc.addPage();

  doc.addPage();
  const overviewStart = lastPageIndex(doc);
  doc.outline.addItem(model.overview.heading);
  await drawOverview(doc, root, model.overview, charts);
  const ownPagesEnd = lastPageIndex(doc);

  const entries: ContentsEntry[] = [{ label: model.overview.heading, pageIndex: overviewStart }];
  const sheets: PageRange[] = [];
  for (const sheet of model.sheets) {
    doc.addPage();
    const bookmark = doc.outline.addItem(sheet.label);
    const lang = sheet.model.lang === model.lang ? {} : { lang: languageTag(sheet.model.lang) };
    const part = openElement(doc, root, "Part", { title: sheet.model.subtitle, ...lang });
    const range = await drawSheet(doc, part, sheet.model, charts, bookmark);
    entries.push({ label: sheet.label, pageIndex: range.start });
    sheets.push(range);
  }

  drawContents(doc, contentsSection, model, plan, entries, contentsStart);
  drawPageNumbers(doc, model, ownPagesEnd);
  root.end();
  return { pdf: await endDocument(doc), pages: lastPageIndex(doc) + 1, contents: entries, sheets };
}

/** The booklet's page number at the foot of every page but the cover. The booklet's own pages, up to and with
 * `ownPagesEnd`, get the running header and footer rule a sheet's pages have, with the booklet's title. */
function drawPageNumbers(doc: PDFKit.PDFDocument, model: BookletModel, ownPagesEnd: number): void {
  const last = lastPageIndex(doc);
  const y = PAGE.height - 34;
  for (let index = 0; index <= last; index++) {
    doc.switchToPage(index);
    const own = index <= ownPagesEnd;
    drawArtifact(
      doc,
      () => {
        if (model.sampleNotice && own) drawSampleBand(doc, model.sampleNotice);
        if (index === 0) return;
        if (own) {
          drawFooterRule(doc, y);
          doc.font("semibold").fontSize(TYPE.header).fillColor(COLOURS.heading);
          doc.text(model.title, PAGE.marginLeft, 19.5, { lineBreak: false });
        }
        doc
          .font("semibold")
          .fontSize(TYPE.header + 1)
          .fillColor(COLOURS.text);
        doc.text(String(index + 1), PAGE.marginLeft, y - 0.5, {
          width: CONTENT_WIDTH,
          align: "center",
          lineBreak: false,
        });
      },
      "Pagination",
    );
  }
}
