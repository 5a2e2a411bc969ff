// Builds the booklet model from the selection, its sheet models and its ranking: the cover, the summary and the
// ranking table in the booklet's language. Pure; the texts come from templates/<lang>/tekster.json (`booklet`).
import { MIN_WEIGHT_COVERAGE, type Ranking, type RankingRow, SCORE_DECIMALS, Z_LIMIT } from "../indicators/rank.js";
import type { MunicipalityRecord } from "../model/record.js";
import { numberAt } from "../sheet/figures.js";
import { formatNumber, formatPercent, joinList, type Lang } from "../sheet/format.js";
import type { SheetModel, TableBlock, TextBlock } from "../sheet/model.js";
import type { Statement } from "../sheet/statements.js";
import { loadSheetTexts, type SheetTexts, type TextContext } from "../sheet/texts.js";
import type { BookletModel, BookletOverview } from "./model.js";

export interface BookletInput {
  readonly lang: Lang;
  /** The title asked for (--tittel), or null for "Faktaark <year> – <region>". */
  readonly title: string | null;
  /** The county's name for a county's booklet; null for a list of municipalities. */
  readonly regionName: string | null;
  /** The municipalities asked for, in the booklet's order. */
  readonly records: readonly MunicipalityRecord[];
  /** The sheets that could be made, in the booklet's order. */
  readonly sheets: readonly SheetModel[];
  /** The municipalities whose sheet could not be made. */
  readonly leftOut: readonly MunicipalityRecord[];
  /** The indicator model's ranking within the selection. */
  readonly ranking: Ranking;
  /** How many municipalities are ranked in the whole country. */
  readonly nationalCount: number;
  readonly dataYear: number;
  readonly isSample: boolean;
  readonly publisher: string | null;
}

export function buildBookletModel(input: BookletInput, texts: SheetTexts = loadSheetTexts(input.lang)): BookletModel {
  const words = new BookletTexts(texts);
  const say: Say = (key, context) => words.keep(words.statement(key, context));
  const year = input.dataYear;
  const region = input.regionName ?? say("listRegion", { count: input.records.length });
  const title = input.title ?? say("title", { year, region });
  const overview = buildOverview(input, words);
  return {
    lang: input.lang,
    title,
    subtitle: say("subtitle", { count: input.sheets.length }),
    publisherLine: input.publisher === null ? "" : say("publisher", { publisher: input.publisher }),
    sampleNotice: input.isSample ? texts.text("sampleNotice") : "",
    municipalitiesHeading: say("municipalitiesHeading"),
    labels: {
      cover: say("cover"),
      contents: say("contents"),
      page: say("page"),
      leftOut: say("leftOutHeading"),
    },
    overview,
    leftOut: input.leftOut.map((record) => say("leftOut", { name: record.shortName, code: record.code })),
    sheets: input.sheets.map((model) => ({ label: model.municipality.shortName, model })),
    statements: words.statements,
    pdf: {
      title,
      subject: say("pdfSubject", { count: input.sheets.length, year }),
      keywords: say("pdfKeywords", { region }),
      author: input.publisher,
      // As the sheets: fixed from the data, so the same inputs give the same file.
      creationDate: `${year}-01-01T00:00:00Z`,
    },
  };
}

/** The booklet's texts (`booklet.*`), and the statements of those with a number, for the check. */
class BookletTexts {
  readonly statements: Statement[] = [];

  constructor(readonly texts: SheetTexts) {}

  statement(key: string, context: TextContext = {}): Statement {
    return this.texts.statement(`booklet.${key}`, context);
  }

  /** The text, its statement kept when it has a number to check. */
  keep(statement: Statement): string {
    if (/\d/.test(statement.text)) this.statements.push(statement);
    return statement.text;
  }

  /** Sentences printed as one paragraph: one statement holding every figure they were given. */
  paragraph(sentences: readonly Statement[]): string[] {
    if (sentences.length === 0) return [];
    return [
      this.keep({
        text: sentences.map((sentence) => sentence.text).join(" "),
        figures: [...new Set(sentences.flatMap((sentence) => sentence.figures))],
        directions: sentences.flatMap((sentence) => sentence.directions),
      }),
    ];
  }

  and(items: readonly string[]): string {
    return joinList(items, this.texts.text("and"));
  }
}

type Say = (key: string, context?: TextContext) => string;

function buildOverview(input: BookletInput, words: BookletTexts): BookletOverview {
  const say: Say = (key, context) => words.keep(words.statement(key, context));
  const rankingTitle = say("rankingTitle");
  return {
    heading: say("overview"),
    summaryHeading: say("summaryHeading"),
    summary: [
      ...words.paragraph(summarisePopulation(input, words)),
      ...words.paragraph(summariseRanking(input, words)),
    ],
    summarySource: say("summarySource", populationSource(input)),
    rankingHeading: say("rankingHeading"),
    ranking: buildRankingTable(input, say, rankingTitle),
    rankingContinuedTitle: words.texts.text("continuedHeading", { heading: rankingTitle }),
    method: buildMethod(input, say),
  };
}

