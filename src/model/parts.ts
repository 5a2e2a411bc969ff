// The thin mapping from a table's observations (one municipality, on today's borders) to the record's parts,
// using the catalogue's dimension ids and codes. Each function returns null when the table has nothing for it.
import { AGE, parseAgeBand } from "../data/age-key.js";
import { type DimensionValue, matchesValue, requireTableSpec } from "../data/tables.js";
import type { Cell, Observation } from "../data/types.js";
import { sumCells } from "./harmonise.js";
import {
  AGE_GROUPS,
  type AgeBand,
  type AgeGroup,
  BUILDING_TYPES,
  type Construction,
  type Crowding,
  type Dwellings,
  HOUSEHOLD_TYPES,
  type Households,
  type HouseholdType,
  type HousePrices,
  type HusbankenUse,
  type Immigrants,
  type LowIncome,
  type MunicipalDwellings,
  OPEN_AGE,
  type Population,
  type Projection,
  type Refugees,
  type Series,
  type SocialAssistance,
  type Tenure,
} from "./record.js";

/** The catalogue's dimension id and value for a semantic key ("owner"); keys are unique within a table. */
export function findValue(table: string, key: string): { dimension: string; value: DimensionValue } {
  for (const [dimension, spec] of Object.entries(requireTableSpec(table).dimensions)) {
    const value = spec.values[key];
    if (value !== undefined) return { dimension, value };
  }
  throw new Error(`Katalogen har ikke verdien «${key}» for tabell ${table}.`);
}

/** The observations for one value of a dimension; all of them when the table does not have the dimension
 * (it was eliminated in the download). */
export function pick(observations: readonly Observation[], table: string, key: string): Observation[] {
  const { dimension, value } = findValue(table, key);
  if (!observations.some((o) => o.keys[dimension] !== undefined)) return [...observations];
  return observations.filter((o) => matchesValue(o.keys[dimension], value));
}

/** One value per year: the cells of a year summed (over dimensions the catalogue does not name). */
export function toSeries(observations: readonly Observation[]): Series {
  const byYear = new Map<number, Cell[]>();
  for (const o of observations) {
    const cells = byYear.get(o.year) ?? [];
    cells.push(o.value);
    byYear.set(o.year, cells);
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, cells]) => ({ year, value: sumCells(cells) }));
}

const latestYear = (observations: readonly Observation[]): number | null =>
  observations.length === 0 ? null : Math.max(...observations.map((o) => o.year));

const cellIn = (observations: readonly Observation[], year: number): Cell => {
  const cells = observations.filter((o) => o.year === year).map((o) => o.value);
  return cells.length === 0 ? ".." : sumCells(cells);
};

const ageGroupCache = new Map<string, AgeGroup | null>();

/** An age group of 14288/14746 from a code ("001-005", "090+") or label ("1-5 år", "90 år eller eldre"). */
export function parseAgeGroup(key: string | undefined): AgeGroup | null {
  const known = ageGroupCache.get(key ?? "");
  if (known !== undefined) return known;
  const band = parseAgeBand(key);
  const name =
    band === null
      ? null
      : band.last === OPEN_AGE
        ? `${band.first}+`
        : band.first === band.last
          ? String(band.first)
          : `${band.first}-${band.last}`;
  const group = AGE_GROUPS.find((candidate) => candidate === name) ?? null;
  ageGroupCache.set(key ?? "", group);
  return group;
}

const has = (o: Observation, dimension: string): boolean => o.keys[dimension] !== undefined;

