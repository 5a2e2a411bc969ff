// The sheet model: every number, sentence, footnote and chart of one sheet, already in the sheet's language.
// Rendering only draws it; `--json` writes it out as it is.
import type { ChartSpec } from "../charts/types.js";
import type { NameForm } from "../model/name-forms.js";
import type { Lang } from "./format.js";
import type { Sign, Statement } from "./statements.js";

/** The key figures a sheet may have, by a name that is the same in both languages and every year: next year's
 * sheet finds this year's figure by it («Endringer siden forrige faktaark»). */
export const KEY_FIGURE_IDS = ["population", "elderly", "immigrants", "completed", "startLoans", "projection"] as const;

export type KeyFigureId = (typeof KEY_FIGURE_IDS)[number];

export interface KeyFigure {
  readonly id: KeyFigureId;
  readonly label: string;
  /** As printed: "36 924", "16,9 %", "..": the first of `figures` (printFigure). */
  readonly value: string;
  /** A short line under the value: the year, or the comparison ("landet: 18,4 %"). */
  readonly detail: string;
  /** The numbers of the value and the detail, the value's first (see Figure): `value` is the first printed. */
  readonly figures: readonly Figure[];
  /** The same figure on last year's sheet (`--forrige`), printed at the foot of the box; null without. */
  readonly previous: PreviousValue | null;
}

/** A key figure as last year's sheet had it. */
export interface PreviousValue {
  /** That sheet's figure (the first of its key figure's figures), as it was stored; null when it did not have the
   * key figure. */
  readonly figure: Figure | null;
  /** As printed: "Forrige faktaark: 38 100 (2025)". */
  readonly text: string;
}

/** One of the key findings ("Viktigste funn"). */
export interface KeyFinding {
  /** Which finding it is, as the template names it (`{{#finding "growth"}}`): the same in both languages and every
   * year. */
  readonly id: string;
  /** The sign behind each of its direction words, in order: with the id, what makes it the same finding as last
   * year's (a population that grew last year and fell this year is a new finding). */
  readonly signs: readonly Sign[];
  readonly text: string;
  /** New since last year's sheet (only with `--forrige`): drawn with `ChangesNote.newFindingMark` before it. */
  readonly isNew: boolean;
  /** The numbers it rests on that the sheet shows nowhere else (the growth class's changes), for the workbook. */
  readonly figures: readonly Figure[];
}

/** «Endringer siden forrige faktaark» (`--forrige`): a line on the first page, between the key figures (each with
 * last year's figure) and the findings (the new ones marked). */
export interface ChangesNote {
  readonly heading: string;
  /** What is compared and how the new findings are marked, or why nothing is compared. */
  readonly text: string;
  /** The word before a new finding: "Nytt". */
  readonly newFindingMark: string;
}

/**
 * One number the sheet shows, with what it is: the workbook (`--xlsx`, src/xlsx/) writes each as a cell beside its
 * unit, year and source. Tables print their cells from these (printFigure); a chart's figures are its data.
 */
export interface Figure {
  /** What is counted, in the sheet's language: "Andel 67 år og eldre", "Enebolig", "Igangsatte". */
  readonly label: string;
  /** Whose number it is: the municipality, a comparison municipality, the county or "Landet". */
  readonly region: string;
  /** The region's number: "4001", the county's "40", the country's "0". */
  readonly regionCode: string;
  /** The number as the sheet prints it, rounded to `decimals`; null when there is none (never 0 for a missing value). */
  readonly value: number | null;
  /** SSB's symbol where the sheet prints one instead of the number: ".." missing, ":" suppressed, "-" nil (value 0). */
  readonly symbol?: string;
  /** In the sheet's language: "%", "personer", "per 1000 innbyggere", "indeks (2000 = 100)". */
  readonly unit: string;
  readonly decimals: number;
  /** The year the number is for; the last year of a mean or a change; null for a classification (centrality). */
  readonly year: number | null;
  /** The first year of a mean or a change; absent for a number of one year. */
  readonly fromYear?: number;
  /** Where it comes from: "SSB, tabell 07459", "Husbanken", or in words the tables a computed figure rests on. */
  readonly source: string;
  /** The table's page in Statistikkbanken, or "" for a source without one. */
  readonly url: string;
}

/**
 * The charts a sheet may have, by a name that is the same in both languages and every year: `faktaark figur
 * --figur <name>` and the web page's PNG links use it. A chart whose data is missing is a text block instead.
 */
export const CHART_IDS = [
  "befolkning",
  "aldersfordeling",
  "husholdninger",
  "boligtyper",
  "lavinntekt",
  "boligbygging",
  "framskriving",
  "framskriving-alder",
  "startlan",
  "bostotte",
  "sammenligning",
] as const;

export type ChartId = (typeof CHART_IDS)[number];

/** The columns of the grid a block takes: one of two equal columns (1) or both (2); or, for a chart beside a table
 * too wide for one column, the narrow (GRID.narrowColumnWidth) and the wide column (the rest) of a row shared
 * unequally. A "narrow" block and the "wide" block after it make one row. */
