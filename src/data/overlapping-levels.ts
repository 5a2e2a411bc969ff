// A table given in total in one file and broken down in another: 05940 with Byggeareal eliminated beside 05940
// by building type, or 09817 with and without Landbakgrunn. The join sums a year's rows over every dimension the
// catalogue does not name, so the total and its parts would be added up. Not a cell given twice (the keys
// differ), so duplicates.ts does not see it; it is the same figure counted twice all the same. Two tables of one
// catalogue table are compared when they have the same catalogue dimensions and both or neither has Alder, but
// other dimensions differ: the join picks catalogue values by code (a row without the dimension is not picked
// beside rows with it) and reads ages apart from totals (07459, 14288), so those differences cannot double.
import { AGE, KeyCanonicaliser } from "./cell-keys.js";
import type { DiagnosticSink } from "./diagnostics.js";
import * as message from "./messages.js";
import { findTableSpec, type TableSpec } from "./tables.js";
import type { Observation, ObservationTable } from "./types.js";

/** One error per pair of tables that overlap, at the first overlapping row of the later one. */
export function reportOverlappingLevels(
  tables: readonly ObservationTable[],
  sinkOf: (file: string) => DiagnosticSink,
): void {
  const canonical = new KeyCanonicaliser();
  tables.forEach((later, j) => {
    const spec = findTableSpec(later.source.table, later.source.title);
    if (spec === undefined) return;
    for (const earlier of tables.slice(0, j)) {
      if (earlier.source.table !== later.source.table && spec.edition !== undefined) continue;
      if (findTableSpec(earlier.source.table, earlier.source.title) !== spec || !sumsOverlap(spec, earlier, later))
        continue;
      const overlap = findOverlap(canonical, spec, earlier, later);
      if (overlap === null) continue;
      const [first, second] = overlap;
      const firstAt = `${earlier.source.file}, ${first.at}`;
      sinkOf(later.source.file).error(
        "overlapping-levels",
        second.at,
        message.levelsOverlap(
          `tabell ${spec.id}, region ${second.region}, år ${second.year}`,
          firstAt,
          without(later.dimensions, earlier.dimensions),
          without(earlier.dimensions, later.dimensions),
        ),
      );
    }
  });
}

/** Whether the join would add up rows of both tables: they differ only in dimensions it sums over. */
function sumsOverlap(spec: TableSpec, a: ObservationTable, b: ObservationTable): boolean {
  const inCatalogue = (dimensions: readonly string[]) =>
    dimensions
      .filter((id) => id in spec.dimensions || id === AGE)
      .sort()
      .join("\u0001");
  const same = (x: readonly string[], y: readonly string[]) =>
    [...new Set(x)].sort().join() === [...new Set(y)].sort().join();
  return inCatalogue(a.dimensions) === inCatalogue(b.dimensions) && !same(a.dimensions, b.dimensions);
}

/** The first row of `later` whose region, year and shared keys `earlier` also has, with that row of `earlier`. */
function findOverlap(
  canonical: KeyCanonicaliser,
  spec: TableSpec,
  earlier: ObservationTable,
  later: ObservationTable,
): [Observation, Observation] | null {
  const shared = earlier.dimensions.filter((id) => later.dimensions.includes(id)).sort();
  const keysOf = canonical.forTable(spec, shared);
  const cellOf = (o: Observation) => `${o.region}\u0001${o.year}\u0001${keysOf(o.keys)}`;
  const cells = new Map<string, Observation>();
  for (const observation of earlier.observations) {
    const cell = cellOf(observation);
    if (!cells.has(cell)) cells.set(cell, observation);
  }
  for (const observation of later.observations) {
    const first = cells.get(cellOf(observation));
    if (first !== undefined) return [first, observation];
  }
  return null;
}

const without = (dimensions: readonly string[], others: readonly string[]): string[] =>
  dimensions.filter((id) => !others.includes(id));