/** Persons by age band in one year, both sexes summed; [] when the bands do not cover every age exactly once. */
function ageBands(observations: readonly Observation[]): AgeBand[] {
  const byBand = new Map<string, { first: number; last: number; cells: Cell[] }>();
  for (const o of observations) {
    const band = parseAgeBand(o.keys[AGE]);
    if (band === null) continue;
    const id = `${band.first}-${band.last}`;
    const entry = byBand.get(id) ?? { ...band, cells: [] };
    entry.cells.push(o.value);
    byBand.set(id, entry);
  }
  const bands = [...byBand.values()].sort((a, b) => a.first - b.first);
  let next = 0;
  for (const band of bands) {
    if (band.first !== next || band.last < band.first) return [];
    next = band.last + 1;
  }
  if (next !== OPEN_AGE + 1) return [];
  return bands.map(({ first, last, cells }) => ({ first, last, persons: sumCells(cells) }));
}

export function makePopulation(observations: readonly Observation[]): Population | null {
  const persons = pick(observations, "07459", "persons");
  const totals = persons.filter((o) => !has(o, AGE) && !has(o, findValue("07459", "male").dimension));
  const byAgeRows = persons.filter((o) => has(o, AGE) && parseAgeBand(o.keys[AGE]) !== null);
  const total = totals.length > 0 ? toSeries(totals) : toSeries(byAgeRows);
  if (total.length === 0) return null;
  const ageYear = latestYear(byAgeRows);
  const byAge = ageYear === null ? [] : ageBands(byAgeRows.filter((o) => o.year === ageYear));
  return { total, byAge, ageYear: ageYear ?? (total.at(-1)?.year as number) };
}

export function makeImmigrants(observations: readonly Observation[]): Immigrants | null {
  const persons = pick(pick(observations, "09817", "persons"), "09817", "allCountries");
  const immigrants = toSeries(pick(persons, "09817", "immigrants"));
  const born = toSeries(pick(persons, "09817", "norwegianBornToImmigrantParents"));
  return immigrants.length === 0 && born.length === 0 ? null : { immigrants, norwegianBornToImmigrantParents: born };
}

/** The observations of one of the sheet's household types: SSB's 06070 types it joins (the catalogue's group),
 * or a recode's label for all of them together. */
function pickHouseholdType(observations: readonly Observation[], type: HouseholdType): Observation[] {
  const { dimension } = findValue("06070", "living-alone");
  const spec = requireTableSpec("06070").dimensions[dimension];
  const group = spec?.groups?.[type];
  const values = (group?.members ?? [type]).flatMap((key) => spec?.values[key] ?? []);
  const labels = new Set((group?.labels ?? []).map((label) => label.toLowerCase()));
  return observations.filter((o) => {
    const key = o.keys[dimension];
    return values.some((v) => matchesValue(key, v)) || (key !== undefined && labels.has(key.trim().toLowerCase()));
  });
}

export function makeHouseholds(observations: readonly Observation[]): Households | null {
  const households = pick(observations, "06070", "households");
  const year = latestYear(households);
  if (year === null) return null;
  const byType = Object.fromEntries(
    HOUSEHOLD_TYPES.map((type) => [type, cellIn(pickHouseholdType(households, type), year)]),
  ) as Households["byType"];
  const allPersons = observations.some((o) => has(o, findValue("06070", "persons").dimension))
    ? pick(observations, "06070", "persons")
    : [];
  const personsObs = allPersons.filter((o) => o.year === year);
  return {
    year,
    byType,
    total: sumCells(Object.values(byType)),
    persons: personsObs.length === 0 ? null : sumCells(personsObs.map((o) => o.value)),
    // Summed over the sheet's types, as `total` is, so a type the catalogue does not read is not counted.
    totalByYear: toSeries(HOUSEHOLD_TYPES.flatMap((type) => pickHouseholdType(households, type))),
    personsByYear: toSeries(allPersons),
  };
}

export function makeDwellings(observations: readonly Observation[]): Dwellings | null {
  const dwellings = pick(observations, "06265", "dwellings");
  const year = latestYear(dwellings);
  if (year === null) return null;
  const byBuildingType = Object.fromEntries(
    BUILDING_TYPES.map((type) => [type, cellIn(pick(dwellings, "06265", type), year)]),
  ) as Dwellings["byBuildingType"];
  return { year, byBuildingType, total: sumCells(Object.values(byBuildingType)) };
}

