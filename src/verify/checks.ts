// The statement check: a sheet's PDF text against its sheet model. Pure: the PDF comes in as text pieces with
// their places (read-pdf.ts), and out come the problems, each in words a statistics officer can act on.
import { PAGE } from "../pdf/style.js";
import type { Block, SheetModel } from "../sheet/model.js";
import { numbersIn, type Statement } from "../sheet/statements.js";
import { comparativesIn, holds, signOf } from "./direction-words.js";
import * as say from "./messages.js";
import type { PageText } from "./read-pdf.js";

export interface Problem {
  /** The page (1-based) where it shows, or null for the sheet as a whole. */
  readonly page: number | null;
  readonly message: string;
}

/** No page but the last may leave more than this share of its content area empty below its last line. */
export const MAX_EMPTY_SHARE = 0.2;

/** `sentenceProblems`: checkSentences(model), when the caller has it already (it needs no PDF, so verify-pdf.ts runs
 * it while the PDF is being read). */
export function checkSheet(
  model: SheetModel,
  pages: readonly PageText[],
  sentenceProblems: readonly Problem[] = checkSentences(model),
): Problem[] {
  const pageTexts = pages.map((page) => squeeze(page.pieces.map((piece) => piece.text).join("")));
  return [
    ...checkPrinted(model, pageTexts),
    ...sentenceProblems,
    ...checkBlocks(model, pageTexts),
    ...checkPages(pages),
  ];
}

/** Text with every kind of space and soft hyphen taken out: line breaks and spacing do not change what it says. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00ad\u200b]/g, "");
}

/** Every text of the model the sheet prints, as it must stand in the PDF: whole, never cut off. */
function printedTexts(model: SheetModel): string[] {
  return [
    model.title,
    model.subtitle,
    model.identity,
    ...model.keyFigures.flatMap((figure) => [figure.label, figure.value, figure.detail, figure.previous?.text ?? ""]),
    ...(model.changes
      ? [
          model.changes.heading,
          ...(model.keyFindings.some((finding) => finding.isNew) ? [model.changes.newFindingMark] : []),
        ]
      : []),
    ...sentences(model),
    ...model.sections.flatMap((section) => [
      section.heading,
      ...section.blocks.flatMap((block) => [
        block.title,
        block.source,
        ...(block.kind === "table" ? [...block.columns, ...block.rows.flat()] : []),
      ]),
    ]),
    ...model.footnotes.map((note) => note.text),
    ...model.sourceEntries.flatMap((entry) => [entry.parts.map((part) => part.text).join(""), entry.url]),
  ].filter((text) => text.length > 0);
}

/** The sentences the sheet prints. */
function sentences(model: SheetModel): string[] {
  return [
    ...(model.changes ? [model.changes.text] : []),
    ...model.keyFindings.map((finding) => finding.text),
    ...model.sections.flatMap((section) => [
      section.lead,
      ...section.blocks.flatMap((block) => [
        ...(block.kind === "text" ? block.paragraphs : []),
        ...(block.kind === "chart" && block.note ? [block.note] : []),
      ]),
    ]),
    ...model.footnotes.map((note) => note.text),
  ];
}

function checkPrinted(model: SheetModel, pageTexts: readonly string[]): Problem[] {
  const whole = pageTexts.join("");
  const problems: Problem[] = [];
  const printed = printedTexts(model);
  for (const text of new Set(printed)) {
    if (!whole.includes(squeeze(text))) problems.push({ page: null, message: say.notPrinted(text) });
  }
  // An ellipsis the model does not have is text the renderer cut off.
  const ellipses = printed.join("").split("…").length - 1;
  pageTexts.forEach((text, index) => {
    if (text.split("…").length - 1 > ellipses) problems.push({ page: index + 1, message: say.cutOff() });
  });
  return problems;
}

