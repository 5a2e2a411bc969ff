// All sample figures of one municipality, consistent with each other: population history and age structure,
// immigrants, households, dwellings, construction in line with growth, a projection that continues the history.
import {
  AGE_GROUPS,
  type AgeGroup,
  BUILDING_TYPES,
  type BuildingType,
  HOUSEHOLD_TYPES,
  type HouseholdType,
} from "../model/record.js";
import type { Profile } from "./profile.js";
import { gaussian, randomFor } from "./random.js";

/** SSB's 2026 projections (table 14746) start from 1 January 2026. */
const PROJECTION_BASE = 2026;

export const YEARS = {
  population: range(2000, 2026),
  immigrants: range(2010, 2026),
  households: range(2014, 2025),
  dwellings: range(2006, 2026),
  tenure: range(2015, 2025),
  crowding: range(2015, 2025),
  construction: range(2000, 2025),
  projection: range(PROJECTION_BASE, 2050),
  kostra: range(2015, 2025),
  husbanken: range(2015, 2025),
} as const;
export const AGE_SEX_YEAR = 2026;
export const REGISTER_YEAR = 2024;

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export interface Figures {
  readonly population: ReadonlyMap<number, number>;
  /** Ages 0–105 (105 = 105 or older) for AGE_SEX_YEAR. */
  readonly male: readonly number[];
  readonly female: readonly number[];
  readonly immigrants: ReadonlyMap<number, { immigrants: number; born: number }>;
  readonly households: ReadonlyMap<number, Record<HouseholdType, { households: number; persons: number }>>;
  readonly dwellings: ReadonlyMap<number, Record<BuildingType, number>>;
  readonly tenure: ReadonlyMap<number, { owner: number; cooperative: number; renter: number }>;
  readonly crowding: ReadonlyMap<number, number>;
  readonly construction: ReadonlyMap<number, { started: number; completed: number }>;
  readonly projection: {
    readonly main: ReadonlyMap<number, number>;
    readonly low: ReadonlyMap<number, number>;
    readonly high: ReadonlyMap<number, number>;
    readonly byAgeGroup: ReadonlyMap<AgeGroup, ReadonlyMap<number, number>>;
  };
  readonly municipalDwellings: ReadonlyMap<number, { count: number; per1000: number }>;
  readonly husbanken: ReadonlyMap<
    number,
    {
      startLoanCount: number;
      startLoanAmount: number;
      housingAllowance: number;
      rentalGrants: number;
      adaptationGrants: number;
    }
  >;
}

const round = Math.round;

function makePopulation(profile: Profile): Map<number, number> {
  const random = randomFor(profile.entry.code, "population");
  const result = new Map<number, number>();
  for (const year of YEARS.population) {
    const trend = profile.entry.population * (1 + profile.growth) ** (year - REGISTER_YEAR);
    result.set(year, round(trend * (1 + 0.003 * gaussian(random))));
  }
  result.set(REGISTER_YEAR, profile.entry.population);
  return result;
}

/** Relative size of each single-year age: cities have more 20–44, rural places more 55–85. */
function ageWeights(profile: Profile): number[] {
  const u = profile.urban;
  return range(0, 105).map((age) => {
    const survival = age <= 60 ? 1 : Math.exp(-((age - 60) ** 2) / 600);
    const young = Math.exp(-((age - 31) ** 2) / 140);
    const old = Math.exp(-((age - 68) ** 2) / 200);
    const children = Math.exp(-((age - 8) ** 2) / 60);
    return survival * (0.75 + 0.55 * u * young + 0.45 * (1 - u) * old + 0.15 * (0.3 + u) * children);
  });
}

function maleShare(age: number): number {
  return age < 60 ? 0.512 : Math.max(0.3, 0.512 - (age - 60) * 0.005);
}

