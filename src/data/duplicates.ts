// One value per cell across the whole dataset. The join adds up every observation of a municipality and year
// (dimensions a download eliminated are summed), so a cell given twice would be counted twice: a 2022 download
// beside a 2000–2026 download of the same table, a browser's "fil (1).csv", or a cube with both K-5001 and 5001.
// A cell is the catalogue table (a table and its alsoIds are one), the region after normalisation, the year and
// the keys (catalogue values by their code, so a CSV's label and a cube's code are the same key). Files are
// checked in path order and the first one's value is kept; a later equal value is dropped with a warning, a later
// different value is an error for the whole dataset (which of the two is right is for the user to say).
// Rows repeated inside one CSV keep their older rule: an error for that municipality's sheet.
import type { DiagnosticSink } from "./diagnostics.js";
import * as message from "./messages.js";
import { findTableSpec, matchesValue, type TableSpec } from "./tables.js";
import type { Observation, ObservationTable } from "./types.js";

interface Seen {
  readonly file: string;
  readonly observation: Observation;
}

/** The tables without later duplicates of a cell, each duplicate reported in its own file's sink. */
export function removeDuplicates(
  tables: readonly ObservationTable[],
  sinkOf: (file: string) => DiagnosticSink,
): ObservationTable[] {
  const seen = new Map<string, Seen>();
  const canonical = new KeyCanonicaliser();
  return tables.map((table) => {
    const spec = findTableSpec(table.source.table);
    const tableId = spec?.id ?? table.source.table;
    const file = table.source.file;
    const kept: Observation[] = [];
    for (const observation of table.observations) {
      const keys = canonical.keysOf(spec, observation.keys);
      const cell = `${tableId}\u0001${observation.region}\u0001${observation.year}\u0001${keys.join("\u0001")}`;
      const first = seen.get(cell);
      if (first === undefined) {
        seen.set(cell, { file, observation });
        kept.push(observation);
        continue;
      }
      reportDuplicate(table, first, observation, sinkOf(file), [
        `tabell ${tableId}`,
        `region ${observation.region}`,
        `år ${observation.year}`,
        ...keys.map((key) => key.slice(key.indexOf("=") + 1)).filter((value) => value !== ""),
      ]);
    }
    return kept.length === table.observations.length ? table : { ...table, observations: kept };
  });
}

function reportDuplicate(
  table: ObservationTable,
  first: Seen,
  later: Observation,
  sink: DiagnosticSink,
  cell: readonly string[],
): void {
  const sameFile = first.file === table.source.file;
  if (sameFile && table.source.format !== "json-stat2") {
    // The rule for a CSV that repeats a row (the table name is left out: one file, one table).
    sink.error(
      "duplicate",
      later.at,
      message.duplicateRow(first.observation.at, cell.slice(1).join(", ")),
      later.region,
    );
    return;
  }
  const firstAt = sameFile ? first.observation.at : `${first.file}, ${first.observation.at}`;
  if (first.observation.value === later.value) {
    sink.warning("duplicate", later.at, message.duplicateSameValue(firstAt, cell.join(", ")));
  } else {
    sink.error(
      "duplicate",
      later.at,
      message.duplicateConflict(firstAt, cell.join(", "), String(later.value), String(first.observation.value)),
    );
  }
}

/** Keys as "dimension=value", sorted, a catalogue value by its code; each distinct key is worked out once. */
class KeyCanonicaliser {
  readonly #cache = new Map<TableSpec | undefined, Map<string, string>>();

  keysOf(spec: TableSpec | undefined, keys: Readonly<Record<string, string>>): string[] {
    let cache = this.#cache.get(spec);
    if (cache === undefined) {
      cache = new Map();
      this.#cache.set(spec, cache);
    }
    const result: string[] = [];
    for (const [dimension, key] of Object.entries(keys)) {
      const lookup = `${dimension}=${key}`;
      let canonical = cache.get(lookup);
      if (canonical === undefined) {
        const values = Object.values(spec?.dimensions[dimension] ?? {});
        const value = values.find((candidate) => matchesValue(key, candidate));
        canonical = `${dimension}=${value?.code ?? key.trim()}`;
        cache.set(lookup, canonical);
      }
      result.push(canonical);
    }
    return result.sort();
  }
}
