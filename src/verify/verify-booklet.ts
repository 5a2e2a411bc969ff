// The statement check of a booklet: each sheet against its own pages, as `faktaark verify` checks a sheet's PDF,
// and the booklet's own sentences against what they rest on and against the pages they are printed on.
import type { BookletModel } from "../booklet/model.js";
import type { RenderedBooklet } from "../pdf/booklet/render.js";
import { checkSentence, checkSheet, type Problem, squeeze } from "./checks.js";
import * as say from "./messages.js";
import { type PageText, readPdfText } from "./read-pdf.js";

export interface BookletProblem extends Problem {
  /** The part it was found in: a municipality's name, or the summary's heading. */
  readonly part: string;
}

/** The problems of the booklet's PDF; pages are numbered through the booklet. */
export async function verifyBooklet(model: BookletModel, rendered: RenderedBooklet): Promise<BookletProblem[]> {
  let pages: PageText[];
  try {
    pages = await readPdfText(rendered.pdf);
  } catch (error) {
    return [{ part: model.title, page: null, message: `PDF-en kunne ikke leses tilbake: ${(error as Error).message}` }];
  }
  const problems: BookletProblem[] = [];
  model.sheets.forEach((sheet, index) => {
    const range = rendered.sheets[index];
    if (!range) return;
    // A sheet's pages as if they were its own PDF: the checks know which page is its last.
    const own = pages.slice(range.start, range.start + range.count).map((page, i) => ({ ...page, number: i + 1 }));
    for (const problem of checkSheet(sheet.model, own)) {
      problems.push({ ...problem, part: sheet.label, page: problem.page === null ? null : problem.page + range.start });
    }
  });
  const overviewStart = rendered.contents[0]?.pageIndex ?? 0;
  const overviewEnd = rendered.sheets[0]?.start ?? pages.length;
  const printed = squeeze(
    pages
      .slice(0, overviewEnd)
      .flatMap((page) => page.pieces.map((piece) => piece.text))
      .join(""),
  );
  const statements = new Map(model.statements.map((statement) => [statement.text, statement]));
  const part = model.overview.heading;
  for (const sentence of [model.subtitle, ...model.overview.summary, ...model.overview.method.paragraphs]) {
    for (const problem of checkSentence(sentence, statements.get(sentence))) problems.push({ ...problem, part });
    if (!printed.includes(squeeze(sentence))) {
      problems.push({ part, page: overviewStart + 1, message: say.notPrinted(sentence) });
    }
  }
  return problems;
}
