// One cell of a JSON-stat2 file, read here independently of faktaark's readers: the number, or SSB's symbol from
// `status` (":" suppressed) where the value is null.
import { readFileSync } from "node:fs";

interface JsonStatFile {
  readonly id: string[];
  readonly size: number[];
  readonly dimension: Record<string, { category: { index: Record<string, number> } }>;
  readonly value: (number | null)[];
  readonly status?: Record<string, string>;
}

const files = new Map<string, JsonStatFile>();

/** The cell at `coordinates` (dimension id → code); a dimension not given is at its first category. */
export function jsonStatCell(path: string, coordinates: Record<string, string>): number | string {
  const data = files.get(path) ?? (JSON.parse(readFileSync(path, "utf8")) as JsonStatFile);
  files.set(path, data);
  let offset = 0;
  data.id.forEach((id, i) => {
    const index = data.dimension[id]!.category.index;
    const position = coordinates[id] !== undefined ? index[coordinates[id]!] : 0;
    if (position === undefined) throw new Error(`${id}=${coordinates[id]} not in ${path}`);
    offset = offset * data.size[i]! + position;
  });
  return data.value[offset] ?? data.status?.[String(offset)] ?? "..";
}
