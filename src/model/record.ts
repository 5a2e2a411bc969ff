// The joined, typed record of one municipality: the single input of everything downstream
// (comparison, indicators, sheet model). Every part carries the source it came from.
import type { Topic } from "../data/tables.js";
import type { Cell, SourceRef } from "../data/types.js";

export interface YearValue {
  readonly year: number;
  readonly value: Cell;
}
/** Values by year, ascending, one per year. */
export type Series = readonly YearValue[];

/** A footnote the sheet must carry, as a key of the sheet's texts (`notes` in templates/<lang>/tekster.json) and the
 * values it is filled in with, so it reads right in bokmål and nynorsk alike. */
export interface Note {
  readonly key:
    | "merged"
    | "split"
    | "splitIncluded"
    | "summedZero"
    | "weightedCrowding"
    | "suppressedLeftOut"
    | "reportingMunicipalities"
    | "partialAggregate"
    | "partialYears";
  readonly params: Readonly<Record<string, string | number>>;
}

/** A part of the record with the table it was read from. */
export interface Sourced<T> {
  readonly source: SourceRef;
  /** Every dataset file the data was read from (paths relative to the dataset): `source.file` first, then those of
   * the same topic that filled other years or regions (a population series joined from two 07459 exports). */
  readonly files: readonly string[];
  readonly data: T;
  /** Notes the sheet must carry as footnotes, e.g. how a series was put on today's borders. */
  readonly notes: readonly Note[];
}

export type WrittenForm = "nb" | "nn" | "neutral";

