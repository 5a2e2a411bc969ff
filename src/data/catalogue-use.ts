// Whether the sheet can use what a table holds. The join picks a catalogue table's values by code or label
// (src/data/tables.ts) and passes over the rest, so a download whose labels SSB has renamed, or a Husbanken
// variable spelt another way, would leave a section empty on every sheet without a word. Reported here instead:
// a table faktaark has no use for is a warning that names it; a catalogue dimension none of whose values is a
// catalogue value is an error (the table's rows would all be passed over), and so is every unknown value in a
// faktaark CSV, whose variables the user writes; other values no catalogue code reads are a warning.
import type { DiagnosticSink } from "./diagnostics.js";
import * as message from "./messages.js";
import { type DimensionValue, findTableSpec, matchesValue } from "./tables.js";
import type { Observation, ObservationTable } from "./types.js";

export function reportCatalogueUse(table: ObservationTable, sink: DiagnosticSink): void {
  const spec = findTableSpec(table.source.table, table.source.title);
  if (spec === undefined) {
    sink.warning("unused-table", undefined, message.unusedTable(table.source.table, table.source.publisher));
    return;
  }
  for (const [dimension, { values, groups = {} }] of Object.entries(spec.dimensions)) {
    // A recode's label for several values together ("Par med barn under 18 år") is read too.
    const joined = Object.values(groups).flatMap((group) => {
      const code = group.members.map((member) => values[member]?.code ?? member).join("+");
      return group.labels.map((label): DimensionValue => ({ code, label, evidence: group.evidence }));
    });
    const expected = [...Object.values(values), ...joined];
    const { keys, unmatched } = findUnmatched(table.observations, dimension, expected);
    if (unmatched.size === 0) continue;
    const found = [...unmatched.keys()];
    if (table.source.format === "faktaark-csv") {
      for (const [key, at] of unmatched)
        sink.error("unknown-value", at, message.unknownVariable(spec.id, dimension, expected, key));
    } else if (unmatched.size === keys) {
      sink.error("unknown-value", undefined, message.noValueMatches(spec.id, dimension, expected, found));
    } else {
      sink.warning("values-not-read", undefined, message.valuesNotRead(spec.id, dimension, expected, found));
    }
  }
}

/** How many distinct keys the dimension has (none when it was eliminated, and every row counts), and those that
 * match no catalogue value, each with its first row. */
function findUnmatched(
  observations: readonly Observation[],
  dimension: string,
  expected: readonly DimensionValue[],
): { keys: number; unmatched: Map<string, string> } {
  const checked = new Set<string>();
  const unmatched = new Map<string, string>();
  for (const observation of observations) {
    const key = observation.keys[dimension];
    if (key === undefined || checked.has(key)) continue;
    checked.add(key);
    if (!expected.some((value) => matchesValue(key, value))) unmatched.set(key, observation.at);
  }
  return { keys: checked.size, unmatched };
}
