// Puts one table on today's municipal borders. Figures already given for today's code are kept; figures under
// old codes are summed onto today's code when whole municipalities were merged or renumbered, and marked
// missing ("..") when the old municipality was split, because its figures cannot be shared out honestly.
import type { Cell, Observation, ObservationTable, SourceRef } from "../data/types.js";
import type { ChangeMap, Predecessor } from "./changes.js";
import * as message from "./messages.js";
import type { Note } from "./record.js";

export interface HarmonisedTable {
  readonly source: SourceRef;
  readonly dimensions: readonly string[];
  /** Observations by today's municipality code. */
  readonly byRegion: ReadonlyMap<string, readonly Observation[]>;
  /** The publisher's own figures for the country ("0") and counties ("40"), when the file has them. */
  readonly byArea: ReadonlyMap<string, readonly Observation[]>;
  /** Footnotes per municipality on how its figures were put on today's borders. */
  readonly notes: ReadonlyMap<string, readonly Note[]>;
  /** Four-digit codes that are neither today's nor known old ones. */
  readonly unknownCodes: readonly string[];
}

const keyOf = (o: Observation): string =>
  `${o.year}\u0001${Object.entries(o.keys)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join("\u0001")}`;

/** Sums cells the way SSB would: a suppressed or missing part makes the sum suppressed or missing. */
export function sumCells(cells: readonly Cell[]): Cell {
  if (cells.includes(":")) return ":";
  if (cells.includes("..")) return "..";
  const present = cells.filter((c) => c !== ".");
  if (present.length === 0) return ".";
  if (present.every((c) => c === "-")) return "-";
  return present.reduce<number>((sum, c) => sum + (typeof c === "number" ? c : 0), 0);
}

export function harmoniseTable(table: ObservationTable, changes: ChangeMap): HarmonisedTable {
  const byCode = new Map<string, Observation[]>();
  const byArea = new Map<string, Observation[]>();
  for (const observation of table.observations) {
    const isArea = observation.region === "0" || /^\d{2}$/.test(observation.region);
    if (!isArea && !/^\d{4}$/.test(observation.region)) continue;
    const target = isArea ? byArea : byCode;
    const list = target.get(observation.region) ?? [];
    list.push(observation);
    target.set(observation.region, list);
  }
  const unknownCodes = [...byCode.keys()].filter((code) => changes.successorsOf(code).length === 0).sort();
  const byRegion = new Map<string, readonly Observation[]>();
  const notes = new Map<string, Note[]>();
  for (const target of changes.current) {
    const early = markNotYetExisting(target, byCode.get(target) ?? [], changes);
    const direct = early.observations;
    if (early.notes.length > 0) notes.set(target, early.notes);
    const predecessors = changes.predecessorsOf(target).filter((p) => byCode.has(p.code));
    if (predecessors.length === 0) {
      if (direct.length > 0) byRegion.set(target, direct);
      continue;
    }
    const result = harmoniseOne(target, direct, predecessors, byCode, changes);
    byRegion.set(target, result.observations);
    const all = message.uniqueNotes([...early.notes, ...result.notes]);
    if (all.length > 0) notes.set(target, all);
  }
  return { source: table.source, dimensions: table.dimensions, byRegion, byArea, notes, unknownCodes };
}

/** SSB's series on today's borders ("Kommuner 2024, sammenslåtte tidsserier") cannot share out a split
 * municipality, so they write 0 for a municipality that got part of it, in the years before the split (Haram
 * 2020–2023, Heim, Hitra, Orkland, Narvik and Hamarøy before 2020), and give the municipality that kept the old
 * name the whole (Ålesund 2020–2023 with Haram). A year before the split in which all of such a municipality's
 * figures are 0 is missing, not zero; a real 0 beside other figures stays. The municipality that kept the name
 * keeps its figures, with a note that they include the part it lost. */
