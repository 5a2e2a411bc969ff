// A county or the country as one record: counts summed over its municipalities, shares weighted by population,
// rates per 1000 recomputed from the sums. Suppressed cells (":") are left out of sums, and the part says so;
// Husbanken's counts also keep the inhabitants of those members, whom a rate per 1000 then leaves out as well.
import type { Cell } from "../data/types.js";
import { sumCells } from "./harmonise.js";
import * as message from "./messages.js";
import {
  AGE_GROUPS,
  type AreaFigures,
  BUILDING_TYPES,
  HOUSEHOLD_TYPES,
  type HusbankenMeasure,
  type HusbankenUse,
  type MunicipalityRecord,
  type Note,
  type RecordParts,
  type Refugees,
  type Series,
  type Sourced,
} from "./record.js";

/** Adds cells: ":" is skipped (reported through `suppressed`), ".." makes the sum missing, "." is nothing. */
class Summer {
  suppressed = false;
  /** Years of a series summed over only the members that have a figure (see `series`). */
  readonly partialYears = new Set<number>();

  /** `bordered[member]`: whether that member's part was put on today's borders (a merge or split note), which
   * explains a year it lacks; `series` lists the members in the same order. */
  constructor(private readonly bordered: readonly boolean[]) {}

  sum(cells: readonly Cell[]): Cell {
    if (cells.includes("..")) return "..";
    let total = 0;
    let numbers = 0;
    let dashes = 0;
    let suppressed = false;
    for (const cell of cells) {
      if (typeof cell === "number") {
        total += cell;
        numbers += 1;
      } else if (cell === "-") dashes += 1;
      else if (cell === ":") suppressed = true;
    }
    if (suppressed) this.suppressed = true;
    if (numbers + dashes === 0) return suppressed ? ":" : ".";
    return numbers === 0 ? "-" : total;
  }

  /** Year by year over every member's series. A year some members lack («..», or not in their series) is summed
   * over those that have it and remembered in `partialYears`, so the part can say so, when each member that lacks
   * it was put on today's borders: SSB's series on today's borders lack a municipality in the years before a split
   * gave it its area (Haram 2020–2023), whose figures are then in another member's. A year any other member lacks
   * is missing («..») for the area: a county's start loans without one municipality's, divided by the population
   * of all of them, printed 0,9 per 1000 for Telemark where 1,2 was true. */
  series(list: readonly Series[]): Series {
    const years = [...new Set(list.flatMap((s) => s.map((v) => v.year)))].sort((a, b) => a - b);
    const position = new Map(years.map((year, index) => [year, index]));
    // The cells of each year, member by member: one pass over each series (the country has 357 members).
    const cellsByYear = years.map((): Cell[] => new Array(list.length).fill(".."));
    list.forEach((series, member) => {
      // Backwards, so that a year given twice keeps its first cell, as `find` would.
      for (let index = series.length - 1; index >= 0; index -= 1) {
        const { year, value } = series[index] as Series[number];
        (cellsByYear[position.get(year) as number] as Cell[])[member] = value;
      }
    });
    return years.map((year, index) => {
      const cells = cellsByYear[index] as Cell[];
      const present = cells.filter((cell) => cell !== "..");
      if (present.length === 0 || present.length === cells.length) return { year, value: this.sum(cells) };
      if (cells.some((cell, member) => cell === ".." && !this.bordered[member])) return { year, value: ".." };
      this.partialYears.add(year);
      return { year, value: this.sum(present) };
    });
  }
}

/** The share of an area's municipalities that must have a part for faktaark to weight their shares or rates into
 * the area's figure. */
const MIN_MEMBERS = 0.9;

const BORDER_NOTES: ReadonlySet<Note["key"]> = new Set(["merged", "split", "splitIncluded", "summedZero"]);

/** How an area's part is made from its members' parts: counts summed, which needs every member (a county's start
 * loans without one municipality's, divided by the population of all, print too low a rate); or shares and rates
 * weighted by population over the members that have one (KOSTRA's non-reporters), which needs MIN_MEMBERS and says
 * so in `notes`. */
type Combination = { readonly kind: "sum" } | { readonly kind: "weighted"; readonly notes: readonly Note[] };
const SUM: Combination = { kind: "sum" };

