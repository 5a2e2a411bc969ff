// Every indicator faktaark can compute from a MunicipalityRecord: the comparison (compare/) and the indicator
// model (indicators/) both pick from this one list, so a number means the same thing in both places.

import { PERIOD_YEARS } from "../data/cells.js";
import { numericValue } from "../data/types.js";
import { personsAged } from "../model/ages.js";
import { type AgeGroup, type MunicipalityRecord, OPEN_AGE, type Series, type Sourced } from "../model/record.js";
import { settledPer1000, settlementWindow } from "../model/refugees.js";

/** Where an indicator's value came from, to print "Kilde: SSB, tabell 07459 (2025)". */
export interface IndicatorSource {
  readonly publisher: string;
  readonly table: string;
  /** First and last year the value rests on (equal for a single year; null for a classification). */
  readonly fromYear: number | null;
  readonly toYear: number | null;
  /** For a mean over a window of years: how many of them had a number and were averaged, and whether all of the
   * window's years did. null when the value is not a mean (one year, or a change between fromYear and toYear). */
  readonly mean: IndicatorMean | null;
}

export interface IndicatorMean {
  readonly yearCount: number;
  readonly allYears: boolean;
}

export interface IndicatorValue {
  readonly value: number;
  readonly source: IndicatorSource;
}

export interface IndicatorDefinition {
  /** The id a statistician writes in the config ("andel_80_pluss"). */
  readonly id: string;
  /** Norwegian label for tables and the sheet. */
  readonly label: string;
  /** A few words for narrow places (report columns, chart legends). */
  readonly shortLabel: string;
  /** Unit as printed after the value ("%", "per 1000 innbyggere"). */
  readonly unit: string;
  /** Decimals when the value is printed. */
  readonly decimals: number;
  /** Population size is compared on a log scale: a town of 2 000 is as far from one of 4 000 as 50 000 from 100 000. */
  readonly scale: "linear" | "log";
  /** The value, or null when the record lacks what it needs. Never 0 for a missing value. */
  readonly compute: (record: MunicipalityRecord) => IndicatorValue | null;
}

/** Years averaged for construction: enough to smooth one large project in a small municipality. A mean uses the
 * years of its window that have a number and says which (docs/indikatormodell.md, 1): a municipality formed in 2024
 * has two, and a mean of two is a truer figure than none, which would hand its weight silently to the others. */
export const CONSTRUCTION_YEARS = 5;
/** Years averaged for startlån, which vary a lot from year to year in small municipalities. */
const START_LOAN_YEARS = 3;
/** The horizon of the projected growth of the oldest, as in Husbanken's and SSB's own summaries. */
const PROJECTION_YEAR = 2035;

function sourceOf(
  part: Sourced<unknown>,
  fromYear: number | null,
  toYear: number | null,
  mean: IndicatorMean | null = null,
): IndicatorSource {
  return { publisher: part.source.publisher, table: part.source.table, fromYear, toYear, mean };
}

function numberIn(series: Series, year: number): number | null {
  const point = series.find((p) => p.year === year);
  return point ? numericValue(point.value) : null;
}

/** The latest year with a number; SSB's other symbols ("..", ":") are skipped, never read as 0. */
function latestIn(series: Series): { year: number; value: number } | null {
  for (let i = series.length - 1; i >= 0; i--) {
    const point = series[i]!;
    const value = numericValue(point.value);
    if (value !== null) return { year: point.year, value };
  }
  return null;
}

/** The value of the latest year a part has a row for, with its source: null when that row is suppressed (":") or
 * missing, never an older year's value and never 0. */
function computeLatestRow(part: Sourced<unknown> | null, series: Series | undefined): IndicatorValue | null {
  const last = series?.at(-1);
  const value = last ? numericValue(last.value) : null;
  if (!part || !last || value === null) return null;
  return { value, source: sourceOf(part, last.year, last.year) };
}

function populationIn(record: MunicipalityRecord, year: number): number | null {
  return record.population ? numberIn(record.population.data.total, year) : null;
}

/** Percentage change of the population over `years` years up to the latest year. */
function computeGrowth(record: MunicipalityRecord, years: number): IndicatorValue | null {
  const part = record.population;
  if (!part) return null;
  const latest = latestIn(part.data.total);
  if (!latest) return null;
  const start = numberIn(part.data.total, latest.year - years);
  if (start === null || start === 0) return null;
  return { value: ((latest.value - start) / start) * 100, source: sourceOf(part, latest.year - years, latest.year) };
}

/** Ages the projection publishes as groups (`groups`) and the register counts year by year (`first`–`last`). */
export interface ProjectedAges {
  readonly groups: readonly AgeGroup[];
  readonly first: number;
  readonly last: number;
}

