// The thin mapping from a table's observations (one municipality, on today's borders) to the record's parts,
// using the catalogue's dimension ids and codes. Each function returns null when the table has nothing for it.
import { type DimensionValue, findTableSpec, matchesValue, type TableSpec } from "../data/tables.js";
import type { Cell, Observation } from "../data/types.js";
import { sumCells } from "./harmonise.js";
import {
  AGE_GROUPS,
  type AgeGroup,
  type AgeSexCount,
  BUILDING_TYPES,
  type Construction,
  type Crowding,
  type Dwellings,
  HOUSEHOLD_TYPES,
  type Households,
  type HusbankenUse,
  type Immigrants,
  type MunicipalDwellings,
  type Population,
  type Projection,
  type Series,
  type Tenure,
} from "./record.js";

function specOf(id: string): TableSpec {
  const spec = findTableSpec(id);
  if (!spec) throw new Error(`Tabell ${id} mangler i katalogen (src/data/tables.ts).`);
  return spec;
}

/** The catalogue's dimension id and value for a semantic key ("owner"); keys are unique within a table. */
export function findValue(table: string, key: string): { dimension: string; value: DimensionValue } {
  for (const [dimension, spec] of Object.entries(specOf(table).dimensions)) {
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

/** Single year of age from a 07459 code ("007", "105+") or label ("7 år", "105 år eller eldre"). */
export function parseAge(key: string | undefined): number | null {
  const known = ageCache.get(key ?? "");
  if (known !== undefined) return known;
  const age = readAge(key);
  ageCache.set(key ?? "", age);
  return age;
}

// The same few hundred age codes recur in every municipality; parse each once.
const ageCache = new Map<string, number | null>();
const ageGroupCache = new Map<string, AgeGroup | null>();

function readAge(key: string | undefined): number | null {
  const match = /^\D*(\d{1,3})/.exec(key ?? "");
  return match?.[1] === undefined ? null : Math.min(105, Number(match[1]));
}

/** An age group of 14288 from a code ("001-005", "090+") or label ("1-5 år", "90 år eller eldre"). */
export function parseAgeGroup(key: string | undefined): AgeGroup | null {
  const known = ageGroupCache.get(key ?? "");
  if (known !== undefined) return known;
  const group = readAgeGroup(key);
  ageGroupCache.set(key ?? "", group);
  return group;
}

function readAgeGroup(key: string | undefined): AgeGroup | null {
  const text = (key ?? "").trim();
  const range = /^\D*(\d{1,3})\s*[-–]\s*(\d{1,3})/.exec(text);
  const single = /^\D*(\d{1,3})/.exec(text);
  let name: string | null = null;
  if (range?.[1] !== undefined && range[2] !== undefined) name = `${Number(range[1])}-${Number(range[2])}`;
  else if (single?.[1] !== undefined)
    name = /\+|eldre|over/.test(text) ? `${Number(single[1])}+` : String(Number(single[1]));
  return AGE_GROUPS.find((group) => group === name) ?? null;
}

// Age is not a catalogue dimension (every age is read), so its id is fixed here.
const AGE = "Alder";
const has = (o: Observation, dimension: string): boolean => o.keys[dimension] !== undefined;

export function makePopulation(observations: readonly Observation[]): Population | null {
  const persons = pick(observations, "07459", "persons");
  const totals = persons.filter((o) => !has(o, AGE) && !has(o, findValue("07459", "male").dimension));
  const byAge = persons.filter((o) => has(o, AGE));
  const total = totals.length > 0 ? toSeries(totals) : toSeries(byAge);
  if (total.length === 0) return null;
  const ageYear = latestYear(byAge);
  const byAgeSex: AgeSexCount[] = [];
  if (ageYear !== null) {
    const inYear = byAge.filter((o) => o.year === ageYear);
    const cellsByAge = (list: readonly Observation[]): Map<number, Cell[]> => {
      const byAgeCode = new Map<number, Cell[]>();
      for (const o of list) {
        const age = parseAge(o.keys[AGE]);
        if (age === null) continue;
        const cells = byAgeCode.get(age) ?? [];
        cells.push(o.value);
        byAgeCode.set(age, cells);
      }
      return byAgeCode;
    };
    const male = cellsByAge(pick(inYear, "07459", "male"));
    const female = cellsByAge(pick(inYear, "07459", "female"));
    const cellAt = (cells: Cell[] | undefined): Cell => (cells === undefined ? ".." : sumCells(cells));
    for (let age = 0; age <= 105; age += 1) {
      byAgeSex.push({ age, male: cellAt(male.get(age)), female: cellAt(female.get(age)) });
    }
  }
  return { total, byAgeSex, ageSexYear: ageYear ?? (total.at(-1)?.year as number) };
}

export function makeImmigrants(observations: readonly Observation[]): Immigrants | null {
  const persons = pick(observations, "09817", "persons");
  const immigrants = toSeries(pick(persons, "09817", "immigrants"));
  const born = toSeries(pick(persons, "09817", "norwegianBornToImmigrantParents"));
  return immigrants.length === 0 && born.length === 0 ? null : { immigrants, norwegianBornToImmigrantParents: born };
}

export function makeHouseholds(observations: readonly Observation[]): Households | null {
  const households = pick(observations, "06070", "households");
  const year = latestYear(households);
  if (year === null) return null;
  const byType = Object.fromEntries(
    HOUSEHOLD_TYPES.map((type) => [type, cellIn(pick(households, "06070", type), year)]),
  ) as Households["byType"];
  const personsObs = observations.some((o) => has(o, findValue("06070", "persons").dimension))
    ? pick(observations, "06070", "persons").filter((o) => o.year === year)
    : [];
  return {
    year,
    byType,
    total: sumCells(Object.values(byType)),
    persons: personsObs.length === 0 ? null : sumCells(personsObs.map((o) => o.value)),
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
  const share = toSeries(pick(observations, "11036", "share"));
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
  const alternative = (key: string): Series => toSeries(pick(totals.length > 0 ? totals : grouped, "14288", key));
  const main = alternative("main");
  if (main.length === 0) return null;
  const mainByGroup = pick(grouped, "14288", "main");
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
  const count = toSeries(pick(observations, "12913", "count"));
  const per1000 = toSeries(pick(observations, "12913", "per1000"));
  return count.length === 0 && per1000.length === 0 ? null : { count, per1000 };
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
