// Municipality numbers that have ended (5401, 1507, 1902), followed through KLASS's changes to today's municipalities:
// one successor is where the number now leads; several (a split) are listed for the visitor to choose from.
import type { ChangeMap } from "../model/changes.js";
import type { MunicipalityRecord } from "../model/record.js";

export interface OldCode {
  readonly code: string;
  /** The name the municipality had under the old number ("Tromsø", "Haram"). */
  readonly name: string;
  /** The year of the change that ended the number. */
  readonly endYear: number;
  /** The names of the municipalities its area went to at that change: two or more when the number itself was split
   * (1507 → Ålesund and Haram), one when it went into a municipality that has changed since (1534 → Ålesund). */
  readonly partNames: readonly string[];
  /** Today's municipalities its area belongs to: one when it was renumbered or merged, several when it was split. */
  readonly successors: readonly MunicipalityRecord[];
}

/** What an ended number stands for today; null when the number is today's, or unknown to the change list. */
export function followOldCode(
  changes: ChangeMap,
  byCode: ReadonlyMap<string, MunicipalityRecord>,
  code: string,
): OldCode | null {
  if (byCode.has(code)) return null;
  const successors = changes.successorsOf(code).flatMap((successor) => byCode.get(successor) ?? []);
  const first = successors[0];
  if (first === undefined) return null;
  const predecessor = changes.predecessorsOf(first.code).find((candidate) => candidate.code === code);
  if (predecessor === undefined) return null;
  const { name, endYear, partNames } = predecessor;
  return { code, name, endYear, partNames, successors };
}

/** The old number a visitor was sent from, when it led to `record` alone: the sheet page then says so. */
export function findMovedFrom(
  changes: ChangeMap,
  byCode: ReadonlyMap<string, MunicipalityRecord>,
  record: MunicipalityRecord,
  code: string | undefined,
): OldCode | null {
  if (code === undefined || !/^\d{4}$/.test(code)) return null;
  const old = followOldCode(changes, byCode, code);
  return old?.successors.length === 1 && old.successors[0] === record ? old : null;
}