function combine<T, R>(
  /** Whether the area is the country (its notes say "landet", a county's "fylket"). */
  country: boolean,
  parts: readonly (Sourced<T> | null)[],
  build: (data: readonly T[], summer: Summer) => R,
  combination: Combination = SUM,
): Sourced<R> | null {
  const present = parts.filter((p): p is Sourced<T> => p !== null);
  const first = present[0];
  // A sum over a few members is not the area: 17 Telemark municipalities are not "Landet".
  const needed = combination.kind === "sum" ? parts.length : parts.length * MIN_MEMBERS;
  if (first === undefined || present.length < needed) return null;
  const summer = new Summer(present.map((p) => p.notes.some((note) => BORDER_NOTES.has(note.key))));
  const data = build(
    present.map((p) => p.data),
    summer,
  );
  // How one member was put on today's borders (merged, split) says nothing about the county or the country.
  const notes = message.uniqueNotes(present.flatMap((p) => p.notes).filter((note) => !BORDER_NOTES.has(note.key)));
  if (summer.suppressed) notes.push(message.suppressedLeftOutNote());
  if (summer.partialYears.size > 0) notes.push(message.partialYearsNote([...summer.partialYears], country));
  if (present.length < parts.length) notes.push(message.partialAggregateNote(present.length, parts.length));
  const files = [...new Set(present.flatMap((p) => p.files))];
  const extraNotes = combination.kind === "weighted" ? combination.notes : [];
  return { source: first.source, files, data, notes: message.uniqueNotes([...notes, ...extraNotes]) };
}

const numberIn = (series: Series | undefined, year: number): number | null => {
  const cell = series?.find((v) => v.year === year)?.value;
  return typeof cell === "number" ? cell : cell === "-" ? 0 : null;
};

const latest = (years: readonly number[]): number => Math.max(...years);

