// Sample figures for living conditions and the housing market of one municipality, and the country's and
// counties' rows SSB publishes beside them: persistent low income (12944), the price per m² of used dwellings
// (14545) and recipients of social assistance (KOSTRA 13995). Invented numbers in plausible ranges; their own random streams leave the other sample figures as they were.
import type { Cell } from "../data/types.js";
import { range } from "./figures.js";
import type { Profile } from "./profile.js";
import { gaussian, randomFor } from "./random.js";

export const LIVING_YEARS = {
  /** The last year of 12944's three-year periods: 2011–2013 … 2022–2024. */
  lowIncome: range(2013, 2024),
  /** 14545 starts in 2025. */
  housePrices: [2025],
  /** 13995 covers 2022–2025. */
  socialAssistance: range(2022, 2025),
} as const;

/** Sales below which the sample suppresses a municipality's price (":"), as SSB does for small municipalities;
 * SSB's own limit is not published in anything faktaark has, so this one is the sample's. */
export const SAMPLE_PRICE_MIN_SALES = 10;

/** Recipients below which the sample suppresses a municipality's rate (":"); SSB's rule for 13995 is not in anything
 * faktaark has, so this one is the sample's. */
export const SAMPLE_SOCIAL_MIN_RECIPIENTS = 5;

export interface LivingFigures {
  readonly lowIncome: ReadonlyMap<number, { readonly persons: number; readonly base: number }>;
  readonly housePrices: ReadonlyMap<number, { readonly pricePerM2: number; readonly transactions: number }>;
  /** Recipients of social assistance in the year and the inhabitants they are counted per 1000 of. */
  readonly socialAssistance: ReadonlyMap<number, { readonly recipients: number; readonly inhabitants: number }>;
}

/** Persons in private households, roughly: the base persistent low income is counted among. */
const HOUSEHOLD_POPULATION = 0.97;

export function makeLivingFigures(profile: Profile, population: ReadonlyMap<number, number>): LivingFigures {
  const { code } = profile.entry;
  const u = profile.urban;
  const incomeNoise = randomFor(code, "low-income");
  const level = 7.5 + 3 * u + 1.2 * gaussian(incomeNoise);
  const lowIncome = new Map(
    LIVING_YEARS.lowIncome.map((year) => {
      const base = Math.round((population.get(year) ?? profile.entry.population) * HOUSEHOLD_POPULATION);
      const share = Math.max(2, level + 0.08 * (year - 2013) + 0.3 * gaussian(incomeNoise));
      return [year, { persons: Math.round((base * share) / 100), base }];
    }),
  );
  const priceNoise = randomFor(code, "house-prices");
  const housePrices = new Map(
    LIVING_YEARS.housePrices.map((year) => {
      const people = population.get(year) ?? profile.entry.population;
      const transactions = Math.max(0, Math.round(people * 0.012 * (1 + 0.2 * gaussian(priceNoise))));
      const level = code === "0301" ? 95_000 : 20_000 + 42_000 * u ** 2;
      return [year, { pricePerM2: Math.round(level * (1 + 0.12 * gaussian(priceNoise))), transactions }];
    }),
  );
  // Norway has some 20–25 recipients per 1000 inhabitants (SSB: 129 894 recipients in 2019); more in towns.
  const socialNoise = randomFor(code, "social-assistance");
  const socialLevel = 14 + 14 * u + 5 * gaussian(socialNoise);
  const socialAssistance = new Map(
    LIVING_YEARS.socialAssistance.map((year) => {
      const inhabitants = population.get(year) ?? profile.entry.population;
      const rate = Math.max(5, socialLevel + 0.4 * (year - 2022) + 0.8 * gaussian(socialNoise));
      return [year, { recipients: Math.round((inhabitants * rate) / 1000), inhabitants }];
    }),
  );
  return { lowIncome, housePrices, socialAssistance };
}

/** Recipients per 1000 inhabitants (one decimal) of a municipality or an area, or ".." without inhabitants. */
export function recipientsPer1000(
  rows: readonly { readonly recipients: number; readonly inhabitants: number }[],
): Cell {
  const inhabitants = rows.reduce((sum, row) => sum + row.inhabitants, 0);
  if (inhabitants === 0) return "..";
  return Math.round((rows.reduce((sum, row) => sum + row.recipients, 0) / inhabitants) * 10_000) / 10;
}

/** 12944's share (per cent, one decimal) of a municipality or an area: persons over the base they are counted in. */
export function lowIncomeShare(persons: number, base: number): number {
  return Math.round((persons / base) * 1000) / 10;
}

/** A price per m² over many sales: the mean weighted by sales, to whole kroner. */
export function meanPrice(rows: readonly { readonly pricePerM2: number; readonly transactions: number }[]): Cell {
  const sales = rows.reduce((sum, row) => sum + row.transactions, 0);
  if (sales === 0) return "..";
  return Math.round(rows.reduce((sum, row) => sum + row.pricePerM2 * row.transactions, 0) / sales);
}
