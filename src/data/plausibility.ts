// Values and years that cannot be true: a count that is not whole or is negative, a count written with thousands
// separators ("1.177" would be read as one point one), a share outside its scale, a registered year after the
// dataset's data year, a municipality with no inhabitants in its latest year. Each is refused with an error that
// names the row; the value is not used.
import type { DiagnosticSink } from "./diagnostics.js";
import { findMeasure, type Measure } from "./measures.js";
import * as message from "./messages.js";
import { isMunicipalityCode } from "./regions.js";
import { findTableSpec } from "./tables.js";
import { type ClassificationTable, numericValue, type Observation, type ObservationTable } from "./types.js";

/** A count with "." or "," between groups of three digits: "1.177", "12,807", "1.234.567". */
const GROUPED = /^[-+]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;
/** An amount with points between groups of three digits: "1.177", "1.234.567". A Norwegian amount's decimal sign
 * is the comma ("12 345,5"), so a point before three digits groups thousands and would be read as a fraction. */
const POINT_GROUPED = /^[-+]?\d{1,3}(?:\.\d{3})+$/;
/** A number with spaces (of any width) between its digits: "1 177". */
const SPACED = /\d[\s\u00a0\u202f]+\d/;

/** How a reader checks a value cell: its kind, and whether the format writes bare numbers only (SSB's own
 * CSV download never groups thousands, so "1 177" there is a hand edit). */
export interface CellRule {
  readonly measure: Measure | null;
  readonly bare: boolean;
}

/** Why the text of a value cell is refused, or null. */
export function checkWritten(raw: string, rule: CellRule): string | null {
  const text = raw.trim();
  if (rule.measure?.kind === "count" && GROUPED.test(text)) return message.thousandsSeparator(text);
  if (rule.measure?.kind === "amount" && POINT_GROUPED.test(text)) return message.pointGroupedAmount(text);
  if (rule.bare && SPACED.test(text)) return message.spacedNumber(text);
  return null;
}

/** Why a number cannot be a value of this kind, or null. `found` is the value as the file writes it. */
export function checkValue(value: number, measure: Measure | null, found: string): string | null {
  if (measure === null) return null;
  switch (measure.kind) {
    case "count":
      if (value < 0) return message.negativeCount(found);
      return Number.isInteger(value) ? null : message.fractionalCount(found);
    case "share":
      return value < 0 || value > measure.max ? message.shareOutOfRange(found, measure.max) : null;
    case "amount":
      return value < 0 ? message.negativeAmount(found) : null;
  }
}

/** The kind of each table's values, looked up once per table and keys object (the readers share keys objects). */
export function measureLookup(tableId: string): (keys: Readonly<Record<string, string>>) => Measure | null {
  const known = new Map<string, Measure | null>();
  return (keys) => {
    const id = JSON.stringify(keys);
    let measure = known.get(id);
    if (measure === undefined) {
      measure = findMeasure(tableId, keys);
      known.set(id, measure);
    }
    return measure;
  };
}

export interface ReadTables {
  readonly tables: readonly ObservationTable[];
  readonly sink: DiagnosticSink;
}

const isProjection = (table: ObservationTable): boolean =>
  findTableSpec(table.source.table, table.source.title)?.topics.includes("projection") === true;
const isPopulation = (table: ObservationTable): boolean =>
  findTableSpec(table.source.table, table.source.title)?.topics.includes("population") === true;
/** Registered figures: catalogue tables that are not projections. Other tables are not printed. */
const isRegistered = (table: ObservationTable): boolean =>
  findTableSpec(table.source.table, table.source.title) !== undefined && !isProjection(table);

