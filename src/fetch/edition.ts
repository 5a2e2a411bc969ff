// The newest edition of a table SSB publishes anew each time (the population projections: 14288, then 14746, …),
// chosen from PxWebApi v2's table search by the catalogue's title rule instead of a number written in code.
// Search answer shape: PxTools/PxWeb2 packages/pxweb2-api-client/src/models/TablesResponse.ts and Table.ts
// (`tables[]` with `id`, `label`, `firstPeriod`, `lastPeriod`, `variableNames`, `discontinued`; `page`).
import { titleWithoutNumber } from "../data/tables.js";

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export interface Edition {
  readonly id: string;
  readonly label: string;
}

interface Candidate extends Edition {
  readonly firstPeriod: string;
}

/** "14746: Framskrevet folkemengde …" and "Framskrevet folkemengde …" alike. */

function candidateOf(hit: unknown, titleStart: string): Candidate | null {
  if (!isObject(hit) || typeof hit.id !== "string" || typeof hit.label !== "string") return null;
  if (!titleWithoutNumber(hit.label).startsWith(titleStart)) return null;
  if (hit.discontinued === true) return null;
  // The sheet needs municipalities: a national projection table with the same title start is no edition of it.
  const names = Array.isArray(hit.variableNames) ? hit.variableNames.map(String) : null;
  if (names !== null && !names.some((name) => /region/i.test(name))) return null;
  return { id: hit.id, label: hit.label, firstPeriod: typeof hit.firstPeriod === "string" ? hit.firstPeriod : "" };
}

/**
 * The newest edition in a search answer: the title starts with `titleStart`, the table is not discontinued and has
 * a region variable; newest = the latest first period (a projection's base year), then the highest number.
 * Null when the answer holds none.
 */
export function chooseEdition(answer: unknown, titleStart: string): Edition | null {
  if (!isObject(answer) || !Array.isArray(answer.tables)) return null;
  const candidates = answer.tables.flatMap((hit) => candidateOf(hit, titleStart) ?? []);
  candidates.sort((a, b) => b.firstPeriod.localeCompare(a.firstPeriod) || b.id.localeCompare(a.id));
  const newest = candidates[0];
  return newest === undefined ? null : { id: newest.id, label: newest.label };
}
