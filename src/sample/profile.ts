// The shape of one municipality in the sample: how central it is, how fast it grows, how urban its age
// structure and housing are. Derived from the register's approximate population and county, plus noise.
import type { RegisterEntry } from "../model/municipalities.js";
import { gaussian, randomFor } from "./random.js";

export interface Profile {
  readonly entry: RegisterEntry;
  /** Synthetic centrality index 0–1000 and class 1–6 (SSB's class limits). */
  readonly centralityIndex: number;
  readonly centralityClass: number;
  /** 0 = remote and rural, 1 = the most urban. */
  readonly urban: number;
  /** Yearly population growth, as a fraction. */
  readonly growth: number;
}

// Counties near the big city regions are more central than their size alone says; the north less.
const COUNTY_BONUS: Readonly<Record<string, number>> = {
  "03": 200,
  "32": 120,
  "31": 50,
  "33": 50,
  "39": 40,
  "11": 40,
  "46": 0,
  "50": 10,
  "40": 20,
  "42": 20,
  "34": 0,
  "15": 0,
  "18": -40,
  "55": -40,
  "56": -70,
};

const CLASS_LIMITS = [925, 870, 775, 670, 565] as const;

export function classOfIndex(index: number): number {
  const above = CLASS_LIMITS.findIndex((limit) => index >= limit);
  return above === -1 ? 6 : above + 1;
}

export function makeProfile(entry: RegisterEntry): Profile {
  const random = randomFor(entry.code, "profile");
  const size = Math.log10(Math.max(entry.population, 100));
  const raw = -20 + 180 * size + (COUNTY_BONUS[entry.countyCode] ?? 0) + 30 * gaussian(random);
  const centralityIndex = entry.code === "0301" ? 1000 : Math.round(Math.min(990, Math.max(250, raw)));
  const centralityClass = classOfIndex(centralityIndex);
  const urban = Math.min(1, Math.max(0, (centralityIndex - 450) / 500));
  const growth = -0.007 + 0.02 * urban + 0.002 * gaussian(random);
  return { entry, centralityIndex, centralityClass, urban, growth };
}
