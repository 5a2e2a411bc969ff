// Ranking municipalities by the indicator model: score = weighted mean of z-scores with the direction applied,
// so a higher score means a larger social-housing challenge.
import { UserError } from "../errors.js";
import type { MunicipalityRecord } from "../model/record.js";
import { findIndicator, type IndicatorSource, type IndicatorValue } from "./catalogue.js";
import { modelMessages } from "./messages.js";
import type { IndicatorModel } from "./model.js";
import { computeStandardisation } from "./standardise.js";

/** z-scores are cut at ±3 so one extreme value in a small municipality cannot decide its rank alone. */
export const Z_LIMIT = 3;
/** A municipality is ranked only when indicators with at least this share of the total weight have a value. */
export const MIN_WEIGHT_COVERAGE = 0.5;
/** An indicator needs values for at least this many municipalities to be standardised. */
const MIN_VALUES_PER_INDICATOR = 3;
/** Scores are printed with this many decimals, and scores that print the same share a rank: a reader who sees
 * two equal scores with different ranks cannot tell why, and a difference below it is noise in the model. */
export const SCORE_DECIMALS = 2;

export interface RankingPart {
  readonly indicator: string;
  readonly label: string;
  readonly shortLabel: string;
  readonly group: string;
  readonly unit: string;
  readonly decimals: number;
  /** The municipality's value, null when missing. */
  readonly value: number | null;
  /** Where the value came from and which years it covers; null when missing. */
  readonly source: IndicatorSource | null;
  /** The mean of all municipalities (each counts once) that z is measured from, in the value's unit: the value
   * with z = 0, a geometric mean on a log scale; null when the indicator could not be standardised. */
  readonly mean: number | null;
  /** z-score across the country (cut at ±Z_LIMIT), before the direction; null when missing. */
  readonly z: number | null;
  /** The weight from the config. */
  readonly weight: number;
  /** The weight's share of the weights the municipality has values for: the parts' effective weights sum to 1. */
  readonly effectiveWeight: number;
  /** effectiveWeight × z with the direction applied (positive = adds to the challenge); the parts sum to the score. */
  readonly contribution: number | null;
}

export interface RankingRow {
  readonly code: string;
  readonly name: string;
  readonly county: { readonly code: string; readonly name: string };
  readonly score: number;
  /** 1 = largest challenge. Scores equal to SCORE_DECIMALS share a rank. */
  readonly rankNational: number;
  readonly rankCounty: number;
  /** Rank within the region asked for (the county with --fylke, or the given list); null without a region. */
  readonly rankRegion: number | null;
  /** Share of the model's total weight the municipality has values for (1 = complete). */
  readonly coverage: number;
  /** Ids of indicators without a value: the row is flagged, its weights re-normalised over the rest. */
  readonly missing: readonly string[];
  readonly parts: readonly RankingPart[];
}

export interface UnrankedRow {
  readonly code: string;
  readonly name: string;
  readonly county: { readonly code: string; readonly name: string };
  readonly coverage: number;
  readonly missing: readonly string[];
}

/** A municipality left out of the ranking because its own data rows are damaged (Dataset.regionErrors). */
export interface DamagedRow {
  readonly code: string;
  readonly name: string;
  /** The first error, naming the file and line or field ("husbanken/….csv, linje 12: …"). */
  readonly reason: string;
}

export interface Ranking {
  readonly model: IndicatorModel;
  /** "country", or the county code, or the listed municipalities. */
  readonly region:
    | { readonly kind: "country" }
    | { readonly kind: "county"; readonly code: string }
    | { readonly kind: "list"; readonly codes: readonly string[] };
  /** Ranked rows in the region, sorted by score, largest challenge first. */
  readonly rows: readonly RankingRow[];
  /** Municipalities in the region with too little data to be ranked. */
  readonly unranked: readonly UnrankedRow[];
  /** Municipalities anywhere left out because their rows are damaged: every score is standardised without them,
   * never on what is left of a damaged record. */
  readonly damaged: readonly DamagedRow[];
  /** Indicators of the model no municipality could be standardised on (too few values or no spread). */
  readonly unusableIndicators: readonly string[];
  /** How missing values were treated, in Norwegian. */
  readonly missing: string;
}

export interface RankingOptions {
  /** A county code ("50") or a list of municipality codes. */
  readonly region?: readonly string[] | string;
  /** Errors in municipalities' own rows by code (Dataset.regionErrors): those municipalities are left out. */
  readonly damaged?: ReadonlyMap<string, string>;
}

/** Competition ranks ("1, 2, 2, 4") over scores already sorted descending; equal as printed is equal. */
function assignRanks(scores: readonly number[]): number[] {
  const printed = scores.map((score) => Math.round(score * 10 ** SCORE_DECIMALS));
  const ranks: number[] = [];
  printed.forEach((score, i) => {
    ranks.push(i > 0 && printed[i - 1] === score ? ranks[i - 1]! : i + 1);
  });
  return ranks;
}

function compareScores(a: { score: number; code: string }, b: { score: number; code: string }): number {
  return b.score - a.score || a.code.localeCompare(b.code);
}