export function aggregateRecords(
  records: readonly MunicipalityRecord[],
  code: string,
  name: string,
): MunicipalityRecord {
  const country = code === "0";
  const populationOf = new Map(records.map((r) => [r.code, r.population?.data.total]));
  return {
    code,
    name,
    shortName: name,
    county: { code, name },
    centrality: null,
    kostraGroup: null,
    writtenForm: "neutral",
    population: combine(
      country,
      records.map((r) => r.population),
      (list, s) => {
        const ageYear = latest(list.map((p) => p.ageYear));
        const withAges = list.filter((p) => p.ageYear === ageYear && p.byAge.length > 0);
        const bandsOf = (p: (typeof list)[number]): string => p.byAge.map((b) => `${b.first}-${b.last}`).join(",");
        const layout = withAges[0] === undefined ? "" : bandsOf(withAges[0]);
        // Summed band by band when every member has the same bands for the same year; otherwise no ages.
        const byAge =
          withAges.length === list.length && withAges.every((p) => bandsOf(p) === layout)
            ? (withAges[0]?.byAge ?? []).map(({ first, last }, index) => ({
                first,
                last,
                persons: s.sum(withAges.map((p) => p.byAge[index]?.persons ?? "..")),
              }))
            : [];
        return { total: s.series(list.map((p) => p.total)), byAge, ageYear };
      },
    ),
    immigrants: combine(
      country,
      records.map((r) => r.immigrants),
      (list, s) => ({
        immigrants: s.series(list.map((i) => i.immigrants)),
        norwegianBornToImmigrantParents: s.series(list.map((i) => i.norwegianBornToImmigrantParents)),
      }),
    ),
    households: combine(
      country,
      records.map((r) => r.households),
      (list, s) => {
        const year = latest(list.map((h) => h.year));
        const same = (h: (typeof list)[number]): boolean => h.year === year;
        const byType = Object.fromEntries(
          HOUSEHOLD_TYPES.map((t) => [t, s.sum(list.map((h) => (same(h) ? h.byType[t] : "..")))]),
        ) as Record<(typeof HOUSEHOLD_TYPES)[number], Cell>;
        const persons = list.every((h) => h.persons !== null)
          ? s.sum(list.map((h) => (same(h) ? (h.persons as Cell) : "..")))
          : null;
        return {
          year,
          byType,
          total: s.sum(list.map((h) => (same(h) ? h.total : ".."))),
          persons,
          totalByYear: s.series(list.map((h) => h.totalByYear)),
          personsByYear: persons === null ? [] : s.series(list.map((h) => h.personsByYear)),
        };
      },
    ),
    dwellings: combine(
      country,
      records.map((r) => r.dwellings),
      (list, s) => {
        const year = latest(list.map((d) => d.year));
        const byBuildingType = Object.fromEntries(
          BUILDING_TYPES.map((t) => [t, s.sum(list.map((d) => (d.year === year ? d.byBuildingType[t] : "..")))]),
        ) as Record<(typeof BUILDING_TYPES)[number], Cell>;
        return { year, byBuildingType, total: s.sum(list.map((d) => (d.year === year ? d.total : ".."))) };
      },
    ),
    tenure: combine(
      country,
      records.map((r) => r.tenure),
      (list, s) => {
        const year = latest(list.map((t) => t.year));
        // A member with one of the two hidden is left out of both: a share of owners over owners and renters
        // summed over different members would be off by the hidden part.
        const cell = (t: (typeof list)[number], value: Cell): Cell =>
          t.year !== year ? ".." : t.owners === ":" || t.renters === ":" ? ":" : value;
        return {
          year,
          owners: s.sum(list.map((t) => cell(t, t.owners))),
          renters: s.sum(list.map((t) => cell(t, t.renters))),
        };
      },
    ),
    crowding: combine(
      country,
      records.map((r) => (r.crowding ? { ...r.crowding, data: { code: r.code, share: r.crowding.data.share } } : null)),
      (list) => ({ share: weightedShare(list, populationOf) }),
      { kind: "weighted", notes: [message.weightedCrowdingNote()] },
    ),
    construction: combine(
      country,
      records.map((r) => r.construction),
      (list, s) => ({
        started: s.series(list.map((c) => c.started)),
        completed: s.series(list.map((c) => c.completed)),
      }),
    ),
    projection: combine(
      country,
      records.map((r) => r.projection),
      (list, s) => ({
        baseYear: list[0]?.baseYear ?? 0,
        main: s.series(list.map((p) => p.main)),
        low: s.series(list.map((p) => p.low)),
        high: s.series(list.map((p) => p.high)),
        byAgeGroup: AGE_GROUPS.filter((g) => list.every((p) => p.byAgeGroup.some((e) => e.group === g))).map(
          (group) => ({
            group,
            main: s.series(list.map((p) => p.byAgeGroup.find((e) => e.group === group)?.main ?? [])),
          }),
        ),
      }),
    ),
    municipalDwellings: combine(
      country,
      records.map((r) =>
        r.municipalDwellings
          ? { ...r.municipalDwellings, data: { code: r.code, share: r.municipalDwellings.data.per1000 } }
          : null,
      ),
      (list) => ({ per1000: weightedShare(list, populationOf) }),
      { kind: "weighted", notes: [message.reportingMunicipalitiesNote()] },
    ),
    // A share of persons in households, a mean price per m² and recipients per 1000 cannot be put together from the
    // municipalities' figures (other denominators, suppressed prices and rates): the county and the country have
    // SSB's own rows or nothing.
    lowIncome: null,
    housePrices: null,
    socialAssistance: null,
    refugees: combineSettled(records.map((r) => r.refugees)),
    husbanken: withHiddenPopulation(
      combine(
        country,
        records.map((r) => r.husbanken),
        (list, s) => ({
          startLoanCount: s.series(list.map((h) => h.startLoanCount)),
          startLoanAmount: s.series(list.map((h) => h.startLoanAmount)),
          housingAllowanceHouseholds: s.series(list.map((h) => h.housingAllowanceHouseholds)),
          rentalGrantDwellings: s.series(list.map((h) => h.rentalGrantDwellings)),
          adaptationGrants: s.series(list.map((h) => h.adaptationGrants)),
        }),
      ),
      records,
      populationOf,
    ),
  };
}

const HUSBANKEN_MEASURES: readonly HusbankenMeasure[] = [
  "startLoanCount",
  "startLoanAmount",
  "housingAllowanceHouseholds",
  "rentalGrantDwellings",
  "adaptationGrants",
];

/** The area's Husbanken sums with, per measure, the inhabitants of the members whose count a year is hidden («:»)
 * and so not in the sum (HusbankenUse.hiddenPopulation): a rate per 1000 divides by the others only. */
