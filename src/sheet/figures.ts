// Figures derived from a municipality record: pure arithmetic on its series, before any wording or rounding.
import { numericValue } from "../data/types.js";
import { findIndicator, type IndicatorValue } from "../indicators/catalogue.js";
import { type MunicipalityRecord, OPEN_AGE, type Series } from "../model/record.js";

export interface YearNumber {
  readonly year: number;
  readonly value: number;
}

/** The latest year with a number (SSB's "-" counts as 0; other symbols are skipped). */
export function latestNumber(series: Series | undefined): YearNumber | null {
  if (!series) return null;
  for (let i = series.length - 1; i >= 0; i--) {
    const point = series[i]!;
    const value = numericValue(point.value);
    if (value !== null) return { year: point.year, value };
  }
  return null;
}

export function numberAt(series: Series | undefined, year: number): number | null {
  const point = series?.find((p) => p.year === year);
  return point ? numericValue(point.value) : null;
}

/** Change from `from` to `to` in a series, as a number and a per cent of the start value. */
export function changeBetween(
  series: Series | undefined,
  from: number,
  to: number,
): { absolute: number; percent: number } | null {
  const start = numberAt(series, from);
  const end = numberAt(series, to);
  if (start === null || end === null || start === 0) return null;
  return { absolute: end - start, percent: ((end - start) / start) * 100 };
}

/** The sheet's age groups (SSB 14288's, with 0 and 1–5 joined): [label, first age, last age]. */
export const SHEET_AGE_GROUPS: readonly (readonly [string, number, number])[] = [
  ["0–5", 0, 5],
  ["6–12", 6, 12],
  ["13–15", 13, 15],
  ["16–19", 16, 19],
  ["20–44", 20, 44],
  ["45–66", 45, 66],
  ["67–79", 67, 79],
  ["80–89", 80, 89],
  ["90+", 90, OPEN_AGE],
];

/** A statistic the indicator model also uses (src/indicators/catalogue.ts): one computation for the sheet, the
 * comparison and the ranking, so they can never disagree. */
export function indicator(record: MunicipalityRecord, id: string): IndicatorValue | null {
  const definition = findIndicator(id);
  if (!definition) throw new Error(`indicator ${id} is not in the catalogue`);
  return definition.compute(record);
}

export function indicatorNumber(record: MunicipalityRecord, id: string): number | null {
  return indicator(record, id)?.value ?? null;
}

/** Value per 1000 inhabitants, using the population 1 January of the same year (or the nearest earlier one). */
export function per1000(value: number | null, record: MunicipalityRecord, year: number): number | null {
  if (value === null) return null;
  const total = record.population?.data.total;
  const population = numberAt(total, year) ?? numberAt(total, year - 1) ?? numberAt(total, year + 1);
  return population ? (value / population) * 1000 : null;
}