function makeAgeSex(profile: Profile, total: number): { male: number[]; female: number[] } {
  const random = randomFor(profile.entry.code, "age");
  const weights = ageWeights(profile).map((w) => w * (1 + 0.08 * gaussian(random)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const male: number[] = [];
  const female: number[] = [];
  for (const [age, weight] of weights.entries()) {
    const people = (total * weight) / sum;
    male.push(Math.max(0, round(people * maleShare(age))));
    female.push(Math.max(0, round(people * (1 - maleShare(age)))));
  }
  return { male, female };
}

const HOUSEHOLD_SHARES: Record<HouseholdType, [rural: number, urban: number, persons: number]> = {
  "living-alone": [0.37, 0.45, 1],
  "couple-without-children": [0.27, 0.2, 2],
  "couple-with-children": [0.18, 0.19, 4],
  "single-parent": [0.06, 0.07, 2.6],
  "adult-children": [0.05, 0.04, 3.2],
  "multi-family": [0.04, 0.04, 4.6],
  other: [0.03, 0.01, 2.4],
};

const DWELLING_SHARES: Record<BuildingType, [rural: number, urban: number]> = {
  detached: [0.76, 0.3],
  "semi-detached": [0.06, 0.09],
  "row-house": [0.07, 0.16],
  block: [0.04, 0.4],
  communal: [0.03, 0.02],
  other: [0.04, 0.03],
};

const mix = (rural: number, urban: number, u: number): number => rural + (urban - rural) * u;

export function makeFigures(profile: Profile): Figures {
  const u = profile.urban;
  const code = profile.entry.code;
  const population = makePopulation(profile);
  const { male, female } = makeAgeSex(profile, population.get(AGE_SEX_YEAR) ?? 0);
  population.set(
    AGE_SEX_YEAR,
    [...male, ...female].reduce((a, b) => a + b, 0),
  );
  const pop = (year: number): number => population.get(year) ?? profile.entry.population;

  const noise = randomFor(code, "immigrants");
  const immigrantShare = Math.max(0.04, 0.07 + 0.12 * u + 0.02 * gaussian(noise));
  const immigrants = new Map(
    YEARS.immigrants.map((year) => {
      const share = immigrantShare * (0.55 + (0.45 * (year - 2010)) / 16);
      const count = round(pop(year) * share);
      return [year, { immigrants: count, born: round(count * (0.12 + 0.18 * u)) }];
    }),
  );

  const householdSize = mix(2.25, 1.98, u);
  // Households have grown smaller in most places (about 0,4 % a year), in some larger: earlier years get their own
  // size, the latest keeps householdSize, so today's figures do not depend on the drift.
  const sizeDrift = 0.004 + 0.004 * gaussian(randomFor(code, "household size"));
  const lastHouseholdYear = YEARS.households.at(-1) ?? AGE_SEX_YEAR;
  const households = new Map(
    YEARS.households.map((year) => {
      const total = (pop(year) * 0.975) / (householdSize * (1 + sizeDrift * (lastHouseholdYear - year)));
      const shareSum = HOUSEHOLD_TYPES.reduce((s, t) => s + mix(HOUSEHOLD_SHARES[t][0], HOUSEHOLD_SHARES[t][1], u), 0);
      const counts = HOUSEHOLD_TYPES.map((type) => {
        const [rural, urban, persons] = HOUSEHOLD_SHARES[type];
        const count = round((total * mix(rural, urban, u)) / shareSum);
        return { type, count, persons: count * persons };
      });
      // Persons in private households add up to 97.5 % of the population, whatever the type mix gives.
      const scale = (pop(year) * 0.975) / counts.reduce((s, c) => s + c.persons, 0);
      const byType = Object.fromEntries(
        counts.map(({ type, count, persons }) => [
          type,
          { households: count, persons: Math.max(count, round(persons * scale)) },
        ]),
      ) as Record<HouseholdType, { households: number; persons: number }>;
      return [year, byType];
    }),
  );

  const buildNoise = randomFor(code, "construction");
  const per1000 = Math.min(11, Math.max(0, 1 + 450 * profile.growth));
  const construction = new Map(
    YEARS.construction.map((year) => {
      const completed = Math.max(0, round((pop(year) / 1000) * per1000 * (1 + 0.35 * gaussian(buildNoise))));
      const started = Math.max(0, round((pop(year) / 1000) * per1000 * (1 + 0.35 * gaussian(buildNoise))));
      return [year, { started, completed }];
    }),
  );

  const dwellingsNow = ((pop(AGE_SEX_YEAR) * 0.975) / householdSize) * mix(1.12, 1.05, u);
  const dwellings = new Map<number, Record<BuildingType, number>>();
  let stock = dwellingsNow;
  for (const year of [...YEARS.dwellings].reverse()) {
    const typeSum = BUILDING_TYPES.reduce((s, t) => s + mix(DWELLING_SHARES[t][0], DWELLING_SHARES[t][1], u), 0);
    // Newer stock leans towards blocks: older years have slightly fewer.
    const byType = Object.fromEntries(
      BUILDING_TYPES.map((type) => {
        const share = mix(DWELLING_SHARES[type][0], DWELLING_SHARES[type][1], u) / typeSum;
        const drift = type === "block" ? 1 - 0.006 * (AGE_SEX_YEAR - year) : 1;
        return [type, round(stock * share * drift)];
      }),
    ) as Record<BuildingType, number>;
    dwellings.set(year, byType);
    stock -= construction.get(year - 1)?.completed ?? 0;
  }

  const tenure = new Map(
    YEARS.tenure.map((year) => {
      const total = HOUSEHOLD_TYPES.reduce(
        (s, t) => s + (households.get(Math.min(year, 2025))?.[t].households ?? 0),
        0,
      );
      const owner = round(total * mix(0.78, 0.6, u));
      const cooperative = round(total * mix(0.01, 0.15, u));
      return [year, { owner, cooperative, renter: total - owner - cooperative }];
    }),
  );

  const crowdNoise = randomFor(code, "crowding");
  const crowdLevel = code === "0301" ? 17 : mix(4.5, 12, u) + 1.2 * gaussian(crowdNoise);
  const crowding = new Map(
    YEARS.crowding.map((year) => [
      year,
      Math.round(Math.max(1, crowdLevel + 0.3 * gaussian(crowdNoise) - 0.05 * (2025 - year)) * 10) / 10,
    ]),
  );

  const projection = makeProjection(profile, pop(PROJECTION_BASE), male, female);

  const kostraNoise = randomFor(code, "kostra");
  const kostraLevel = mix(30, 17, u) + 4 * gaussian(kostraNoise);
  const municipalDwellings = new Map(
    YEARS.kostra.map((year) => {
      const rate = Math.max(5, kostraLevel + 0.5 * gaussian(kostraNoise));
      const count = round((pop(year) * rate) / 1000);
      return [year, { count, per1000: Math.round(((count * 1000) / pop(year)) * 10) / 10 }];
    }),
  );

  const hbNoise = randomFor(code, "husbanken");
  const husbanken = new Map(
    YEARS.husbanken.map((year) => {
      const loans = Math.max(0, round(pop(year) * 0.0011 * (0.7 + 0.6 * u) * (1 + 0.25 * gaussian(hbNoise))));
      const allowanceTrend = year <= 2022 ? 1 - 0.04 * (year - 2015) : 0.72 + 0.12 * (year - 2022);
      return [
        year,
        {
          startLoanCount: loans,
          startLoanAmount: round(loans * mix(1300, 2600, u) * (1 + 0.1 * gaussian(hbNoise))),
          housingAllowance: Math.max(0, round(pop(year) * 0.018 * allowanceTrend * (1 + 0.1 * gaussian(hbNoise)))),
          rentalGrants: hbNoise() < 0.15 ? round(2 + hbNoise() * pop(year) * 0.0015) : 0,
          adaptationGrants: Math.max(0, round(pop(year) * 0.0006 * (1 + 0.4 * gaussian(hbNoise)))),
        },
      ];
    }),
  );

  return {
    population,
    male,
    female,
    immigrants,
    households,
    dwellings,
    tenure,
    crowding,
    construction,
    projection,
    municipalDwellings,
    husbanken,
  };
}

function groupOf(age: number): AgeGroup {
  if (age === 0) return "0";
  if (age <= 5) return "1-5";
  if (age <= 12) return "6-12";
  if (age <= 15) return "13-15";
  if (age <= 19) return "16-19";
  if (age <= 44) return "20-44";
  if (age <= 66) return "45-66";
  if (age <= 79) return "67-79";
  if (age <= 89) return "80-89";
  return "90+";
}

/** The 2024 projection: the main alternative continues (a little slower) the growth of the history; the
 * population ages; low and high alternatives fan out. */
function makeProjection(
  profile: Profile,
  base: number,
  male: readonly number[],
  female: readonly number[],
): Figures["projection"] {
  const growth = profile.growth * 0.7;
  const main = new Map<number, number>();
  const low = new Map<number, number>();
  const high = new Map<number, number>();
  for (const year of YEARS.projection) {
    const t = year - PROJECTION_BASE;
    main.set(year, round(base * (1 + growth) ** t));
    low.set(year, round(base * (1 + growth - 0.004) ** t));
    high.set(year, round(base * (1 + growth + 0.004) ** t));
  }
  const baseShares = new Map<AgeGroup, number>(AGE_GROUPS.map((g) => [g, 0]));
  for (let age = 0; age <= 105; age += 1) {
    const group = groupOf(age);
    baseShares.set(group, (baseShares.get(group) ?? 0) + (male[age] ?? 0) + (female[age] ?? 0));
  }
  const byAgeGroup = new Map<AgeGroup, Map<number, number>>(AGE_GROUPS.map((g) => [g, new Map()]));
  for (const year of YEARS.projection) {
    const t = year - PROJECTION_BASE;
    const ageing = (group: AgeGroup): number =>
      ["67-79", "80-89", "90+"].includes(group) ? 1 + (group === "67-79" ? 0.012 : 0.03) * t : 1 - 0.004 * t;
    const weights = AGE_GROUPS.map((g) => (baseShares.get(g) ?? 0) * ageing(g));
    const sum = weights.reduce((a, b) => a + b, 0) || 1;
    const total = main.get(year) ?? 0;
    for (const [i, group] of AGE_GROUPS.entries())
      byAgeGroup.get(group)?.set(year, round(((weights[i] ?? 0) * total) / sum));
  }
  return { main, low, high, byAgeGroup };
}
