// One value per cell across the whole dataset. The join adds up every observation of a municipality and year
// (dimensions a download eliminated are summed), so a cell given twice would be counted twice: a 2022 download
// beside a 2000–2026 download of the same table, a browser's "fil (1).csv", or a cube with both K-5001 and 5001.
// A cell is the catalogue table (a table and its alsoIds are one), the region after normalisation, the year and
// the keys (catalogue values by their code, so a CSV's label and a cube's code are the same key). Files are
// checked in path order and the first one's value is kept; a later equal value is dropped with a warning, a later
// different value is an error for the whole dataset (which of the two is right is for the user to say).
// Rows repeated inside one CSV keep their older rule: an error for that municipality's sheet.
import { KeyCanonicaliser } from "./cell-keys.js";
import type { DiagnosticSink } from "./diagnostics.js";
import * as message from "./messages.js";
import { findTableSpec } from "./tables.js";
import type { Observation, ObservationTable } from "./types.js";

interface Seen {
  readonly file: string;
  readonly observation: Observation;
}

/** The cells of the tables of one catalogue table with one set of dimensions (tables with other dimensions cannot
 * share a cell), each as a number: keys, region and year interned. As strings, the sample's ~400 000 observations
 * took about as long to check as to read; as numbers, about a tenth. */
class CellIndex {
  readonly #keys = new Map<string, number>();
  readonly #regions = new Map<string, number>();
  /** Cell → where it was given first, as a number: the table's index in the dataset × 2^24 + the observation's. */
  readonly first = new Map<number, number>();

  cellOf(keys: string, region: string, year: number): number {
    return (intern(this.#keys, keys) * REGIONS + intern(this.#regions, region)) * YEARS + (year % YEARS);
  }
}

// Room for the distinct regions and years of one table; a cell number stays below 2^53 up to 2^25 distinct keys.
const REGIONS = 2 ** 16;
const YEARS = 2 ** 12;
const OBSERVATIONS = 2 ** 24;

function intern(ids: Map<string, number>, text: string): number {
  let id = ids.get(text);
  if (id === undefined) {
    id = ids.size;
    ids.set(text, id);
  }
  return id;
}

/** The tables without later duplicates of a cell, each duplicate reported in its own file's sink. */
export function removeDuplicates(
  tables: readonly ObservationTable[],
  sinkOf: (file: string) => DiagnosticSink,
): ObservationTable[] {
  const indexes = new Map<string, CellIndex>();
  const canonical = new KeyCanonicaliser();
  return tables.map((table, tableNumber) => {
    const spec = findTableSpec(table.source.table, table.source.title);
    // A projection's editions (14288, 14746) are tables of their own: the join uses the newest, never both.
    const tableId = spec === undefined || spec.edition !== undefined ? table.source.table : spec.id;
    const dimensions = [...new Set(table.dimensions)].sort();
    const name = [tableId, ...dimensions].join("\u0001");
    const index = indexes.get(name) ?? new CellIndex();
    indexes.set(name, index);
    const keysOf = canonical.forTable(spec, dimensions);
    // Made only when a duplicate is found: most tables have none.
    let kept: Observation[] | null = null;
    table.observations.forEach((observation, number) => {
      const keys = keysOf(observation.keys);
      const cell = index.cellOf(keys, observation.region, observation.year);
      const first = index.first.get(cell);
      if (first === undefined) {
        index.first.set(cell, tableNumber * OBSERVATIONS + number);
        kept?.push(observation);
        return;
      }
      kept ??= table.observations.slice(0, number);
      const firstTable = tables[Math.floor(first / OBSERVATIONS)] as ObservationTable;
      const seen = {
        file: firstTable.source.file,
        observation: firstTable.observations[first % OBSERVATIONS] as Observation,
      };
      reportDuplicate(table, seen, observation, sinkOf(table.source.file), [
        `tabell ${tableId}`,
        `region ${observation.region}`,
        `år ${observation.year}`,
        ...keys.split("\u0001").filter((value) => value !== ""),
      ]);
    });
    return kept === null ? table : { ...table, observations: kept };
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
  // Kinds of their own: past the first rows of a kind the sink counts the rest under the first one's severity,
  // and a different value after many equal ones must still count as an error.
  if (first.observation.value === later.value) {
    sink.warning("duplicate-same", later.at, message.duplicateSameValue(firstAt, cell.join(", ")));
  } else {
    sink.error(
      "duplicate-conflict",
      later.at,
      message.duplicateConflict(firstAt, cell.join(", "), String(later.value), String(first.observation.value)),
    );
  }
}
