// The booklet model: a cover, contents, a summary with the selection's ranking, and the sheets, every word and
// number already in the booklet's language. Rendering (pdf/booklet/) only draws it and numbers the pages.
import type { Lang } from "../sheet/format.js";
import type { PdfInfo, SheetModel, TableBlock, TextBlock } from "../sheet/model.js";
import type { Statement } from "../sheet/statements.js";

export interface BookletSheet {
  /** The municipality's name as the contents and the bookmarks give it. */
  readonly label: string;
  readonly model: SheetModel;
}

export interface BookletOverview {
  /** "Sammendrag og rangering": the part's heading, its contents entry and its bookmark. */
  readonly heading: string;
  readonly summaryHeading: string;
  /** A few sentences on the selection, each with its base and period. */
  readonly summary: readonly string[];
  readonly summarySource: string;
  readonly rankingHeading: string;
  /** The selection's ranking; split over pages when it is long, each part titled `rankingContinuedTitle`. */
  readonly ranking: TableBlock;
  readonly rankingContinuedTitle: string;
  /** How the score is computed and what a missing figure does. */
  readonly method: TextBlock;
}

export interface BookletModel {
  /** The language of the booklet's own pages and of the PDF; each sheet keeps its own. */
  readonly lang: Lang;
  /** "Faktaark 2026 – Telemark", or the title given with --tittel. */
  readonly title: string;
  /** "Bolig og befolkning i 17 kommuner". */
  readonly subtitle: string;
  /** "Utgitt av Husbanken", or "" without a publisher. */
  readonly publisherLine: string;
  /** The band that marks sample data, or "" for real data. */
  readonly sampleNotice: string;
  readonly municipalitiesHeading: string;
  readonly labels: {
    readonly cover: string;
    readonly contents: string;
    /** The column heading over the contents' page numbers. */
    readonly page: string;
    readonly leftOut: string;
  };
  readonly overview: BookletOverview;
  /** One line per municipality of the selection whose sheet could not be made. */
  readonly leftOut: readonly string[];
  readonly sheets: readonly BookletSheet[];
  /** What each sentence of the booklet's own pages with numbers rests on, as a sheet's statements. */
  readonly statements: readonly Statement[];
  readonly pdf: PdfInfo;
}