/** The model's own sentences (alternative texts included) against what they rest on; needs no PDF. */
export function checkSentences(model: SheetModel): Problem[] {
  const statements = new Map<string, Statement>(model.statements.map((statement) => [statement.text, statement]));
  const alts = model.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === "chart" ? [block.alt] : [])),
  );
  return [...new Set([...sentences(model), ...alts])].flatMap((sentence) =>
    checkSentence(sentence, statements.get(sentence)),
  );
}

/** One sentence: its words for missing values, its numbers against what it was given, its direction words. */
export function checkSentence(sentence: string, statement: Statement | undefined): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ page: null, message });
  // «..» in guillemets explains SSB's symbol; bare, it is a missing value read out as a word.
  const leak = /(?<!«)\.\.(?!»)|NaN|Infinity|undefined|\[object|\{\{|\}\}/.exec(sentence);
  if (leak) add(say.leak(leak[0], sentence));
  const signed = /(?:^|\s)[+−-]\d/.exec(sentence);
  if (signed) add(say.signed(sentence));
  const comparatives = comparativesIn(sentence);
  if (!statement) {
    if (numbersIn(sentence).length > 0 || comparatives.length > 0) add(say.untraced(sentence));
    return problems;
  }
  const figures = new Set(statement.figures);
  for (const number of numbersIn(sentence)) if (!figures.has(number)) add(say.numberNotGiven(number, sentence));
  for (const { word, value } of statement.directions) {
    const sign = signOf(word);
    if (sign === null) add(say.unknownWord(word, sentence));
    else if (sign !== Math.sign(value)) add(say.wrongDirection(word, value, sentence));
  }
  for (const [comparative, count] of comparatives) {
    const given = statement.directions.filter((direction) => holds(direction.word, comparative)).length;
    if (count > given) add(say.directionWithoutFigure(comparative, sentence));
  }
  return problems;
}

function checkBlocks(model: SheetModel, pageTexts: readonly string[]): Problem[] {
  return model.sections.flatMap((section) => section.blocks.flatMap((block) => checkBlock(block, pageTexts)));
}

function checkBlock(block: Block, pageTexts: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  if (block.kind === "text") return problems;
  if (block.source === "") problems.push({ page: null, message: say.noSource(block.title) });
  else {
    const title = squeeze(block.title);
    const source = squeeze(block.source);
    const titlePages = pageTexts.flatMap((text, index) => (text.includes(title) ? [index] : []));
    if (titlePages.length > 0 && !titlePages.some((index) => pageTexts[index]?.includes(source))) {
      problems.push({ page: (titlePages[0] ?? 0) + 1, message: say.sourceElsewhere(block.title) });
    }
  }
  if (block.kind === "chart" && !hasNumbers(block.chart.data)) {
    problems.push({ page: null, message: say.emptyChart(block.title) });
  }
  return problems;
}

/** Fields that carry a chart's measures (the templates' convention), as against years, labels and positions. */
const MEASURES = ["value", "share", "low", "high"];

function hasNumbers(rows: readonly Readonly<Record<string, unknown>>[]): boolean {
  return rows.some((row) =>
    MEASURES.some((field) => typeof row[field] === "number" && Number.isFinite(row[field]) && row[field] !== 0),
  );
}

function checkPages(pages: readonly PageText[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    for (const piece of page.pieces) {
      const right = piece.x + piece.width;
      if (piece.x < -0.5 || right > page.width + 0.5 || piece.y < 0 || piece.y > page.height) {
        problems.push({ page: page.number, message: say.offPage(piece.text) });
      }
    }
    if (page.number === pages.length) continue;
    // The lowest line of the page's flowing content; the running header and the footer stand outside it.
    const content = page.pieces.filter((piece) => piece.y > PAGE.marginTop && piece.y <= PAGE.contentBottom);
    const lowest = Math.max(PAGE.marginTop, ...content.map((piece) => piece.y));
    const empty = (PAGE.contentBottom - lowest) / (PAGE.contentBottom - PAGE.marginTop);
    if (empty > MAX_EMPTY_SHARE) problems.push({ page: page.number, message: say.emptyPage(empty, MAX_EMPTY_SHARE) });
  }
  return problems;
}
