// Checks against the register: municipality codes it does not know.
import type { DiagnosticSink } from "./diagnostics.js";
import * as message from "./messages.js";
import { isMunicipalityCode } from "./regions.js";
import type { ClassificationTable, ObservationTable } from "./types.js";

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
