// Last year's sheet as this year's sheet compares with it («Endringer siden forrige faktaark»): the numbers of its
// key figures and the kinds of its findings, read from the sheet model stored beside its PDF (src/batch/previous.ts).
import type { Figure, KeyFigureId } from "./model.js";
import type { Sign } from "./statements.js";

/** A key figure of last year's sheet: the first of its figures, the one its value printed. */
export interface PreviousFigure {
  readonly id: KeyFigureId;
  readonly figure: Figure;
}

export interface PreviousFinding {
  readonly id: string;
  readonly signs: readonly Sign[];
}

export interface PreviousSheet {
  readonly code: string;
  readonly name: string;
  readonly dataYear: number;
  readonly keyFigures: readonly PreviousFigure[];
  readonly findings: readonly PreviousFinding[];
}

/** What a sheet built with `--forrige` compares with. `year` is the previous edition's data year. */
export type PreviousComparison =
  /** The municipality's sheet of the previous edition; under another number when it was renumbered since. */
  | { readonly kind: "sheet"; readonly year: number; readonly sheet: PreviousSheet; readonly renumbered: boolean }
  /** The previous edition has no sheet for the municipality. */
  | { readonly kind: "missing"; readonly year: number }
  /** The municipality's borders changed since: it was made of several (`merged`) or from part of one (`split`). */
  | {
      readonly kind: "borders";
      readonly year: number;
      readonly change: "merged" | "split";
      readonly changeYear: number;
      /** The municipalities before the change: those merged, or the one split. */
      readonly formerNames: readonly string[];
    };
