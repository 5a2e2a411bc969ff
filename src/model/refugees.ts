// Refugees settled per 1000 inhabitants over a window of complete years (IMDi «Bosettingstall»): the one figure the
// sheet and the indicator model make of IMDi's numbers, so both say the same.
import type { Cell } from "../data/types.js";
import { sumCells } from "./harmonise.js";
import type { MunicipalityRecord, Series } from "./record.js";

/** Years summed at most: refugees settled over five years, as Husbanken's indicator model counts them. */
export const SETTLEMENT_YEARS = 5;

export interface SettlementWindow {
  readonly from: number;
  readonly to: number;
  /** How many years the window holds: fewer than SETTLEMENT_YEARS when the source has fewer complete years. */
  readonly years: number;
  /** The inhabitants the number is per 1000 of: SSB 07459's population on 1 January after the window. */
  readonly populationYear: number;
}

/** The window of a municipality's series: its last year (the reader keeps complete years only) and up to four
 * before it, from the first year the source has. */
export function settlementWindow(series: Series | undefined): SettlementWindow | null {
  const first = series?.[0]?.year;
  const to = series?.at(-1)?.year;
  if (first === undefined || to === undefined) return null;
  const from = Math.max(first, to - SETTLEMENT_YEARS + 1);
  return { from, to, years: to - from + 1, populationYear: to + 1 };
}

/** Refugees settled in the window per 1000 inhabitants, or the symbol that stands for it: «:» when IMDi hides a
 * year's number, «..» when a year or the population is missing (never a sum without the hidden years). */
export function settledPer1000(record: MunicipalityRecord, window: SettlementWindow): Cell {
  const settled = record.refugees?.data.settled;
  const cells: Cell[] = [];
  for (let year = window.from; year <= window.to; year += 1)
    cells.push(settled?.find((point) => point.year === year)?.value ?? "..");
  const sum = sumCells(cells);
  const population = record.population?.data.total.find((point) => point.year === window.populationYear)?.value;
  if (sum === "-") return typeof population === "number" && population > 0 ? 0 : "..";
  if (typeof sum !== "number") return sum;
  if (typeof population !== "number" || population <= 0) return "..";
  return (sum / population) * 1000;
}