export const AGED_67_TO_79: ProjectedAges = { groups: ["67-79"], first: 67, last: 79 };
export const AGED_80_PLUS: ProjectedAges = { groups: ["80-89", "90+"], first: 80, last: OPEN_AGE };

/** The projection's main alternative for some ages (their groups summed year by year), or for everyone (null). */
export function projectedSeries(record: MunicipalityRecord, ages: ProjectedAges | null): Series {
  const projection = record.projection?.data;
  if (!projection) return [];
  if (!ages) return projection.main;
  const parts = projection.byAgeGroup.filter((g) => ages.groups.includes(g.group));
  if (parts.length !== ages.groups.length) return [];
  return (parts[0]?.main ?? []).map(({ year }) => {
    const values = parts.map((part) => numberIn(part.main, year));
    return { year, value: values.some((v) => v === null) ? ".." : values.reduce<number>((a, b) => a + (b ?? 0), 0) };
  });
}

/**
 * Where every projected change starts: the latest registered year, at its registered figure where the record has
 * one, else at the projection's own value for that year. A projection made two years ago is read from today, so
 * "øke med 36 % fra 2026" and not the 47 % since the projection's base year.
 */
export function projectionStart(
  record: MunicipalityRecord,
  ages: ProjectedAges | null,
): { year: number; value: number } | null {
  const latest = record.population ? latestIn(record.population.data.total) : null;
  if (!latest) return null;
  const population = record.population?.data;
  const registered = !ages
    ? latest.value
    : population?.ageYear === latest.year
      ? personsAged(population.byAge, ages.first, ages.last)
      : null;
  const value = registered ?? numberIn(projectedSeries(record, ages), latest.year);
  return value === null ? null : { year: latest.year, value };
}

export interface ProjectedChange {
  readonly fromYear: number;
  readonly toYear: number;
  readonly start: number;
  readonly end: number;
  readonly percent: number;
}

/** The projected change for some ages (or everyone) from projectionStart to `toYear`; null without both ends. */
export function computeProjectedChange(
  record: MunicipalityRecord,
  ages: ProjectedAges | null,
  toYear: number,
): ProjectedChange | null {
  const start = projectionStart(record, ages);
  const end = numberIn(projectedSeries(record, ages), toYear);
  if (!start || start.year >= toYear || start.value === 0 || end === null) return null;
  return { fromYear: start.year, toYear, start: start.value, end, percent: ((end - start.value) / start.value) * 100 };
}

/** Share (per cent) of the population at or above `minAge`; null when a band is missing or reaches across it. */
function computeAgeShare(record: MunicipalityRecord, minAge: number): IndicatorValue | null {
  const part = record.population;
  if (!part || part.data.byAge.length === 0) return null;
  const total = personsAged(part.data.byAge, 0, OPEN_AGE);
  const old = personsAged(part.data.byAge, minAge, OPEN_AGE);
  if (total === null || old === null || total === 0) return null;
  return { value: (old / total) * 100, source: sourceOf(part, part.data.ageYear, part.data.ageYear) };
}

/** Share (per cent) of households of one type. */
function computeHouseholdShare(
  record: MunicipalityRecord,
  type: "living-alone" | "single-parent",
): IndicatorValue | null {
  const part = record.households;
  if (!part) return null;
  const count = numericValue(part.data.byType[type]);
  const total = numericValue(part.data.total);
  if (count === null || total === null || total === 0) return null;
  return { value: (count / total) * 100, source: sourceOf(part, part.data.year, part.data.year) };
}

/** A year's count and the same count per 1000 inhabitants (population 1 January that year). */
export interface YearRate {
  readonly year: number;
  readonly value: number;
  readonly per1000: number;
}

/** The years among the last `years` of the series (up to its last year, with a number or not) that have both a
 * number and a population: the only years a mean over them may use. */
function ratesOverLastYears(record: MunicipalityRecord, series: Series, years: number): YearRate[] {
  const last = series.at(-1);
  if (!last) return [];
  const rates: YearRate[] = [];
  for (let year = last.year - years + 1; year <= last.year; year++) {
    const value = numberIn(series, year);
    const population = populationIn(record, year);
    if (value === null || population === null || population === 0) continue;
    rates.push({ year, value, per1000: (value / population) * 1000 });
  }
  return rates;
}

/** Completed dwellings in the years boligbygging_per_1000 averages; the sheet's averages use exactly these. */
export function recentCompletionRates(record: MunicipalityRecord): YearRate[] {
  const completed = record.construction?.data.completed;
  return completed ? ratesOverLastYears(record, completed, CONSTRUCTION_YEARS) : [];
}

/** Mean of value per 1000 inhabitants (population 1 January that year) over the years among the last `years` of the
 * series that have a number; its period runs from the first to the last of them. */
