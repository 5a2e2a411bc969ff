// faktaark's own long CSV, for figures without an SSB table (first of all Husbanken's) and for anything a
// user adds by hand: UTF-8, ";", header kilde;tabell;knr;år;variabel;verdi. See data/README.md.
import { keepFullRows, parseCsvRows } from "./csv.js";
import { lineAt } from "./diagnostics.js";
import type { Measure } from "./measures.js";
import * as message from "./messages.js";
import { measureLookup } from "./plausibility.js";
import { type FileReading, type ReadContext, readCell, readRegion, readYear } from "./read-context.js";
import { findTableSpec } from "./tables.js";
import type { Observation, ObservationTable } from "./types.js";

export const FAKTAARK_COLUMNS = ["kilde", "tabell", "knr", "år", "variabel", "verdi"] as const;

/** A header is faktaark CSV when it has "verdi" and at least four of the six columns (so a file missing a
 * column is still recognised, and the missing column reported). */
export function isFaktaarkCsvHeader(names: readonly string[]): boolean {
  const lower = names.map((name) => name.trim().toLowerCase());
  const present = FAKTAARK_COLUMNS.filter((column) => lower.includes(column));
  return lower.includes("verdi") && present.length >= 4;
}

export function readFaktaarkCsv(text: string, context: ReadContext): FileReading {
  const recognisedAs = "faktaark-CSV";
  const none: FileReading = { recognisedAs, tables: [], classifications: [] };
  const rows = parseCsvRows(text, ";", context);
  if (rows === null) return none;
  const header = rows[0];
  const names = header?.cells.map((name) => name.trim()) ?? [];
  const lower = names.map((name) => name.toLowerCase());
  const missing = FAKTAARK_COLUMNS.filter((column) => !lower.includes(column));
  if (missing.length > 0) {
    context.sink.error("columns", lineAt(header?.line ?? 1), message.missingColumns(missing, names));
    return none;
  }
  const [source, table, region, year, variable, value] = FAKTAARK_COLUMNS.map((column) => lower.indexOf(column)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const data = keepFullRows(rows.slice(1), names.length, context);
  if (rows.length < 2) {
    context.sink.error("rows", lineAt(header?.line ?? 1), message.noDataRows());
    return none;
  }
  const byTable = new Map<string, { publisher: string; observations: Observation[] }>();
  const lookups = new Map<string, (keys: Readonly<Record<string, string>>) => Measure | null>();
  for (const row of data) {
    const at = lineAt(row.line);
    const code = readRegion(row.cells[region] ?? "", context, at);
    const rowYear = readYear(row.cells[year] ?? "", context, at, code ?? undefined);
    const tableId = (row.cells[table] ?? "").trim();
    const keys = { variabel: (row.cells[variable] ?? "").trim() };
    const measureOf = lookups.get(tableId) ?? measureLookup(tableId);
    lookups.set(tableId, measureOf);
    const rule = { measure: measureOf(keys), bare: false };
    const cell = readCell(row.cells[value] ?? "", context, at, undefined, code ?? undefined, rule);
    if (code === null || rowYear === null || cell === null) continue;
    const entry = byTable.get(tableId) ?? { publisher: (row.cells[source] ?? "").trim(), observations: [] };
    entry.observations.push({
      region: code,
      year: rowYear,
      keys,
      value: cell,
      at,
    });
    byTable.set(tableId, entry);
  }
  const tables: ObservationTable[] = [...byTable].map(([tableId, { publisher, observations }]) => ({
    source: {
      table: tableId,
      publisher,
      file: context.file,
      format: "faktaark-csv",
      title: findTableSpec(tableId)?.title ?? tableId,
    },
    dimensions: ["variabel"],
    observations,
  }));
  const label = [...byTable.keys()].join(", ");
  return { recognisedAs: label === "" ? recognisedAs : `${recognisedAs}: ${label}`, tables, classifications: [] };
}
