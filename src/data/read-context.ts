// What every reader needs besides the file's content: where to report problems, the latest year allowed,
// and how to turn region names into codes. Readers stay pure: no IO, no clock.
import { MIN_YEAR, parseCell, parseYear } from "./cells.js";
import type { DiagnosticSink } from "./diagnostics.js";
import * as message from "./messages.js";
import { type CellRule, checkValue, checkWritten } from "./plausibility.js";
import { normaliseRegionCode, type RegionResolver, regionCodeFromLabel } from "./regions.js";
import type { SettlementNames } from "./settlement-names.js";
import type { Cell, ClassificationTable, ObservationTable } from "./types.js";

export interface ReadContext {
  /** Path relative to the dataset directory. */
  readonly file: string;
  readonly sink: DiagnosticSink;
  /** Years after this are refused as errors (LAST_YEAR); years before 1950 are skipped with a warning. */
  readonly maxYear: number;
  readonly regions: RegionResolver;
  /** Municipality names in IMDi's county tables, by the page's year (settlement-names.ts). */
  readonly settlementNames: SettlementNames;
}

/** What one file held. `recognisedAs` is what the check report prints ("SSB 07459 (JSON-stat2)"). */
export interface FileReading {
  readonly recognisedAs: string;
  readonly tables: readonly ObservationTable[];
  readonly classifications: readonly ClassificationTable[];
}

/** A region written as a code, a "code name" label or a name; null (with a diagnostic) when none fits. */
export function readRegion(raw: string, context: ReadContext, at: string): string | null {
  const code = normaliseRegionCode(raw) ?? regionCodeFromLabel(raw);
  if (code !== null) return code;
  if (raw.trim() === "" || /^\d+$/.test(raw.trim())) {
    context.sink.error("region", at, message.badRegion(raw));
    return null;
  }
  const resolved = context.regions.resolve(raw);
  if ("code" in resolved) return resolved.code;
  if (resolved.unresolved === "ambiguous") {
    context.sink.warning("region-name", at, message.ambiguousRegionName(raw.trim(), resolved.codes));
  } else {
    context.sink.warning("region-name", at, message.unresolvedRegionName(raw.trim()));
  }
  return null;
}

/** The year of a time code, or null (with a diagnostic) when it has none or is out of range. A year after
 * `maxYear` is an error of the row's region when it has one. */
export function readYear(raw: string, context: ReadContext, at: string, region?: string): number | null {
  const year = parseYear(raw);
  if (year === null) {
    context.sink.error("year", at, message.badYear(raw));
    return null;
  }
  if (year > context.maxYear) {
    context.sink.error("year-range", at, message.yearAfterLastYear(year, context.maxYear), region);
    return null;
  }
  if (year < MIN_YEAR) {
    context.sink.warning("year-range", at, message.yearOutOfRange(year, context.maxYear));
    return null;
  }
  return year;
}

/** A cell, or null (with a diagnostic) when the text is neither a number nor an SSB symbol, or `rule` refuses it
 * (plausibility.ts). */
export function readCell(
  raw: string,
  context: ReadContext,
  at: string,
  emptyMeans?: Cell,
  region?: string,
  rule?: CellRule,
): Cell | null {
  if (raw.trim() === "" && emptyMeans !== undefined) return emptyMeans;
  const cell = parseCell(raw);
  if (cell === null) {
    const text = raw.trim() === "" ? message.emptyValue() : message.nonNumericValue(raw);
    context.sink.error("value", at, text, region);
    return null;
  }
  if (rule === undefined) return cell;
  const refused =
    checkWritten(raw, rule) ?? (typeof cell === "number" ? checkValue(cell, rule.measure, raw.trim()) : null);
  if (refused !== null) {
    context.sink.error("plausible", at, refused, region);
    return null;
  }
  return cell;
}
