// Builds small hand-made MunicipalityRecords for the comparison and indicator-model tests.
import type { Cell } from "../../src/data/types.js";
import type { AgeBand, HouseholdType, MunicipalityRecord, Series, Sourced } from "../../src/model/record.js";

export function sourced<T>(table: string, data: T, publisher = "SSB"): Sourced<T> {
  return {
    source: { table, publisher, file: `${table}.csv`, format: "tidy-csv", title: `Tabell ${table}` },
    files: [`${table}.csv`],
    data,
    notes: [],
  };
}

/** `series({ 2020: 100, 2021: ".." })` → a series sorted by year. */
export function series(values: Readonly<Record<number, Cell>>): Series {
  return Object.entries(values)
    .map(([year, value]) => ({ year: Number(year), value }))
    .sort((a, b) => a.year - b.year);
}

/** A record with nothing but a code, a name and a county; add parts with `overrides`. */
export function makeRecord(code: string, overrides: Partial<MunicipalityRecord> = {}): MunicipalityRecord {
  return {
    code,
    name: `Kommune ${code}`,
    shortName: `Kommune ${code}`,
    county: { code: code.slice(0, 2), name: `Fylke ${code.slice(0, 2)}` },
    centrality: null,
    kostraGroup: null,
    writtenForm: "nb",
    population: null,
    immigrants: null,
    households: null,
    dwellings: null,
    tenure: null,
    crowding: null,
    construction: null,
    projection: null,
    municipalDwellings: null,
    lowIncome: null,
    housePrices: null,
    socialAssistance: null,
    refugees: null,
    husbanken: null,
    ...overrides,
  };
}

/** Population 1 January of `year` only. */
export function population(total: number, year = 2025, byAge: readonly AgeBand[] = []) {
  return sourced("07459", { total: series({ [year]: total }), byAge, ageYear: year });
}

export function immigrants(count: Cell, year = 2025) {
  return sourced("09817", { immigrants: series({ [year]: count }), norwegianBornToImmigrantParents: series({}) });
}

export function tenure(owners: Cell, renters: Cell, year = 2024) {
  return sourced("11084", { year, owners, renters });
}

export function households(
  byType: Partial<Record<HouseholdType, Cell>>,
  total: Cell,
  persons: Cell | null,
  year = 2025,
) {
  const full: Record<HouseholdType, Cell> = {
    "living-alone": 0,
    "couple-without-children": 0,
    "couple-with-children": 0,
    "single-parent": 0,
    "adult-children": 0,
    "multi-family": 0,
    other: 0,
    ...byType,
  };
  const totalByYear = [{ year, value: total }];
  const personsByYear = persons === null ? [] : [{ year, value: persons }];
  return sourced("06070", { year, byType: full, total, persons, totalByYear, personsByYear });
}

export function centrality(index: number) {
  return { class: index >= 925 ? 1 : index >= 750 ? 3 : 5, index };
}
