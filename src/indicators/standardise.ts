// z-scores across all municipalities that have a value: the common scale of the comparison and the indicator model.

export interface Standardisation {
  readonly mean: number;
  /** Population standard deviation (divided by n): the municipalities are the whole population, not a sample. */
  readonly sd: number;
  /** How many municipalities had a value. */
  readonly count: number;
}

/** Mean and standard deviation of the values that are present; null when fewer than `minCount` or no spread. */
export function computeStandardisation(values: readonly (number | null)[], minCount = 2): Standardisation | null {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (present.length < minCount) return null;
  const mean = present.reduce((sum, value) => sum + value, 0) / present.length;
  const variance = present.reduce((sum, value) => sum + (value - mean) ** 2, 0) / present.length;
  const sd = Math.sqrt(variance);
  // A spread this small is rounding noise: the indicator cannot tell municipalities apart.
  if (!(sd > 1e-12 * Math.max(1, Math.abs(mean)))) return null;
  return { mean, sd, count: present.length };
}

/** Each value as a z-score; a missing value stays null (it is never replaced by the mean). */
export function standardise(values: readonly (number | null)[], minCount = 2): (number | null)[] | null {
  const stats = computeStandardisation(values, minCount);
  if (!stats) return null;
  return values.map((value) => (value === null || !Number.isFinite(value) ? null : (value - stats.mean) / stats.sd));
}
