// The members of each KOSTRA group in a `knr,name,value` file, read here without faktaark's reader, to check what
// faktaark makes of it.
import { readFileSync } from "node:fs";

/** Group number (as written) → the municipality codes in it, in file order. */
export function readGroups(file: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const line of readFileSync(file, "utf8").trim().split("\n").slice(1)) {
    const [code = "", , group = ""] = line.split(",");
    groups.set(group, [...(groups.get(group) ?? []), code]);
  }
  return groups;
}

export const groupOf = (groups: ReadonlyMap<string, readonly string[]>, code: string): string =>
  [...groups].find(([, members]) => members.includes(code))?.[0] ?? "";