export type Span = 1 | 2 | "narrow" | "wide";

export interface ChartBlock {
  readonly kind: "chart";
  readonly id: ChartId;
  readonly title: string;
  readonly chart: ChartSpec;
  /** Alternative text: what the chart shows and its main message, with the real figures. */
  readonly alt: string;
  /** A sentence under the chart on what the eye would miss (today's figure outside the projection's band). */
  readonly note?: string | undefined;
  /** "Kilde: SSB, tabell 07459 (2025)". */
  readonly source: string;
  /** Footnote numbers that apply to this block. */
  readonly footnotes: readonly number[];
  readonly span: Span;
  /** The numbers the chart draws, each with its unit, year and source. */
  readonly figures: readonly Figure[];
}

export interface TableBlock {
  readonly kind: "table";
  readonly title: string;
  readonly columns: readonly string[];
  /** Right-align numeric columns: one flag per column. */
  readonly numeric: readonly boolean[];
  readonly rows: readonly (readonly string[])[];
  /** Index of a row to emphasise (the municipality itself), or -1. */
  readonly highlightRow: number;
  /** The municipality number each row stands for, in a table of municipalities: the web page links each row's name
   * to that municipality's sheet. Absent in tables of other things. */
  readonly rowMunicipalities?: readonly string[];
  readonly source: string;
  readonly footnotes: readonly number[];
  readonly span: Span;
  /** The numbers in the cells, row by row. */
  readonly figures: readonly Figure[];
}

export interface TextBlock {
  readonly kind: "text";
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly source: string;
  readonly footnotes: readonly number[];
  readonly span: Span;
  /** The numbers the text rests on that the sheet shows nowhere else (an estimate, a rank). */
  readonly figures: readonly Figure[];
}

export type Block = ChartBlock | TableBlock | TextBlock;

/** A section as its builder makes it. */
export interface SectionContent {
  readonly id: string;
  readonly heading: string;
  /** One or two sentences under the heading. */
  readonly lead: string;
  readonly blocks: readonly Block[];
}

export interface Section extends SectionContent {
  /** The heading repeated on a page the section continues on: "Befolkningsframskriving (forts.)". */
  readonly continuedHeading: string;
}

export interface Footnote {
  readonly number: number;
  readonly text: string;
}

export interface SheetModel {
  readonly lang: Lang;
  readonly municipality: {
    readonly code: string;
    readonly name: string;
    readonly shortName: string;
    readonly county: string;
  };
  readonly dataYear: number;
  readonly isSample: boolean;
  /** "Faktaark 2025" */
  readonly title: string;
  /** "Bolig og befolkning i Porsgrunn" */
  readonly subtitle: string;
  /** The same heading in pieces, Sami and Kven name forms with their language code ("Guovdageaidnu – Kautokeino"). */
  readonly subtitleParts: readonly NameForm[];
  /** "Porsanger – Porsángu – Porsanki kommune · Finnmark – Finnmárku – Finmarkku · kommunenummer 5622" */
  readonly identity: string;
  /** The same line in pieces, Sami and Kven name forms with their language code, for the tagged PDF. */
  readonly identityParts: readonly NameForm[];
  /** The page band that marks sample data, or "" for real data. */
  readonly sampleNotice: string;
  readonly keyFigures: readonly KeyFigure[];
  readonly keyFindingsHeading: string;
  readonly keyFindings: readonly KeyFinding[];
  /** With `--forrige`: what changed since last year's sheet; null without. */
  readonly changes: ChangesNote | null;
  readonly sections: readonly Section[];
  readonly footnotesHeading: string;
  readonly footnotes: readonly Footnote[];
  /** Every source used, one line each. */
  readonly sourcesHeading: string;
  readonly sources: readonly string[];
  /** The same list in pieces for the PDF: the quoted SSB titles marked with their language, and each link apart. */
  readonly sourceEntries: readonly SourceEntry[];
  /** What each sentence with numbers or direction words rests on, for `faktaark verify`. */
  readonly statements: readonly Statement[];
  /** Page footer: "Faktaark 2025 · Porsgrunn · side {page} av {pages}" with the two numbers filled in by the renderer. */
  readonly footer: string;
  readonly pdf: PdfInfo;
}

/** A piece of text with its language (BCP 47) where that is not the sheet's own; null for the sheet's language. */
export interface TextSpan {
  readonly text: string;
  readonly lang: string | null;
}

/** One entry of the source list: its words, then its link, which the PDF prints on a line of its own so the
 * address is never broken inside ("https://" at a line's end). */
export interface SourceEntry {
  /** The sheet's own words in its language; SSB's table title as SSB writes it, in bokmål. */
  readonly parts: readonly TextSpan[];
  /** The table's page in Statistikkbanken, or "" for a source without one. */
  readonly url: string;
}

/** A PDF's document information (a sheet's or a booklet's). */
export interface PdfInfo {
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
  /** The publishing organisation (data/config/ark.csv); null leaves the PDF without an Author. */
  readonly author: string | null;
  /** ISO date-time fixed from the data, so identical inputs give identical PDFs. */
  readonly creationDate: string;
}