/**
 * The files' tables without the rows whose years or population cannot be true, each refused with an error:
 *   - a registered year after `currentYear` in the population (07459): SSB counts the population on 1 January,
 *     so no later year can have been published;
 *   - a registered year after the data year (the latest population year) in any other catalogue table: the
 *     files are not of one edition, or a year is mistyped;
 *   - a municipality of the register whose latest population year has no inhabitants (0, "-" or less). Earlier
 *     zeros are SSB's way of writing a year before the municipality existed (agg_KommSummer), not checked here.
 * Rows are refused for their municipality (its sheet fails); a year of a JSON-stat cube is a whole column, so
 * it is refused for the file.
 */
export function refuseImplausibleRows(
  files: readonly ReadTables[],
  classifications: readonly ClassificationTable[],
  currentYear: number,
): ObservationTable[][] {
  const afterCurrent = files.map(({ tables, sink }) =>
    tables.map((table) =>
      isPopulation(table) ? refuseLaterYears(table, currentYear, sink, message.yearAfterCurrentYear) : table,
    ),
  );
  const dataYear = findLatestPopulationYear(afterCurrent.flat()) ?? currentYear;
  const register = new Set(
    classifications.filter((c) => c.classification === "131").flatMap((c) => c.codes.map(({ code }) => code)),
  );
  return afterCurrent.map((tables, index) => {
    const sink = (files[index] as ReadTables).sink;
    return tables.map((table) => {
      if (!isRegistered(table)) return table;
      const checked = refuseLaterYears(table, dataYear, sink, message.yearAfterDataYear);
      return isPopulation(checked) ? refuseEmptyMunicipalities(checked, register, sink) : checked;
    });
  });
}

function refuseLaterYears(
  table: ObservationTable,
  limit: number,
  sink: DiagnosticSink,
  text: (year: number, limit: number) => string,
): ObservationTable {
  if (!table.observations.some((o) => o.year > limit)) return table;
  const cube = table.source.format === "json-stat2";
  const reportedYears = new Set<number>();
  for (const o of table.observations) {
    if (o.year <= limit) continue;
    if (!cube) sink.error("year-plausible", o.at, text(o.year, limit), o.region);
    else if (!reportedYears.has(o.year)) sink.error("year-plausible", o.at, text(o.year, limit));
    reportedYears.add(o.year);
  }
  return { ...table, observations: table.observations.filter((o) => o.year <= limit) };
}

/** The latest year with a population figure for a municipality (as model/load.ts's data year). */
function findLatestPopulationYear(tables: readonly ObservationTable[]): number | null {
  let latest: number | null = null;
  for (const table of tables.filter(isPopulation)) {
    for (const o of table.observations) {
      if (typeof o.value === "number" && isMunicipalityCode(o.region) && (latest === null || o.year > latest))
        latest = o.year;
    }
  }
  return latest;
}

/** Drops a municipality's latest population year when it sums to less than one person. Without a register every
 * municipality code counts. */
function refuseEmptyMunicipalities(
  table: ObservationTable,
  register: ReadonlySet<string>,
  sink: DiagnosticSink,
): ObservationTable {
  const latest = new Map<string, Observation[]>();
  for (const o of table.observations) {
    if (numericValue(o.value) === null || !isMunicipalityCode(o.region)) continue;
    if (register.size > 0 && !register.has(o.region)) continue;
    const kept = latest.get(o.region);
    const keptYear = kept?.[0]?.year;
    if (kept === undefined || keptYear === undefined || o.year > keptYear) latest.set(o.region, [o]);
    else if (o.year === keptYear) kept.push(o);
  }
  const refused = new Set<Observation>();
  for (const [region, observations] of latest) {
    const sum = observations.reduce((total, o) => total + (numericValue(o.value) ?? 0), 0);
    const first = observations[0];
    if (sum >= 1 || first === undefined) continue;
    const found = observations.length === 1 ? String(first.value) : String(sum);
    sink.error("population", first.at, message.noInhabitants(first.year, found), region);
    for (const o of observations) refused.add(o);
  }
  if (refused.size === 0) return table;
  return { ...table, observations: table.observations.filter((o) => !refused.has(o)) };
}
