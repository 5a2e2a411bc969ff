// Checks across a table and across files: duplicate rows, and municipality codes the register does not know.
import type { DiagnosticSink } from "./diagnostics.js";
import * as message from "./messages.js";
import { isMunicipalityCode } from "./regions.js";
import type { ClassificationTable, Observation, ObservationTable } from "./types.js";

/** The table without later duplicates of a region, year and keys; each duplicate is an error. A JSON-stat
 * cube cannot hold duplicates (its category codes are object keys), so it is not checked. */
export function removeDuplicates(table: ObservationTable, sink: DiagnosticSink): ObservationTable {
  if (table.source.format === "json-stat2") return table;
  const firstAt = new Map<string, string>();
  const kept: Observation[] = [];
  for (const observation of table.observations) {
    const keys = table.dimensions.map((id) => observation.keys[id] ?? "");
    const key = `${observation.region}\u0001${observation.year}\u0001${keys.join("\u0001")}`;
    const first = firstAt.get(key);
    if (first === undefined) {
      firstAt.set(key, observation.at);
      kept.push(observation);
      continue;
    }
    const description = [
      `region ${observation.region}`,
      `år ${observation.year}`,
      ...keys.filter((k) => k !== ""),
    ].join(", ");
    sink.error("duplicate", observation.at, message.duplicateRow(first, description), observation.region);
  }
  return kept.length === table.observations.length ? table : { ...table, observations: kept };
}

/** Municipality codes the dataset knows: the KLASS 131 list and every code in a change list (old or new). */
export function collectKnownMunicipalities(classifications: readonly ClassificationTable[]): Set<string> | null {
  const registers = classifications.filter((table) => table.classification === "131");
  if (!registers.some((table) => table.codes.length > 0)) return null;
  const known = new Set<string>();
  for (const table of registers) {
    for (const { code } of table.codes) known.add(code);
    for (const change of table.changes) {
      known.add(change.oldCode);
      known.add(change.newCode);
    }
  }
  return known;
}

/** One warning per unknown municipality code in a table, at its first row. */
export function reportUnknownMunicipalities(
  table: ObservationTable,
  known: ReadonlySet<string>,
  sink: DiagnosticSink,
): void {
  const reported = new Set<string>();
  for (const { region, at } of table.observations) {
    if (reported.has(region) || known.has(region) || !isMunicipalityCode(region)) continue;
    reported.add(region);
    sink.warning("unknown-code", at, message.unknownMunicipality(region));
  }
}
