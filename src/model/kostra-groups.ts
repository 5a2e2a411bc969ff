// Each municipality's KOSTRA group from the dataset's KLASS 112 lists (data/kostra-groups.ts), checked against the
// register. A group for a number the register does not know, a municipality without a group and two files that
// disagree are named in warnings; a municipality whose group two files disagree on has none.
import { KOSTRA_GROUPING, parseKostraGroupCode } from "../data/kostra-groups.js";
import type { ClassificationTable, Diagnostic } from "../data/types.js";
import * as message from "./messages.js";

export interface KostraGroups {
  readonly groups: ReadonlyMap<string, number>;
  readonly diagnostics: readonly Diagnostic[];
}

export function assignKostraGroups(
  classifications: readonly ClassificationTable[],
  registerCodes: readonly string[],
): KostraGroups {
  const tables = classifications.filter((table) => table.classification === KOSTRA_GROUPING.classification);
  if (tables.length === 0) return { groups: new Map(), diagnostics: [] };
  const register = new Set(registerCodes);
  const found = new Map<string, { group: number; file: string }>();
  const conflicting = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const table of tables) {
    const file = table.source.file;
    const unknown: string[] = [];
    for (const code of table.codes) {
      const group = parseKostraGroupCode(code.parentCode);
      if (group === null) continue;
      if (!register.has(code.code)) {
        unknown.push(code.code);
        continue;
      }
      const other = found.get(code.code);
      if (other === undefined) found.set(code.code, { group, file });
      else if (other.group !== group) {
        conflicting.add(code.code);
        diagnostics.push({
          severity: "warning",
          file,
          message: message.kostraGroupConflict(code.code, group, file, other.group, other.file),
        });
      }
    }
    if (unknown.length > 0)
      diagnostics.push({ severity: "warning", file, message: message.kostraGroupNotInRegister(unknown) });
  }
  const groups = new Map<string, number>();
  for (const [code, { group }] of found) if (!conflicting.has(code)) groups.set(code, group);
  const missing = registerCodes.filter((code) => !found.has(code));
  if (missing.length > 0) {
    const files = tables.map((table) => table.source.file).join(", ");
    diagnostics.push({ severity: "warning", file: files, message: message.kostraGroupMissing(missing) });
  }
  return { groups, diagnostics };
}