/** SSB 14288's age groups, used for projections and for age structure on the sheet. */
export const AGE_GROUPS = ["0", "1-5", "6-12", "13-15", "16-19", "20-44", "45-66", "67-79", "80-89", "90+"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Persons of both sexes in an age band: a single year (first = last) or a group as SSB publishes it. */
export interface AgeBand {
  readonly first: number;
  /** The last age in the band; OPEN_AGE for "… or older". */
  readonly last: number;
  readonly persons: Cell;
}

export { OPEN_AGE } from "../data/age-key.js";

export interface Population {
  /** Population 1 January, by year, on today's borders. */
  readonly total: Series;
  /** Persons by age band for `ageYear`, youngest first, covering every age once. */
  readonly byAge: readonly AgeBand[];
  readonly ageYear: number;
}

export interface Immigrants {
  /** Immigrants (SSB: innvandrere), by year. */
  readonly immigrants: Series;
  /** Norwegian-born to immigrant parents, by year. */
  readonly norwegianBornToImmigrantParents: Series;
}

/** The sheet's household types, each one or more of SSB 06070's eleven (src/data/tables.ts): couples with
 * children 0–17 (003, 004), lone parents with children 0–17 (005, 006), families whose youngest child is 18 or
 * older (007), multi-family households (008–010) and SSB's "Andre husholdninger" (000). */
export const HOUSEHOLD_TYPES = [
  "living-alone",
  "couple-without-children",
  "couple-with-children",
  "single-parent",
  "adult-children",
  "multi-family",
  "other",
] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

export interface Households {
  readonly year: number;
  readonly byType: Readonly<Record<HouseholdType, Cell>>;
  readonly total: Cell;
  /** Persons in private households, when the source gives it (for household size). */
  readonly persons: Cell | null;
  /** All private households, and the persons in them ([] when the source has no persons), in every year the source
   * has: how household size has changed. */
  readonly totalByYear: Series;
  readonly personsByYear: Series;
}

/** SSB 06265's building types. */
export const BUILDING_TYPES = ["detached", "semi-detached", "row-house", "block", "communal", "other"] as const;
export type BuildingType = (typeof BUILDING_TYPES)[number];

export interface Dwellings {
  readonly year: number;
  readonly byBuildingType: Readonly<Record<BuildingType, Cell>>;
  readonly total: Cell;
}

export interface Tenure {
  readonly year: number;
  /** Private households that own their dwelling (directly or through a housing co-operative/company). */
  readonly owners: Cell;
  readonly renters: Cell;
}

export interface Crowding {
  /** Share (per cent) of residents in private households living crowded, by year. */
  readonly share: Series;
}

export interface Construction {
  /** Dwellings started per year. */
  readonly started: Series;
  /** Dwellings completed per year. */
  readonly completed: Series;
}

export interface Projection {
  /** The year the projection was made from ("Framskriving 2024"). */
  readonly baseYear: number;
  /** Total population by year: main alternative (MMMM), low (LLML) and high (HHMH). */
  readonly main: Series;
  readonly low: Series;
  readonly high: Series;
  /** Main alternative by age group. */
  readonly byAgeGroup: readonly { readonly group: AgeGroup; readonly main: Series }[];
}

export interface MunicipalDwellings {
  /** Municipally owned or managed dwellings per 1000 inhabitants, as KOSTRA (12008) publishes it, by year. */
  readonly per1000: Series;
}

export interface LowIncome {
  /** Share (per cent) of persons in households with persistent low income (EU scale, 60 per cent of the median),
   * by the last year of SSB 12944's three-year period (2024 = 2022–2024). */
  readonly share: Series;
  /** The persons it counts, by the same periods. */
  readonly persons: Series;
}

export interface HousePrices {
  /** Mean price per m² of used dwellings, all types (NOK), by year; SSB suppresses it (":") where few were sold. */
  readonly pricePerM2: Series;
  /** Dwellings sold, by year. */
  readonly transactions: Series;
}

export interface SocialAssistance {
  /** Recipients of social assistance per 1000 inhabitants, as KOSTRA (13995) publishes it, by year. */
  readonly per1000: Series;
}

export interface Refugees {
  /** Refugees settled in the municipality in the year (IMDi «Antall bosatte personer»), complete years only; IMDi
   * hides a number («:») that is usually below five. */
  readonly settled: Series;
}

/** Husbanken's counts per year (HusbankenUse without the area's hidden population). */
export type HusbankenMeasure = Exclude<keyof HusbankenUse, "hiddenPopulation">;

export interface HusbankenUse {
  /** Startlån: number of loans and amount (NOK 1000) per year. */
  readonly startLoanCount: Series;
  readonly startLoanAmount: Series;
  /** Bostøtte: recipient households (December) per year. */
  readonly housingAllowanceHouseholds: Series;
  /** Tilskudd til utleieboliger: number of dwellings given the grant per year. */
  readonly rentalGrantDwellings: Series;
  /** Tilskudd til tilpasning/etablering: grants per year. */
  readonly adaptationGrants: Series;
  /** A county or the country, summed from its municipalities: per measure, the years some member's count is hidden
   * («:») and so not in the sum, with those members' inhabitants on 1 January. A rate per 1000 leaves them out of
   * what it divides by, too; «..» when one of them has no population figure for the year. */
  readonly hiddenPopulation?: Readonly<Partial<Record<HusbankenMeasure, Series>>>;
}

export interface MunicipalityRecord {
  /** Four-digit municipality number, 2024 structure. */
  readonly code: string;
  /** Official name including Sami/Kven forms ("Tromsø - Romsa - Tromssa"). */
  readonly name: string;
  /** The Norwegian name alone ("Tromsø"), for file names and running text. */
  readonly shortName: string;
  readonly county: { readonly code: string; readonly name: string };
  /** SSB centrality class 1 (most central) to 6, and index 0–1000 (KLASS 128); the index is null when the source
   * gives the class only (KLASS 131's correspondence to 128, as `fetch` gets it). */
  readonly centrality: { readonly class: number; readonly index: number | null } | null;
  /** SSB's KOSTRA group 1–17 (kommunegruppering per 2020, KLASS 112), or null when the dataset has none for it. */
  readonly kostraGroup: number | null;
  readonly writtenForm: WrittenForm;
  readonly population: Sourced<Population> | null;
  readonly immigrants: Sourced<Immigrants> | null;
  readonly households: Sourced<Households> | null;
  readonly dwellings: Sourced<Dwellings> | null;
  readonly tenure: Sourced<Tenure> | null;
  readonly crowding: Sourced<Crowding> | null;
  readonly construction: Sourced<Construction> | null;
  readonly projection: Sourced<Projection> | null;
  readonly municipalDwellings: Sourced<MunicipalDwellings> | null;
  readonly lowIncome: Sourced<LowIncome> | null;
  readonly housePrices: Sourced<HousePrices> | null;
  readonly socialAssistance: Sourced<SocialAssistance> | null;
  readonly refugees: Sourced<Refugees> | null;
  readonly husbanken: Sourced<HusbankenUse> | null;
}

/** The statistical parts of a record: one per topic of the catalogue. */
export type RecordParts = Pick<MunicipalityRecord, Topic>;

/** The country ("0") or a county ("40") as the source files publish it: SSB's own totals, not faktaark's sums. */
export interface AreaFigures {
  readonly code: string;
  readonly parts: RecordParts;
}
