// Municipality changes and how they put old series on today's borders: codes that were renumbered or merged
// are followed forward to today's code; a code that was split between several of today's municipalities
// cannot be shared out honestly, so its figures are marked missing instead.
import type { ClassificationChange, ClassificationTable } from "../data/types.js";
import { BUILTIN_CHANGES_TEXT, RENAMED_2024 } from "./changes-builtin.js";
import { MUNICIPALITIES } from "./municipalities.js";

/** The changes of 2017–2024 that faktaark knows without a KLASS change table. */
export function listBuiltinChanges(): ClassificationChange[] {
  const names = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));
  const changes: ClassificationChange[] = [];
  for (const line of BUILTIN_CHANGES_TEXT.trim().split("\n")) {
    const [date = "", rest = ""] = [line.slice(0, 10), line.slice(11)];
    if (rest.startsWith("renumber ")) {
      for (const pair of rest.slice("renumber ".length).split(" ")) {
        const [oldCode = "", newCode = ""] = pair.split(">");
        const name = names.get(newCode) ?? newCode;
        changes.push({ oldCode, oldName: RENAMED_2024[oldCode] ?? name, newCode, newName: name, changeOccurred: date });
      }
      continue;
    }
    const [target = "", sources = ""] = rest.split(" < ");
    const newCode = target.slice(0, 4);
    const newName = target.slice(5);
    for (const source of sources.split(", ")) {
      changes.push({ oldCode: source.slice(0, 4), oldName: source.slice(5), newCode, newName, changeOccurred: date });
    }
  }
  return changes;
}

/** The built-in changes, with the dataset's own KLASS 131 changes taking the place of built-in ones for the same
 * old code and date. */
export function mergeChanges(
  builtin: readonly ClassificationChange[],
  classifications: readonly ClassificationTable[],
): ClassificationChange[] {
  const fromDataset = classifications.filter((t) => t.classification === "131").flatMap((t) => t.changes);
  const overridden = new Set(fromDataset.map((c) => `${c.oldCode}@${c.changeOccurred}`));
  const merged = [...builtin.filter((c) => !overridden.has(`${c.oldCode}@${c.changeOccurred}`))];
  const seen = new Set(merged.map(changeKey));
  for (const change of fromDataset) {
    if (seen.has(changeKey(change))) continue;
    seen.add(changeKey(change));
    merged.push(change);
  }
  return merged;
}

const changeKey = (c: ClassificationChange): string => `${c.oldCode}>${c.newCode}@${c.changeOccurred}`;

/** How one old code relates to today's municipalities. */
export interface Predecessor {
  readonly code: string;
  readonly name: string;
  /** Today's municipalities its area is part of now (more than one: it was split). */
  readonly successors: readonly string[];
  /** Year of the change that ended it (its figures belong to years before this). */
  readonly endYear: number;
  /** The new code that kept its name, when it was split ("1507 Ålesund" → 1508 Ålesund and 1580 Haram). */
  readonly continuedBy?: string;
  /** The names of the municipalities its area went to at the change ("Ålesund", "Haram"). */
  readonly partNames: readonly string[];
}

export interface ChangeMap {
  /** Today's codes. */
  readonly current: ReadonlySet<string>;
  /** Today's municipalities an old (or current) code's area belongs to; empty when the code is unknown. */
  successorsOf(code: string): readonly string[];
  /** The old codes whose figures go into today's municipality `code`. */
  predecessorsOf(code: string): readonly Predecessor[];
  /** The year an old code began (the latest change that created it), or -Infinity when it is older than the list. */
  startYearOf(code: string): number;
}

export function buildChangeMap(current: Iterable<string>, changes: readonly ClassificationChange[]): ChangeMap {
  const currentSet = new Set(current);
  const forward = new Map<string, ClassificationChange[]>();
  for (const change of changes) {
    if (change.oldCode === change.newCode) continue;
    const list = forward.get(change.oldCode) ?? [];
    list.push(change);
    forward.set(change.oldCode, list);
  }
  const resolved = new Map<string, string[]>();
  const resolve = (code: string, visiting: Set<string>): string[] => {
    const known = resolved.get(code);
    if (known) return known;
    if (currentSet.has(code)) return [code];
    if (visiting.has(code)) return [];
    visiting.add(code);
    const next = forward.get(code) ?? [];
    const result = [...new Set(next.flatMap((c) => resolve(c.newCode, visiting)))].sort();
    resolved.set(code, result);
    return result;
  };
  const predecessors = new Map<string, Predecessor[]>();
  for (const [oldCode, list] of forward) {
    if (currentSet.has(oldCode)) continue;
    const successors = resolve(oldCode, new Set());
    const first = list[0];
    if (first === undefined) continue;
    const endYear = Number(first.changeOccurred.slice(0, 4));
    const continuedBy = list.find((change) => change.newName === change.oldName)?.newCode;
    const partNames = [...new Set(list.map((change) => change.newName))];
    for (const successor of successors) {
      const entries = predecessors.get(successor) ?? [];
      entries.push({
        code: oldCode,
        name: first.oldName,
        successors,
        endYear,
        partNames,
        ...(continuedBy ? { continuedBy } : {}),
      });
      predecessors.set(successor, entries);
    }
  }
  const startYears = new Map<string, number>();
  for (const change of changes) {
    if (change.oldCode === change.newCode) continue;
    const year = Number(change.changeOccurred.slice(0, 4));
    startYears.set(change.newCode, Math.max(year, startYears.get(change.newCode) ?? year));
  }
  return {
    current: currentSet,
    startYearOf: (code) => startYears.get(code) ?? Number.NEGATIVE_INFINITY,
    successorsOf: (code) => resolve(code, new Set()),
    predecessorsOf: (code) => predecessors.get(code) ?? [],
  };
}

/** The municipality changes since 2013 for today's municipalities: they turn an old number into today's. */
export function createChangeMap(records: readonly { readonly code: string }[]): ChangeMap {
  return buildChangeMap(
    records.map((record) => record.code),
    listBuiltinChanges(),
  );
}
