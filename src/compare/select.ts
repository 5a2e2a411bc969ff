// Choosing comparison municipalities: the nearest neighbours in standardised structural indicators, as in CIPFA's
// nearest-neighbour model, with missing values left out of the distance rather than replaced by the mean, among the
// municipalities a rule admits (rules.ts).
import { UserError } from "../errors.js";
import { standardise } from "../indicators/standardise.js";
import type { MunicipalityRecord } from "../model/record.js";
import { compareMessages } from "./messages.js";
import { type ComparisonPool, type ComparisonRule, choosePool } from "./rules.js";
import { computeStructuralIndicators, type StructuralIndicator } from "./structural.js";

/** Nearest neighbours kept when the caller does not say (Husbanken's sheets show about five). */
export const DEFAULT_COMPARISON_COUNT = 5;
/** A pair must share at least this fraction of the usable indicators to be compared at all. */
export const MIN_SHARED_FRACTION = 2 / 3;
/** An indicator needs values for at least this many municipalities to be standardised. */
const MIN_VALUES_PER_INDICATOR = 3;
/** "Alike on" lists two indicators, and a third when its z-difference is below this (a third of a standard deviation
 * is close enough to say "alike" in a sentence). */
const THIRD_ALIKE_MAX_Z_DIFFERENCE = 0.5;

export interface AlikeOn {
  readonly indicator: string;
  readonly label: string;
  readonly unit: string;
  readonly decimals: number;
  /** The municipality's own value and the neighbour's, untransformed (population as a count, not its log). */
  readonly value: number;
  readonly neighbourValue: number;
  readonly zDifference: number;
}

export interface Neighbour {
  readonly code: string;
  readonly name: string;
  /** Euclidean distance in z-scores, scaled for missing indicators; null only for a manual neighbour that shares no
   * indicator with the municipality. */
  readonly distance: number | null;
  /** How many indicators the distance was computed over. */
  readonly shared: number;
  /** "manual" when an adviser listed it in the config, "nearest" when the distance chose it. */
  readonly chosenBy: "manual" | "nearest";
  readonly alikeOn: readonly AlikeOn[];
}

export interface ComparisonMethod {
  /** Ids of the indicators the distance used (those with enough values and some spread). */
  readonly indicators: readonly string[];
  /** Ids of structural indicators left out because too few municipalities had them or all had the same value. */
  readonly droppedIndicators: readonly string[];
  /** The number of nearest neighbours asked for. */
  readonly count: number;
  /** The least number of indicators a pair must share. */
  readonly minShared: number;
  /** Ids of the indicators the municipality itself lacks. */
  readonly missingForMunicipality: readonly string[];
  /** Municipalities not considered because they shared too few indicators with this one. */
  readonly excluded: number;
  /** How missing values were treated, in Norwegian, for the sheet's method note. */
  readonly missing: string;
}

export interface ComparisonResult {
  readonly code: string;
  readonly neighbours: readonly Neighbour[];
  /** True when an adviser's list decided (some of) the neighbours. */
  readonly manual: boolean;
  /** The rule the nearest neighbours were chosen by, and among which municipalities. */
  readonly pool: ComparisonPool;
  readonly method: ComparisonMethod;
}

export interface ComparisonOptions {
  readonly count?: number;
  /** Municipality codes an adviser chose; they come first, nearest neighbours fill up to `count`. */
  readonly manual?: readonly string[];
  /** Among which municipalities the nearest neighbours are chosen (rules.ts); all of them by default. */
  readonly rule?: ComparisonRule;
  /** Municipalities whose rows are damaged (Dataset.regionErrors): never chosen as nearest, so that no sheet prints
   * what is left of them; one chosen by hand stays, and its sheet is refused (SheetPlanner.dataErrorIn). */
  readonly damaged?: ReadonlyMap<string, string>;
}

interface Standardised {
  readonly indicators: readonly StructuralIndicator[][];
  /** z[record][indicator], null when missing or when the indicator is not usable. */
  readonly z: readonly (readonly (number | null)[])[];
  readonly usable: readonly number[];
}

function standardiseAll(records: readonly MunicipalityRecord[]): Standardised {
  const indicators = records.map((record) => [...computeStructuralIndicators(record).indicators]);
  const width = indicators[0]?.length ?? 0;
  const z: (number | null)[][] = records.map(() => new Array<number | null>(width).fill(null));
  const usable: number[] = [];
  for (let j = 0; j < width; j++) {
    const values = indicators.map((row) => {
      const indicator = row[j]!;
      if (indicator.value === null) return null;
      if (indicator.scale === "log") return indicator.value > 0 ? Math.log(indicator.value) : null;
      return indicator.value;
    });
    const scores = standardise(values, MIN_VALUES_PER_INDICATOR);
    if (!scores) continue;
    usable.push(j);
    scores.forEach((score, i) => {
      z[i]![j] = score;
    });
  }
  return { indicators, z, usable };
}

interface Distance {
  readonly distance: number | null;
  readonly shared: number;
}

