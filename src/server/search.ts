// Search results and "did you mean" suggestions, from the same matching as `faktaark list --search`.
import { findMunicipalities } from "../model/find.js";
import type { MunicipalityRecord } from "../model/record.js";
import { pathOf } from "./paths.js";

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

const SUGGESTIONS = 6;

/** Municipalities whose number or name is near what was asked for, for a page that found none. */
export function suggestMunicipalities(records: readonly MunicipalityRecord[], asked: string): MunicipalityRecord[] {
  const near = searchMunicipalities(records, asked, SUGGESTIONS);
  // An unknown number: the county's municipalities are the nearest thing to offer.
  if (near.length === 0 && /^\d{4}$/.test(asked)) {
    return records.filter((record) => record.county.code === asked.slice(0, 2)).slice(0, SUGGESTIONS);
  }
  return near;
}