function withHiddenPopulation(
  part: Sourced<HusbankenUse> | null,
  records: readonly MunicipalityRecord[],
  populationOf: ReadonlyMap<string, Series | undefined>,
): Sourced<HusbankenUse> | null {
  if (part === null) return null;
  const hidden: Partial<Record<HusbankenMeasure, Series>> = {};
  for (const measure of HUSBANKEN_MEASURES) {
    const series = part.data[measure].flatMap(({ year }) => {
      const members = records.filter(
        (r) => r.husbanken?.data[measure].find((point) => point.year === year)?.value === ":",
      );
      if (members.length === 0) return [];
      const people = members.map((r) => numberIn(populationOf.get(r.code), year));
      const value: Cell = people.includes(null) ? ".." : people.reduce<number>((sum, n) => sum + (n ?? 0), 0);
      return [{ year, value }];
    });
    if (series.length > 0) hidden[measure] = series;
  }
  return Object.keys(hidden).length === 0 ? part : { ...part, data: { ...part.data, hiddenPopulation: hidden } };
}

/** Refugees settled in an area, year by year: the sum of its municipalities only in a year every one of them has a
 * number. IMDi hides small numbers («:»), and a sum without them would be too low without saying so; IMDi's own
 * county and country figures (its county table) take the place of this sum where they cover it (preferPublished). */
function combineSettled(parts: readonly (Sourced<Refugees> | null)[]): Sourced<Refugees> | null {
  const present = parts.filter((p): p is Sourced<Refugees> => p !== null);
  const first = present[0];
  if (first === undefined) return null;
  const years = [...new Set(present.flatMap((p) => p.data.settled.map((v) => v.year)))].sort((a, b) => a - b);
  const settled = years.map((year) => ({
    year,
    value: sumCells(parts.map((p) => p?.data.settled.find((v) => v.year === year)?.value ?? "..")),
  }));
  const files = [...new Set(present.flatMap((p) => p.files))];
  return { source: first.source, files, data: { settled }, notes: [] };
}

/** Mean of the municipalities' shares (or rates per 1000), weighted by their population in the same year;
 * municipalities whose value or population is not a number are left out. */
function weightedShare(
  list: readonly { code: string; share: Series }[],
  populationOf: ReadonlyMap<string, Series | undefined>,
): Series {
  const years = [...new Set(list.flatMap((c) => c.share.map((v) => v.year)))].sort((a, b) => a - b);
  return years.map((year) => {
    let weighted = 0;
    let weights = 0;
    for (const { code, share } of list) {
      const value = numberIn(share, year);
      const people = numberIn(populationOf.get(code), year);
      if (value === null || people === null) continue;
      weighted += value * people;
      weights += people;
    }
    return { year, value: weights === 0 ? ".." : Math.round((weighted / weights) * 10) / 10 };
  });
}

/** The series that says which years a part covers, for the parts that are series. */
const MAIN_SERIES: { readonly [K in keyof RecordParts]?: (data: NonNullable<RecordParts[K]>["data"]) => Series } = {
  population: (data) => data.total,
  immigrants: (data) => data.immigrants,
  crowding: (data) => data.share,
  construction: (data) => data.completed,
  projection: (data) => data.main,
  municipalDwellings: (data) => data.per1000,
  refugees: (data) => data.settled,
  husbanken: (data) => data.startLoanCount,
};

/** Whether a published part can stand for the area: every year faktaark's sum has a number for, it has one too
 * (SSB's row for a county formed in 2024 has nothing before), and a single-year part is as new as the sum's. */
function covers(
  key: keyof RecordParts,
  published: NonNullable<RecordParts[keyof RecordParts]>,
  sum: RecordParts[keyof RecordParts],
): boolean {
  if (sum === null) return true;
  const seriesOf = MAIN_SERIES[key] as ((data: unknown) => Series) | undefined;
  if (seriesOf === undefined) return (published.data as { year: number }).year >= (sum.data as { year: number }).year;
  const own = new Map(seriesOf(published.data).map((point) => [point.year, point.value]));
  return seriesOf(sum.data).every(
    (point) =>
      typeof point.value !== "number" || typeof own.get(point.year) === "number" || own.get(point.year) === "-",
  );
}

/** The aggregate with each part the area's own published figures have (SSB's "Hele landet" and county rows)
 * taken from them instead of faktaark's sum, where they cover what the sum covers. */
export function preferPublished(aggregate: MunicipalityRecord, published: AreaFigures | undefined): MunicipalityRecord {
  if (published === undefined) return aggregate;
  const parts = Object.fromEntries(
    (Object.entries(published.parts) as [keyof RecordParts, RecordParts[keyof RecordParts]][]).filter(
      ([key, part]) => part !== null && covers(key, part, aggregate[key]),
    ),
  ) as Partial<RecordParts>;
  return { ...aggregate, ...parts };
}
