// The households the population projection implies, as a range between two household sizes: today's held fixed,
// and the observed change in household size carried on. Numbers only; the words are in sections/construction.ts.
// Why not age-specific household rates: no SSB table of persons in private households by age, or of households by
// the age of their main person, per municipality, is known with its codes (docs/boligbehov.md).
import type { MunicipalityRecord, Series } from "../model/record.js";
import { numberAt } from "./figures.js";

/** How far ahead the housing-need estimate looks. */
const NEED_HORIZON = 10;
/** The trend in household size is read over at most this many years back from the latest... */
const TREND_YEARS = 10;
/** ...and at least this many: a shorter span is too noisy to carry ten years ahead. */
const MIN_TREND_YEARS = 5;
/** SSB's household statistics break between 2013 and 2014 (students placed where they study, among other things):
 * a size before 2014 does not compare with one after. */
const FIRST_COMPARABLE_YEAR = 2014;

/** Household size carried on at its observed change per year. */
export interface SizeTrend {
  /** The year the change is read from, and the household size then. */
  readonly fromYear: number;
  readonly fromSize: number;
  /** Household size the trend gives for the end of the projection period. */
  readonly endSize: number;
  /** Change in households over the period with this size. */
  readonly households: number;
}

export interface HousingNeed {
  readonly fromYear: number;
  readonly toYear: number;
  /** The latest year with a household size, and the size (persons in private households per household). */
  readonly sizeYear: number;
  readonly householdSize: number;
  /** Change in households over the period with today's household size (negative when the population shrinks). */
  readonly constantSize: number;
  /** The same with the trend in household size; null when the source has too few years for one. */
  readonly trend: SizeTrend | null;
  /** The ends of the range: the smaller and the larger of the estimates. */
  readonly low: number;
  readonly high: number;
}

/** Household size by year: persons in private households per household, where both are numbers. */
function sizesByYear(totals: Series, persons: Series): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const { year } of totals) {
    const households = numberAt(totals, year);
    const inHouseholds = numberAt(persons, year);
    if (households !== null && households > 0 && inHouseholds !== null) sizes.set(year, inHouseholds / households);
  }
  return sizes;
}

/** The earliest year of the trend window with a household size, when it spans enough years. */
function trendStart(sizes: ReadonlyMap<number, number>, sizeYear: number): number | null {
  const first = Math.max(sizeYear - TREND_YEARS, FIRST_COMPARABLE_YEAR);
  const years = [...sizes.keys()].filter((year) => year >= first && year < sizeYear).sort((a, b) => a - b);
  const start = years[0];
  return start !== undefined && sizeYear - start >= MIN_TREND_YEARS ? start : null;
}

/** Projected change in households: the projected population divided by the household size, with today's size
 * held fixed and with its observed change per year carried on to the end of the period. */
export function estimateHousingNeed(record: MunicipalityRecord, dataYear: number): HousingNeed | null {
  const projection = record.projection?.data;
  const households = record.households?.data;
  if (!projection || !households) return null;
  const sizes = sizesByYear(households.totalByYear, households.personsByYear);
  const sizeYear = households.year;
  const size = sizes.get(sizeYear);
  const fromYear = Math.max(projection.baseYear, dataYear);
  const toYear = Math.min(fromYear + NEED_HORIZON, projection.main.at(-1)?.year ?? fromYear);
  const start = numberAt(projection.main, fromYear);
  const end = numberAt(projection.main, toYear);
  if (size === undefined || start === null || end === null || toYear <= fromYear) return null;
  const constantSize = (end - start) / size;
  const trend = trendOf(sizes, sizeYear, size, { fromYear, toYear, start, end });
  const estimates = trend ? [constantSize, trend.households] : [constantSize];
  return {
    fromYear,
    toYear,
    sizeYear,
    householdSize: size,
    constantSize,
    trend,
    low: Math.min(...estimates),
    high: Math.max(...estimates),
  };
}

function trendOf(
  sizes: ReadonlyMap<number, number>,
  sizeYear: number,
  size: number,
  period: { fromYear: number; toYear: number; start: number; end: number },
): SizeTrend | null {
  const trendFrom = trendStart(sizes, sizeYear);
  const fromSize = trendFrom === null ? undefined : sizes.get(trendFrom);
  if (trendFrom === null || fromSize === undefined) return null;
  const perYear = (size - fromSize) / (sizeYear - trendFrom);
  const sizeIn = (year: number) => size + perYear * (year - sizeYear);
  // A household has at least one person: a trend that runs below that is no estimate.
  if (sizeIn(period.toYear) < 1) return null;
  const households = period.end / sizeIn(period.toYear) - period.start / sizeIn(period.fromYear);
  return { fromYear: trendFrom, fromSize, endSize: sizeIn(period.toYear), households };
}