export function makeTenure(observations: readonly Observation[]): Tenure | null {
  const households = pick(observations, "11084", "households");
  const year = latestYear(households);
  if (year === null) return null;
  const of = (key: string): Cell => cellIn(pick(households, "11084", key), year);
  return { year, owners: sumCells([of("owner"), of("cooperative")]), renters: of("renter") };
}

export function makeCrowding(observations: readonly Observation[]): Crowding | null {
  const share = toSeries(pick(observations, "fhi-trangbodd", "all"));
  return share.length === 0 ? null : { share };
}

export function makeConstruction(observations: readonly Observation[]): Construction | null {
  const started = toSeries(pick(observations, "05940", "started"));
  const completed = toSeries(pick(observations, "05940", "completed"));
  return started.length === 0 && completed.length === 0 ? null : { started, completed };
}

export function makeProjection(observations: readonly Observation[]): Projection | null {
  const totals = observations.filter((o) => !has(o, AGE));
  const grouped = observations.filter((o) => has(o, AGE));
  const alternative = (key: string): Series => toSeries(pick(totals.length > 0 ? totals : grouped, "14746", key));
  const main = alternative("main");
  if (main.length === 0) return null;
  const mainByGroup = pick(grouped, "14746", "main");
  const byGroup = new Map<AgeGroup, Observation[]>();
  for (const o of mainByGroup) {
    const group = parseAgeGroup(o.keys[AGE]);
    if (group === null) continue;
    const list = byGroup.get(group) ?? [];
    list.push(o);
    byGroup.set(group, list);
  }
  const byAgeGroup = AGE_GROUPS.filter((group) => byGroup.has(group)).map((group) => ({
    group,
    main: toSeries(byGroup.get(group) ?? []),
  }));
  return {
    baseYear: main[0]?.year as number,
    main,
    low: alternative("low"),
    high: alternative("high"),
    byAgeGroup,
  };
}

export function makeMunicipalDwellings(observations: readonly Observation[]): MunicipalDwellings | null {
  const per1000 = toSeries(pick(observations, "12008", "per1000"));
  return per1000.length === 0 ? null : { per1000 };
}

export function makeLowIncome(observations: readonly Observation[]): LowIncome | null {
  const allAges = pick(observations, "12944", "allAges");
  const share = toSeries(pick(allAges, "12944", "share"));
  return share.length === 0 ? null : { share, persons: toSeries(pick(allAges, "12944", "persons")) };
}

export function makeHousePrices(observations: readonly Observation[]): HousePrices | null {
  const all = pick(observations, "14545", "all");
  const pricePerM2 = toSeries(pick(all, "14545", "pricePerM2"));
  return pricePerM2.length === 0 ? null : { pricePerM2, transactions: toSeries(pick(all, "14545", "transactions")) };
}

export function makeSocialAssistance(observations: readonly Observation[]): SocialAssistance | null {
  const per1000 = toSeries(pick(observations, "13995", "per1000"));
  return per1000.length === 0 ? null : { per1000 };
}

export function makeRefugees(observations: readonly Observation[]): Refugees | null {
  const settled = toSeries(pick(observations, "imdi-bosetting", "settled"));
  return settled.length === 0 ? null : { settled };
}

export function makeHusbanken(observations: readonly Observation[]): HusbankenUse | null {
  const of = (key: string): Series => toSeries(pick(observations, "husbanken", key));
  const use: HusbankenUse = {
    startLoanCount: of("startLoanCount"),
    startLoanAmount: of("startLoanAmount"),
    housingAllowanceHouseholds: of("housingAllowanceHouseholds"),
    rentalGrantDwellings: of("rentalGrantDwellings"),
    adaptationGrants: of("adaptationGrants"),
  };
  return Object.values(use).every((series: Series) => series.length === 0) ? null : use;
}
