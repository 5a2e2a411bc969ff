// A number of the sheet with its unit, year and source (Figure in model.ts), made where the sheet makes the number,
// and the text a table or a key figure prints for it.
import { type Cell, numericValue, type SourceRef } from "../data/types.js";
import type { MunicipalityRecord } from "../model/record.js";
import type { SheetContext } from "./context.js";
import { formatNumber, formatPercent, round } from "./format.js";
import type { Figure } from "./model.js";
import { isSsbTable, statbankUrl } from "./ssb-tables.js";
import type { TextContext } from "./texts.js";

/** The unit of a share in per cent: the sign printed after the number, the same in both written forms, so it is
 * not a text an editor can change (printFigure tells shares by it). */
export const PERCENT = "%";

/** The units in words, by their key under "units" in templates/<lang>/tekster.json. */
export type UnitKey =
  | "persons"
  | "dwellings"
  | "dwellingsPerYear"
  | "households"
  | "allowanceHouseholds"
  | "per1000"
  | "per1000PerYear"
  | "kronerPerM2"
  | "personsPerHousehold"
  | "index"
  | "standardDeviations"
  | "standardScore"
  | "loans"
  | "millionKroner"
  | "grants"
  | "rank"
  | "centralityClass";

/** A unit in the sheet's language: "personer", "indeks (2000 = 100)". */
export function unitText(ctx: SheetContext, key: UnitKey, context: TextContext = {}): string {
  return ctx.texts.text(`units.${key}`, context);
}

/** A region as the sheet names it: ctx.regions() gives these. */
export interface FigureRegion {
  readonly record: Pick<MunicipalityRecord, "code">;
  readonly label: string;
}

export interface FigureSpec {
  readonly label: string;
  readonly region: FigureRegion;
  /** Unrounded; the figure keeps it rounded to `decimals`, as printed. */
  readonly value: number | null;
  /** SSB's symbol printed instead of the number; ".." when the value is null and none is given. */
  readonly symbol?: string | undefined;
  readonly unit: string;
  readonly decimals: number;
  /** null for a classification (centrality), which has no year. */
  readonly year: number | null;
  readonly fromYear?: number | null | undefined;
  /** The table, or in words the sources of a figure the sheet computed from several (no link then). */
  readonly source: TableRef | string;
}

/** A source by its publisher and table, as SourceRef and the indicators' IndicatorSource both name it. */
export type TableRef = Pick<SourceRef, "publisher" | "table">;

export function makeFigure(ctx: SheetContext, spec: FigureSpec): Figure {
  const { value, source, fromYear, year } = spec;
  const rounded = value === null ? null : round(value, spec.decimals);
  // Every key always, undefined where it does not apply (JSON leaves those out): one object shape for ~500 figures a
  // sheet is several times quicker to make than keys added by spreading.
  return {
    label: spec.label,
    region: spec.region.label,
    regionCode: spec.region.record.code,
    // A rounded -0.04 is 0, as the sheet prints it.
    value: rounded === 0 ? 0 : rounded,
    symbol: spec.symbol ?? (value === null ? ".." : undefined),
    unit: spec.unit,
    decimals: spec.decimals,
    year,
    fromYear: fromYear === undefined || fromYear === null || fromYear === year ? undefined : fromYear,
    source: typeof source === "string" ? source : ctx.sourceName(source),
    url: typeof source !== "string" && isSsbTable(source.table) ? statbankUrl(source.table) : "",
  };
}

/** The figure as a table cell or a key figure prints it: "38 422", "16,9 %", or SSB's symbol. */
export function printFigure(figure: Figure): string {
  if (figure.symbol !== undefined || figure.value === null) return figure.symbol ?? "..";
  return figure.unit === PERCENT
    ? formatPercent(figure.value, figure.decimals)
    : formatNumber(figure.value, figure.decimals);
}

/** A source cell as a figure's value: its number, and SSB's symbol when the cell is one ("-" is nil: the value 0). */
export function cellValue(cell: Cell | undefined): { value: number | null; symbol: string | undefined } {
  if (cell === undefined) return { value: null, symbol: ".." };
  return { value: numericValue(cell), symbol: typeof cell === "string" ? cell : undefined };
}