/** Distance over the indicators both have, scaled by sqrt(usable / shared) so fewer indicators do not look closer. */
function measureDistance(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
  usable: readonly number[],
): Distance {
  let sum = 0;
  let shared = 0;
  for (const j of usable) {
    const za = a[j];
    const zb = b[j];
    if (za === null || za === undefined || zb === null || zb === undefined) continue;
    sum += (za - zb) ** 2;
    shared++;
  }
  if (shared === 0) return { distance: null, shared };
  return { distance: Math.sqrt((sum * usable.length) / shared), shared };
}

function listAlikeOn(data: Standardised, self: number, other: number): AlikeOn[] {
  const candidates: AlikeOn[] = [];
  for (const j of data.usable) {
    const za = data.z[self]![j];
    const zb = data.z[other]![j];
    const mine = data.indicators[self]![j]!;
    const theirs = data.indicators[other]![j]!;
    if (za === null || za === undefined || zb === null || zb === undefined) continue;
    if (mine.value === null || theirs.value === null) continue;
    candidates.push({
      indicator: mine.id,
      label: mine.label,
      unit: mine.unit,
      decimals: mine.decimals,
      value: mine.value,
      neighbourValue: theirs.value,
      zDifference: Math.abs(za - zb),
    });
  }
  // A stable sort keeps the catalogue order among equal differences.
  candidates.sort((x, y) => x.zDifference - y.zDifference);
  const chosen = candidates.slice(0, 2);
  const third = candidates[2];
  if (third && third.zDifference < THIRD_ALIKE_MAX_Z_DIFFERENCE) chosen.push(third);
  return chosen;
}

/** The standardised indicators of all municipalities, computed once: a batch of 357 sheets selects from one space
 * instead of standardising 357 times. */
export interface ComparisonSpace {
  readonly select: (code: string, options?: ComparisonOptions) => ComparisonResult;
}

export function createComparisonSpace(records: readonly MunicipalityRecord[]): ComparisonSpace {
  const data = standardiseAll(records);
  return { select: (code, options = {}) => selectFromSpace(records, data, code, options) };
}

export function selectComparisons(
  records: readonly MunicipalityRecord[],
  code: string,
  options: ComparisonOptions = {},
): ComparisonResult {
  return createComparisonSpace(records).select(code, options);
}

function selectFromSpace(
  records: readonly MunicipalityRecord[],
  data: Standardised,
  code: string,
  options: ComparisonOptions,
): ComparisonResult {
  const count = options.count ?? DEFAULT_COMPARISON_COUNT;
  if (!Number.isInteger(count) || count < 0) throw new UserError(compareMessages.badCount(String(count)));
  const self = records.findIndex((record) => record.code === code);
  if (self < 0) throw new UserError(compareMessages.unknownCode(code));
  const { pool, admits } = choosePool(options.rule ?? "nearest", records[self]!, records);

  const minShared = Math.max(2, Math.ceil(data.usable.length * MIN_SHARED_FRACTION));
  const own = data.z[self]!;

  const neighbourAt = (index: number, distance: Distance, chosenBy: Neighbour["chosenBy"]): Neighbour => {
    const record = records[index]!;
    return {
      code: record.code,
      name: record.name,
      distance: distance.distance,
      shared: distance.shared,
      chosenBy,
      alikeOn: listAlikeOn(data, self, index),
    };
  };

  const manual: Neighbour[] = [];
  for (const manualCode of options.manual ?? []) {
    if (manualCode === code || manual.some((n) => n.code === manualCode)) continue;
    const index = records.findIndex((record) => record.code === manualCode);
    if (index < 0) throw new UserError(compareMessages.unknownManualCode(code, manualCode));
    manual.push(neighbourAt(index, measureDistance(own, data.z[index]!, data.usable), "manual"));
  }

  let excluded = 0;
  const ranked: { index: number; distance: Distance }[] = [];
  records.forEach((record, index) => {
    if (index === self || manual.some((n) => n.code === record.code) || !admits(record)) return;
    if (options.damaged?.has(record.code)) return;
    const distance = measureDistance(own, data.z[index]!, data.usable);
    if (distance.distance === null || distance.shared < minShared) {
      excluded++;
      return;
    }
    ranked.push({ index, distance });
  });
  ranked.sort(
    (a, b) =>
      a.distance.distance! - b.distance.distance! || records[a.index]!.code.localeCompare(records[b.index]!.code),
  );
  const nearest = ranked
    .slice(0, Math.max(0, count - manual.length))
    .map((entry) => neighbourAt(entry.index, entry.distance, "nearest"));

  const structural = data.indicators[self]!;
  const indicatorIds = data.usable.map((j) => structural[j]!.id);
  const droppedIndicators = structural.filter((_, j) => !data.usable.includes(j)).map((indicator) => indicator.id);
  const missingForMunicipality = data.usable.filter((j) => own[j] === null).map((j) => structural[j]!.id);
  const missingLabels = data.usable.filter((j) => own[j] === null).map((j) => structural[j]!.label);

  return {
    code,
    neighbours: [...manual, ...nearest],
    manual: manual.length > 0,
    pool,
    method: {
      indicators: indicatorIds,
      droppedIndicators,
      count,
      minShared,
      missingForMunicipality,
      excluded,
      missing: compareMessages.missingRule(data.usable.length, minShared, excluded, missingLabels),
    },
  };
}
