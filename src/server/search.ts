// Search results and "did you mean" suggestions, from the same matching as `faktaark list --search`.
import type { ChangeMap } from "../model/changes.js";
import { findMunicipalities } from "../model/find.js";
import type { MunicipalityRecord } from "../model/record.js";

export interface SearchHit {
  readonly code: string;
  /** The Norwegian name: "Tromsø". */
  readonly name: string;
  /** The official Sami and Kven forms: ["Romsa", "Tromssa"]. */
  readonly otherNames: readonly string[];
  readonly county: string;
  readonly url: string;
}

/** Enough to pick from while typing; a longer list is a sign the query is too short. */
export const MAX_HITS = 8;

export function pathOf(record: MunicipalityRecord): string {
  return `/kommune/${record.code}`;
}

export function toHit(record: MunicipalityRecord): SearchHit {
  const forms = record.name.split(" - ").map((form) => form.trim());
  return {
    code: record.code,
    name: record.shortName,
    otherNames: forms.filter((form) => form !== record.shortName && form !== ""),
    county: record.county.name,
    url: pathOf(record),
  };
}

/** Exact matches first ("Herøy" gives both), then near ones, best first. */
export function searchMunicipalities(
  records: readonly MunicipalityRecord[],
  query: string,
  limit = MAX_HITS,
): MunicipalityRecord[] {
  const { exact, candidates } = findMunicipalities(records, query);
  return [...exact, ...candidates].slice(0, limit);
}

export interface Suggestions {
  /** Today's municipalities an old municipality number went into (1902 → 5501 Tromsø). */
  readonly successors: readonly MunicipalityRecord[];
  /** Municipalities whose number or name is near what was asked for. */
  readonly near: readonly MunicipalityRecord[];
}

const SUGGESTIONS = 6;

export function suggestMunicipalities(
  records: readonly MunicipalityRecord[],
  changes: ChangeMap,
  asked: string,
): Suggestions {
  const byCode = new Map(records.map((record) => [record.code, record]));
  const successors = /^\d{4}$/.test(asked) ? changes.successorsOf(asked).flatMap((code) => byCode.get(code) ?? []) : [];
  let near = searchMunicipalities(records, asked, SUGGESTIONS).filter((record) => !successors.includes(record));
  // An unknown number: the county's municipalities are the nearest thing to offer.
  if (near.length === 0 && /^\d{4}$/.test(asked)) {
    near = records.filter((record) => record.county.code === asked.slice(0, 2)).slice(0, SUGGESTIONS);
  }
  return { successors, near };
}