export function rankMunicipalities(
  allRecords: readonly MunicipalityRecord[],
  model: IndicatorModel,
  options: RankingOptions = {},
): Ranking {
  const damagedRows = allRecords.flatMap((record): DamagedRow[] => {
    const reason = options.damaged?.get(record.code);
    return reason === undefined ? [] : [{ code: record.code, name: record.name, reason }];
  });
  const records = allRecords.filter((record) => !options.damaged?.has(record.code));
  const used = model.indicators.filter((indicator) => indicator.weight > 0);
  const totalWeight = used.reduce((sum, indicator) => sum + indicator.weight, 0);

  const values = used.map((indicator) => {
    const definition = findIndicator(indicator.id);
    if (!definition) throw new Error(`indicator ${indicator.id} passed validation but is not in the catalogue`);
    return records.map((record): IndicatorValue | null => definition.compute(record));
  });
  const stats = used.map((indicator, k) => {
    const log = findIndicator(indicator.id)!.scale === "log";
    const transformed = values[k]!.map((indicatorValue) => {
      const value = indicatorValue?.value ?? null;
      return value === null ? null : log ? (value > 0 ? Math.log(value) : null) : value;
    });
    const standardisation = computeStandardisation(transformed, MIN_VALUES_PER_INDICATOR);
    if (!standardisation) return null;
    return {
      z: transformed.map((value) => (value === null ? null : (value - standardisation.mean) / standardisation.sd)),
      mean: log ? Math.exp(standardisation.mean) : standardisation.mean,
    };
  });
  const unusableIndicators = used.filter((_, k) => stats[k] === null).map((indicator) => indicator.id);

  type Scored = Omit<RankingRow, "rankNational" | "rankCounty" | "rankRegion">;
  const scored: Scored[] = [];
  const unranked: UnrankedRow[] = [];
  records.forEach((record, i) => {
    const z = used.map((_, k) => {
      const score = stats[k]?.z[i] ?? null;
      return score === null ? null : Math.max(-Z_LIMIT, Math.min(Z_LIMIT, score));
    });
    const availableWeight = used.reduce((sum, indicator, k) => sum + (z[k] === null ? 0 : indicator.weight), 0);
    const coverage = availableWeight / totalWeight;
    const missing = used.filter((_, k) => z[k] === null).map((indicator) => indicator.id);
    const base = { code: record.code, name: record.name, county: record.county, coverage, missing };
    if (coverage < MIN_WEIGHT_COVERAGE || availableWeight === 0) {
      unranked.push(base);
      return;
    }
    const parts = used.map((indicator, k): RankingPart => {
      const score = z[k] ?? null;
      const effectiveWeight = score === null ? 0 : indicator.weight / availableWeight;
      const sign = indicator.direction === "higher-is-worse" ? 1 : -1;
      return {
        indicator: indicator.id,
        label: indicator.label,
        shortLabel: indicator.shortLabel,
        group: indicator.group,
        unit: indicator.unit,
        decimals: indicator.decimals,
        value: values[k]![i]?.value ?? null,
        source: values[k]![i]?.source ?? null,
        mean: stats[k]?.mean ?? null,
        z: score,
        weight: indicator.weight,
        effectiveWeight,
        contribution: score === null ? null : effectiveWeight * sign * score,
      };
    });
    const score = parts.reduce((sum, part) => sum + (part.contribution ?? 0), 0);
    scored.push({ ...base, score, parts });
  });

  scored.sort(compareScores);
  const national = assignRanks(scored.map((row) => row.score));
  const countyRanks = new Map<string, number>();
  for (const county of new Set(scored.map((row) => row.county.code))) {
    const inCounty = scored.filter((row) => row.county.code === county);
    assignRanks(inCounty.map((row) => row.score)).forEach((rank, i) => {
      countyRanks.set(inCounty[i]!.code, rank);
    });
  }

  const region = resolveRegion(allRecords, options.region);
  const inRegion = (code: string, county: string) =>
    region.kind === "country" || (region.kind === "county" ? county === region.code : region.codes.includes(code));
  const regionRows = scored.filter((row) => inRegion(row.code, row.county.code));
  const regionRanks = assignRanks(regionRows.map((row) => row.score));
  const rows = regionRows.map(
    (row, i): RankingRow => ({
      ...row,
      rankNational: national[scored.indexOf(row)]!,
      rankCounty: countyRanks.get(row.code)!,
      rankRegion: region.kind === "country" ? null : regionRanks[i]!,
    }),
  );
  return {
    model,
    region,
    rows,
    unranked: unranked.filter((row) => inRegion(row.code, row.county.code)),
    damaged: damagedRows,
    unusableIndicators,
    missing: modelMessages.missingRule(MIN_WEIGHT_COVERAGE),
  };
}

function resolveRegion(records: readonly MunicipalityRecord[], region: RankingOptions["region"]): Ranking["region"] {
  if (region === undefined) return { kind: "country" };
  if (typeof region === "string") {
    if (!records.some((record) => record.county.code === region))
      throw new UserError(modelMessages.unknownCounty(region));
    return { kind: "county", code: region };
  }
  for (const code of region) {
    if (!records.some((record) => record.code === code)) throw new UserError(modelMessages.unknownRegionCode(code));
  }
  return { kind: "list", codes: [...region] };
}
