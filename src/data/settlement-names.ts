// Municipality names as IMDi's settlement pages write them («Nes (Ak.)», «Våler (Hedm.)»), resolved to municipality
// numbers. IMDi gives names only, in one table per county: the county narrows a name that several municipalities
// share (Herøy, Våler, Nes), and the page's year decides the number, so that a municipality split later (Ålesund,
// 2024) is counted as the old municipality in the years before, which the join then treats as every split.
import type { ChangeMap } from "../model/changes.js";
import { COUNTIES_2024, isMunicipalityCode } from "./regions.js";

/** The counties of 2020–2023 that are not today's, as IMDi's pages for 2022 name their tables, with their KLASS 104
 * number and today's counties they became (the 2024 renumbering in src/model/changes-builtin.ts: 30xx → 31xx–33xx,
 * 38xx → 39xx–40xx, 54xx → 55xx–56xx). */
const COUNTIES_2020: Readonly<Record<string, { readonly code: string; readonly today: readonly string[] }>> = {
  viken: { code: "30", today: ["31", "32", "33"] },
  "vestfold og telemark": { code: "38", today: ["39", "40"] },
  "troms og finnmark": { code: "54", today: ["55", "56"] },
};

/** A county table of a page: its number in the page's county structure and today's counties it covers. */
export interface SettlementCounty {
  readonly code: string;
  readonly today: readonly string[];
}

export type SettlementName =
  | { readonly code: string }
  | { readonly unresolved: "unknown" }
  | { readonly unresolved: "ambiguous"; readonly codes: readonly string[] };

export interface SettlementNames {
  /** The county a table is headed by, or null when it is neither today's nor one of 2020–2023. */
  county(name: string): SettlementCounty | null;
  /** The number of the municipality `name` in `county`'s table on the page for `year`. */
  municipality(name: string, county: SettlementCounty, year: number): SettlementName;
}

const fold = (name: string): string => name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/** IMDi's qualifier for a name several municipalities share: «Nes (Ak.)», «Våler (Hedm.)». It uses county names
 * older than the page (Hedmark on the page for 2022), so the table's county decides, not the qualifier. */
const QUALIFIER = /\s*\([^)]*\)$/;

/** `register`: today's municipalities with their official names ("Guovdageaidnu - Kautokeino"); `changes`: how old
 * numbers became today's. */
export function buildSettlementNames(
  register: readonly { readonly code: string; readonly name: string }[],
  changes: ChangeMap,
): SettlementNames {
  const byCounty = new Map<string, Map<string, Set<string>>>();
  for (const { code, name } of register) {
    if (!isMunicipalityCode(code)) continue;
    const names = byCounty.get(code.slice(0, 2)) ?? new Map<string, Set<string>>();
    // KLASS qualifies shared names too («Våler (Østfold)»): each form is known with and without its qualifier.
    for (const form of [name, ...name.split(" - ")]) {
      for (const key of new Set([fold(form), fold(form).replace(QUALIFIER, "")]))
        if (key !== "") names.set(key, (names.get(key) ?? new Set()).add(code));
    }
    byCounty.set(code.slice(0, 2), names);
  }
  const find = (key: string, county: SettlementCounty): string[] =>
    [...new Set(county.today.flatMap((today) => [...(byCounty.get(today)?.get(key) ?? [])]))].sort();

  /** The number `code` had in `year`: the old municipality's while it was not yet split off. */
  const codeInYear = (code: string, year: number): string => {
    const split = changes
      .predecessorsOf(code)
      .find((p) => p.successors.length > 1 && year < p.endYear && changes.startYearOf(p.code) <= year);
    return split?.code ?? code;
  };

  return {
    county(name) {
      const key = fold(name);
      const old = COUNTIES_2020[key];
      if (old !== undefined) return old;
      const code = COUNTIES_2024[key];
      return code === undefined ? null : { code, today: [code] };
    },
    municipality(name, county, year) {
      const key = fold(name);
      const codes = find(key, county);
      const found = codes.length > 0 ? codes : find(key.replace(QUALIFIER, ""), county);
      const [only] = found;
      if (found.length === 0 || only === undefined) return { unresolved: "unknown" };
      if (found.length > 1) return { unresolved: "ambiguous", codes: found };
      return { code: codeInYear(only, year) };
    },
  };
}