function computeMeanPer1000(
  record: MunicipalityRecord,
  part: Sourced<unknown>,
  series: Series,
  years: number,
): IndicatorValue | null {
  const rates = ratesOverLastYears(record, series, years);
  const first = rates[0];
  const last = rates.at(-1);
  if (!first || !last) return null;
  const mean = rates.reduce((sum, rate) => sum + rate.per1000, 0) / rates.length;
  return {
    value: mean,
    source: sourceOf(part, first.year, last.year, { yearCount: rates.length, allYears: rates.length === years }),
  };
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: "folketall",
    label: "Folketall",
    shortLabel: "Folketall",
    unit: "innbyggere",
    decimals: 0,
    scale: "log",
    compute(record) {
      const part = record.population;
      const latest = part ? latestIn(part.data.total) : null;
      if (!part || !latest || latest.value <= 0) return null;
      return { value: latest.value, source: sourceOf(part, latest.year, latest.year) };
    },
  },
  {
    id: "sentralitet",
    label: "Sentralitetsindeks",
    shortLabel: "Sentralitet",
    unit: "indeks 0–1000",
    decimals: 0,
    scale: "linear",
    compute(record) {
      if (record.centrality?.index === null || record.centrality?.index === undefined) return null;
      return {
        value: record.centrality.index,
        source: { publisher: "SSB", table: "KLASS 128", fromYear: null, toYear: null, mean: null },
      };
    },
  },
  {
    id: "vekst_5ar",
    label: "Befolkningsvekst siste 5 år",
    shortLabel: "Vekst 5 år",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute: (record) => computeGrowth(record, 5),
  },
  {
    id: "vekst_10ar",
    label: "Befolkningsvekst siste 10 år",
    shortLabel: "Vekst 10 år",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute: (record) => computeGrowth(record, 10),
  },
  {
    id: "andel_67_pluss",
    label: "Andel 67 år og eldre",
    shortLabel: "67 år+",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute: (record) => computeAgeShare(record, 67),
  },
  {
    id: "andel_80_pluss",
    label: "Andel 80 år og eldre",
    shortLabel: "80 år+",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute: (record) => computeAgeShare(record, 80),
  },
  {
    id: "andel_innvandrere",
    label: "Andel innvandrere",
    shortLabel: "Innvandrere",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.immigrants;
      if (!part) return null;
      // The latest year both the immigrant count and the population have a number.
      for (let i = part.data.immigrants.length - 1; i >= 0; i--) {
        const point = part.data.immigrants[i]!;
        const immigrants = numericValue(point.value);
        const population = populationIn(record, point.year);
        if (immigrants === null || population === null || population === 0) continue;
        return { value: (immigrants / population) * 100, source: sourceOf(part, point.year, point.year) };
      }
      return null;
    },
  },
  {
    id: "husholdningsstorrelse",
    label: "Personer per husholdning",
    shortLabel: "Husholdningsstørrelse",
    unit: "personer",
    decimals: 2,
    scale: "linear",
    compute(record) {
      const part = record.households;
      if (!part || part.data.persons === null) return null;
      const persons = numericValue(part.data.persons);
      const total = numericValue(part.data.total);
      if (persons === null || total === null || total === 0) return null;
      return { value: persons / total, source: sourceOf(part, part.data.year, part.data.year) };
    },
  },
  {
    id: "andel_blokk",
    label: "Andel boliger i blokk",
    shortLabel: "Blokkboliger",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.dwellings;
      if (!part) return null;
      const block = numericValue(part.data.byBuildingType.block);
      const total = numericValue(part.data.total);
      if (block === null || total === null || total === 0) return null;
      return { value: (block / total) * 100, source: sourceOf(part, part.data.year, part.data.year) };
    },
  },
  {
    id: "andel_leiere",
    label: "Andel husholdninger som leier",
    shortLabel: "Leiere",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.tenure;
      if (!part) return null;
      const owners = numericValue(part.data.owners);
      const renters = numericValue(part.data.renters);
      if (owners === null || renters === null || owners + renters === 0) return null;
      return { value: (renters / (owners + renters)) * 100, source: sourceOf(part, part.data.year, part.data.year) };
    },
  },
  {
    id: "boligbygging_per_1000",
    label: "Fullførte boliger per 1000 innbyggere (snitt siste 5 år)",
    shortLabel: "Boligbygging",
    unit: "per 1000 innbyggere",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.construction;
      if (!part) return null;
      return computeMeanPer1000(record, part, part.data.completed, CONSTRUCTION_YEARS);
    },
  },
  {
    id: "andel_aleneforsorgere",
    label: "Andel husholdninger med aleneforsørger",
    shortLabel: "Aleneforsørgere",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute: (record) => computeHouseholdShare(record, "single-parent"),
  },
  {
    id: "andel_aleneboende",
    label: "Andel aleneboende husholdninger",
    shortLabel: "Aleneboende",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute: (record) => computeHouseholdShare(record, "living-alone"),
  },
  {
    id: "framskrevet_vekst_80_pluss",
    label: `Framskrevet vekst i antall 80 år og eldre til ${PROJECTION_YEAR}`,
    shortLabel: "Framskrevet 80 år+",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.projection;
      const change = part ? computeProjectedChange(record, AGED_80_PLUS, PROJECTION_YEAR) : null;
      if (!part || !change) return null;
      return { value: change.percent, source: sourceOf(part, change.fromYear, PROJECTION_YEAR) };
    },
  },
  {
    id: "startlan_per_1000",
    label: "Startlån per 1000 innbyggere (snitt siste 3 år)",
    shortLabel: "Startlån",
    unit: "per 1000 innbyggere",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.husbanken;
      if (!part) return null;
      return computeMeanPer1000(record, part, part.data.startLoanCount, START_LOAN_YEARS);
    },
  },
  {
    id: "bostotte_per_1000",
    label: "Husstander med bostøtte per 1000 innbyggere",
    shortLabel: "Bostøtte",
    unit: "per 1000 innbyggere",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.husbanken;
      if (!part) return null;
      const series = part.data.housingAllowanceHouseholds;
      for (let i = series.length - 1; i >= 0; i--) {
        const point = series[i]!;
        const households = numericValue(point.value);
        // Recipients are counted in December; the population of 1 January the year after is the closest count.
        const population = populationIn(record, point.year + 1) ?? populationIn(record, point.year);
        if (households === null || population === null || population === 0) continue;
        return { value: (households / population) * 1000, source: sourceOf(part, point.year, point.year) };
      }
      return null;
    },
  },
  {
    id: "kommunale_boliger_per_1000",
    label: "Kommunalt disponerte boliger per 1000 innbyggere",
    shortLabel: "Kommunale boliger",
    unit: "per 1000 innbyggere",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.municipalDwellings;
      if (!part) return null;
      const published = latestIn(part.data.per1000);
      return published ? { value: published.value, source: sourceOf(part, published.year, published.year) } : null;
    },
  },
  {
    // The share of the latest three-year period (12944); the source's years are the period's.
    id: "andel_vedvarende_lavinntekt",
    label: "Andel personer i husholdninger med vedvarende lavinntekt",
    shortLabel: "Vedvarende lavinntekt",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.lowIncome;
      const latest = part ? latestIn(part.data.share) : null;
      if (!part || !latest) return null;
      return { value: latest.value, source: sourceOf(part, latest.year - PERIOD_YEARS + 1, latest.year) };
    },
  },
  {
    // A price SSB suppresses (":") is missing, never 0 and never an older year's price: the municipality's weight
    // goes to its other indicators (docs/indikatormodell.md, 2.5).
    id: "kvadratmeterpris",
    label: "Kvadratmeterpris for brukte boliger",
    shortLabel: "Kvadratmeterpris",
    unit: "kr",
    decimals: 0,
    scale: "linear",
    compute: (record) => computeLatestRow(record.housePrices, record.housePrices?.data.pricePerM2),
  },
  {
    // KOSTRA's published rate of the latest year (13995). A rate SSB suppresses (":") or a municipality that did not
    // report is missing, as a suppressed price is: the weight goes to the municipality's other indicators.
    id: "sosialhjelp_per_1000",
    label: "Sosialhjelpsmottakere per 1000 innbyggere",
    shortLabel: "Sosialhjelp",
    unit: "per 1000 innbyggere",
    decimals: 1,
    scale: "linear",
    compute: (record) => computeLatestRow(record.socialAssistance, record.socialAssistance?.data.per1000),
  },
  {
    // IMDi's refugees settled over the last (up to five) complete years per 1000 inhabitants, as the sheet shows it. A
    // year IMDi hides («:») or lacks makes the value missing, never a sum without it: the weight goes to the
    // municipality's other indicators (docs/indikatormodell.md, 2.5).
    id: "bosatte_flyktninger_per_1000",
    label: "Bosatte flyktninger per 1000 innbyggere",
    shortLabel: "Bosatte flyktninger",
    unit: "per 1000 innbyggere",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.refugees;
      const window = settlementWindow(part?.data.settled);
      const value = part && window ? settledPer1000(record, window) : null;
      if (!part || !window || typeof value !== "number") return null;
      return { value, source: sourceOf(part, window.from, window.to) };
    },
  },
  {
    id: "andel_trangbodde",
    label: "Andel trangbodde",
    shortLabel: "Trangbodde",
    unit: "%",
    decimals: 1,
    scale: "linear",
    compute(record) {
      const part = record.crowding;
      const latest = part ? latestIn(part.data.share) : null;
      if (!part || !latest) return null;
      return { value: latest.value, source: sourceOf(part, latest.year, latest.year) };
    },
  },
];

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return INDICATORS.find((indicator) => indicator.id === id);
}