function markNotYetExisting(
  target: string,
  direct: readonly Observation[],
  changes: ChangeMap,
): { observations: readonly Observation[]; notes: Note[] } {
  const splits = changes.predecessorsOf(target).filter((p) => p.successors.length > 1);
  const last = splits.reduce<Predecessor | undefined>(
    (a, b) => (a === undefined || b.endYear > a.endYear ? b : a),
    undefined,
  );
  if (last === undefined) return { observations: direct, notes: [] };
  const before = direct.filter((o) => o.year < last.endYear);
  if (last.continuedBy === target) {
    const others = last.partNames.filter((name) => name !== last.name);
    const hasFigures = before.some((o) => typeof o.value === "number" && o.value !== 0);
    return {
      observations: direct,
      notes: hasFigures ? [message.splitIncludedNote(last.endYear, last.name, others)] : [],
    };
  }
  const isZero = (o: Observation): boolean => o.value === 0 || o.value === "-";
  const years = [...new Set(before.map((o) => o.year))].filter((year) =>
    before.every((o) => o.year !== year || isZero(o)),
  );
  if (years.length === 0) return { observations: direct, notes: [] };
  const missing = new Set(years);
  return {
    observations: direct.map((o) => (missing.has(o.year) ? { ...o, value: ".." as Cell } : o)),
    notes: [message.summedZeroNote(years, last.endYear, last.name)],
  };
}

function harmoniseOne(
  target: string,
  direct: readonly Observation[],
  predecessors: readonly Predecessor[],
  byCode: ReadonlyMap<string, readonly Observation[]>,
  changes: ChangeMap,
): { observations: Observation[]; notes: Note[] } {
  const result = new Map<string, Observation>();
  for (const observation of direct) result.set(keyOf(observation), observation);
  const contributions = new Map<string, { observation: Observation; from: Predecessor }[]>();
  for (const from of predecessors) {
    for (const observation of byCode.get(from.code) ?? []) {
      const key = keyOf(observation);
      const list = contributions.get(key) ?? [];
      list.push({ observation, from });
      contributions.set(key, list);
    }
  }
  const splits = new Map<string, Predecessor>();
  const merged = new Map<number, Set<string>>();
  for (const [key, parts] of contributions) {
    const existing = result.get(key);
    if (existing !== undefined && (typeof existing.value === "number" || existing.value === "-")) continue;
    const first = parts[0]?.observation;
    if (first === undefined) continue;
    const expected = predecessors.filter((p) => changes.startYearOf(p.code) <= first.year && first.year < p.endYear);
    const split = parts.find((part) => part.from.successors.length > 1)?.from;
    const incomplete = expected.some((p) => !parts.some((part) => part.from.code === p.code));
    let value: Cell;
    if (split !== undefined) {
      value = "..";
      splits.set(split.code, split);
    } else if (incomplete) {
      value = "..";
    } else {
      value = sumCells(parts.map((part) => part.observation.value));
      if (parts.length > 1) {
        const names = merged.get(first.year) ?? new Set<string>();
        for (const part of parts) names.add(part.from.name);
        merged.set(first.year, names);
      }
    }
    result.set(key, { ...first, region: target, value, at: parts.map((p) => p.observation.at).join(" + ") });
  }
  const notes: Note[] = [];
  const mergedYears = [...merged.keys()].sort((a, b) => a - b);
  const lastMerged = mergedYears.at(-1);
  if (lastMerged !== undefined) {
    const names = [...new Set(mergedYears.flatMap((y) => [...(merged.get(y) ?? [])]))];
    notes.push(message.mergedNote(lastMerged + 1, names));
  }
  for (const split of [...splits.values()].sort((a, b) => a.endYear - b.endYear)) {
    notes.push(message.splitNote(split.endYear, split.name, split.partNames));
  }
  const observations = [...result.values()].sort((a, b) => a.year - b.year);
  return { observations, notes };
}