/** Each municipality's population on 1 January of the data year, where it has one. */
function populationsOf(input: BookletInput): { record: MunicipalityRecord; population: number }[] {
  return input.records.flatMap((record) => {
    const population = numberAt(record.population?.data.total, input.dataYear);
    return population === null ? [] : [{ record, population }];
  });
}

function summarisePopulation(input: BookletInput, words: BookletTexts): Statement[] {
  const known = populationsOf(input);
  if (known.length === 0) return [];
  const total = known.reduce((sum, { population }) => sum + population, 0);
  const values = { count: input.records.length, population: formatNumber(total), year: input.dataYear };
  const sentences = [
    known.length === input.records.length
      ? words.statement("population", values)
      : words.statement("populationPartial", { ...values, withFigures: known.length }),
  ];
  if (known.length >= 2) {
    // Ties go to the first in the booklet's order.
    const largest = known.reduce((best, entry) => (entry.population > best.population ? entry : best));
    const smallest = known.reduce((best, entry) => (entry.population < best.population ? entry : best));
    sentences.push(
      words.statement("extremes", {
        largest: largest.record.shortName,
        largestPopulation: formatNumber(largest.population),
        smallest: smallest.record.shortName,
        smallestPopulation: formatNumber(smallest.population),
      }),
    );
  }
  return sentences;
}

/** The source of the population figures: the table the records were read from. */
function populationSource(input: BookletInput): TextContext {
  const source = input.records.find((record) => record.population !== null)?.population?.source;
  return source ? { publisher: source.publisher, table: source.table, year: input.dataYear } : {};
}

function summariseRanking(input: BookletInput, words: BookletTexts): Statement[] {
  const { rows, unranked } = input.ranking;
  const sentences: Statement[] = [];
  const nameOf = shortNames(input.records);
  const names = (chosen: readonly { code: string }[]) => words.and(chosen.map((row) => nameOf(row.code)));
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last) {
    const top = rows.filter((row) => row.rankRegion === first.rankRegion);
    sentences.push(
      words.statement("topRank", {
        year: input.dataYear,
        names: names(top),
        national: first.rankNational,
        nationalCount: input.nationalCount,
      }),
    );
    if (last.rankRegion !== first.rankRegion) {
      const bottom = rows.filter((row) => row.rankRegion === last.rankRegion);
      sentences.push(
        words.statement("bottomRank", {
          names: names(bottom),
          national: last.rankNational,
          nationalCount: input.nationalCount,
        }),
      );
    }
    const quarter = Math.floor(input.nationalCount / 4);
    sentences.push(
      words.statement("quarter", {
        inQuarter: rows.filter((row) => row.rankNational <= quarter).length,
        ranked: rows.length,
        quarter,
      }),
    );
  }
  if (unranked.length > 0) {
    sentences.push(words.statement("unranked", { coverage: coverageText(), names: names(unranked) }));
  }
  return sentences;
}

function coverageText(): string {
  return formatPercent(MIN_WEIGHT_COVERAGE * 100, 0);
}

function shortNames(records: readonly MunicipalityRecord[]): (code: string) => string {
  const byCode = new Map(records.map((record) => [record.code, record.shortName]));
  return (code) => byCode.get(code) ?? code;
}

/** The ranking as a table: the name (marked * when an indicator is missing), the rank within the selection, the
 * score and the rank in the country. */
function buildRankingTable(input: BookletInput, say: Say, title: string): TableBlock {
  const nameOf = shortNames(input.records);
  const row = (ranked: RankingRow) => [
    `${nameOf(ranked.code)}${ranked.missing.length > 0 ? "*" : ""}`,
    String(ranked.rankRegion),
    formatNumber(ranked.score, SCORE_DECIMALS),
    String(ranked.rankNational),
  ];
  return {
    kind: "table",
    title,
    columns: [say("municipality"), say("rank"), say("score"), say("nationalRank", { count: input.nationalCount })],
    numeric: [false, true, true, true],
    rows: input.ranking.rows.map(row),
    highlightRow: -1,
    source: say("rankingSource", { year: input.dataYear }),
    footnotes: [],
    span: 2,
    // A booklet has no workbook: its sheets' workbooks hold the numbers.
    figures: [],
  };
}

function buildMethod(input: BookletInput, say: Say): TextBlock {
  const indicators = input.ranking.model.indicators.filter((indicator) => indicator.weight > 0).length;
  return {
    kind: "text",
    title: say("methodTitle"),
    paragraphs: [
      say("method", { indicators, limit: Z_LIMIT, decimals: SCORE_DECIMALS }),
      say("missing", {
        flagged: input.ranking.rows.some((row) => row.missing.length > 0),
        coverage: coverageText(),
      }),
    ],
    source: "",
    footnotes: [],
    span: 2,
    figures: [],
  };
}
