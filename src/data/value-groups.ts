// A recode's label for several values together ("Par med barn under 18 år" = 06070's 003 + 004) beside one of
// those values for the same municipality, year and other keys: the join reads both for the sheet's type and would
// add the whole to its parts. Not a cell given twice (the keys differ), so duplicates.ts does not see it.
import { KeyCanonicaliser } from "./cell-keys.js";
import type { DiagnosticSink } from "./diagnostics.js";
import * as message from "./messages.js";
import { type DimensionSpec, findTableSpec, matchesValue } from "./tables.js";
import type { Observation, ObservationTable } from "./types.js";

interface Seen {
  readonly table: ObservationTable;
  readonly observation: Observation;
}

/** An error for the municipality at each row whose group the other form also gives, naming both places. */
export function reportGroupsBesideMembers(
  tables: readonly ObservationTable[],
  sinkOf: (file: string) => DiagnosticSink,
): void {
  const canonical = new KeyCanonicaliser();
  // Per catalogue table and dimension: cell (without the dimension) and group → the first row as a group, as a member.
  const seen = new Map<string, { group?: Seen; member?: Seen }>();
  for (const table of tables) {
    const spec = findTableSpec(table.source.table, table.source.title);
    for (const [dimension, values] of Object.entries(spec?.dimensions ?? {})) {
      if (values.groups === undefined || !table.dimensions.includes(dimension)) continue;
      const keysOf = canonical.forTable(
        spec,
        table.dimensions.filter((id) => id !== dimension),
      );
      for (const observation of table.observations) {
        const found = groupOf(values, observation.keys[dimension]);
        if (found === null) continue;
        const cell = [spec?.id, dimension, observation.region, observation.year, keysOf(observation.keys), found.group];
        const key = cell.join("\u0001");
        const entry = seen.get(key) ?? {};
        const other = found.asLabel ? entry.member : entry.group;
        if (other !== undefined) {
          const [label, member] = found.asLabel ? [observation, other.observation] : [other.observation, observation];
          sinkOf(table.source.file).error(
            "group-beside-members",
            observation.at,
            message.groupBesideMembers(
              `tabell ${spec?.id}, region ${observation.region}, år ${observation.year}`,
              label.keys[dimension] ?? "",
              member.keys[dimension] ?? "",
              `${other.table.source.file}, ${other.observation.at}`,
            ),
            observation.region,
          );
        }
        const here: Seen = { table, observation };
        seen.set(
          key,
          found.asLabel ? { ...entry, group: entry.group ?? here } : { ...entry, member: entry.member ?? here },
        );
      }
    }
  }
}

/** The group a key belongs to: as the group's own label, or as the code or label of one of its members. */
function groupOf(dimension: DimensionSpec, key: string | undefined): { group: string; asLabel: boolean } | null {
  if (key === undefined) return null;
  const folded = key.trim().toLowerCase();
  for (const [group, { members, labels }] of Object.entries(dimension.groups ?? {})) {
    if (labels.some((label) => label.toLowerCase() === folded)) return { group, asLabel: true };
    const isMember = members.some((member) => {
      const value = dimension.values[member];
      return value !== undefined && matchesValue(key, value);
    });
    if (isMember) return { group, asLabel: false };
  }
  return null;
}
