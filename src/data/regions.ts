// Region codes as faktaark keeps them: "0301" for a municipality, "03" for a county, "0" for the country.
// Sources write them as 0301, K-0301, 03, F-03, 0, 0000 or 00, or as "3801 Horten", or by name only.
import type { ClassificationTable } from "./types.js";

export const COUNTRY = "0";

/** The normalised code, or null when the text is not a municipality, county or country code. Codes of other
 * regions SSB publishes ("K-21-22" Svalbard og Jan Mayen, "K-Rest", KOSTRA groups "EKG13") are not normalised. */
export function normaliseRegionCode(raw: string): string | null {
  const text = raw.trim();
  const municipality = /^(?:K-)?(\d{4})$/.exec(text);
  if (municipality?.[1] !== undefined) return municipality[1] === "0000" ? COUNTRY : municipality[1];
  const county = /^(?:F-)?(\d{2})$/.exec(text);
  if (county?.[1] !== undefined) return county[1] === "00" ? COUNTRY : county[1];
  // KOSTRA's region variable: EAK is the country, EKA03 … EKA56 the counties (TABLES.md §9, JB kostra.md).
  if (text === "EAK") return COUNTRY;
  const kostraCounty = /^EKA(\d{2})$/.exec(text);
  if (kostraCounty?.[1] !== undefined) return kostraCounty[1];
  return text === COUNTRY ? COUNTRY : null;
}

export function isMunicipalityCode(code: string): boolean {
  return /^\d{4}$/.test(code);
}

/** "3801 Horten", "K-3801 Horten", "40 Telemark", "0 Hele landet": the code, or null when the label has none. */
export function regionCodeFromLabel(label: string): string | null {
  const match = /^((?:K-|F-)?\d{1,4})\s+\S/.exec(label.trim());
  return match?.[1] === undefined ? null : normaliseRegionCode(match[1]);
}

/** Counties of 2024, for files that name regions ("Telemark") instead of numbering them. */
export const COUNTIES_2024: Readonly<Record<string, string>> = {
  oslo: "03",
  rogaland: "11",
  "møre og romsdal": "15",
  nordland: "18",
  østfold: "31",
  akershus: "32",
  buskerud: "33",
  innlandet: "34",
  vestfold: "39",
  telemark: "40",
  agder: "42",
  vestland: "46",
  trøndelag: "50",
  troms: "55",
  finnmark: "56",
};

const COUNTRY_NAMES = ["hele landet", "landet", "norge", "i alt"];

export type NameResolution =
  | { readonly code: string }
  | { readonly unresolved: "unknown" }
  | { readonly unresolved: "ambiguous"; readonly codes: readonly string[] };

export interface RegionResolver {
  resolve(name: string): NameResolution;
}

const fold = (name: string): string => name.trim().replace(/\s+/g, " ").toLowerCase();

/** Resolves names through the municipality list: the full official name ("Trondheim - Tråante") or any of
 * its forms joined by " - ", case-insensitively; then counties of 2024 and the country. */
export function buildRegionResolver(classifications: readonly ClassificationTable[]): RegionResolver {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, code: string): void => {
    const key = fold(name);
    if (key === "") return;
    const codes = byName.get(key) ?? new Set<string>();
    codes.add(code);
    byName.set(key, codes);
  };
  for (const table of classifications) {
    if (table.classification !== "131") continue;
    for (const { code, name } of table.codes) {
      if (!isMunicipalityCode(code)) continue;
      add(name, code);
      for (const form of name.split(" - ")) add(form, code);
    }
  }
  return {
    resolve(name) {
      const key = fold(name);
      const codes = byName.get(key);
      if (codes !== undefined) {
        const list = [...codes].sort();
        return list.length === 1 && list[0] !== undefined
          ? { code: list[0] }
          : { unresolved: "ambiguous", codes: list };
      }
      const countyKey = key.split(" - ")[0] ?? key;
      const county = COUNTIES_2024[countyKey];
      if (county !== undefined) return { code: county };
      if (COUNTRY_NAMES.includes(key)) return { code: COUNTRY };
      return { unresolved: "unknown" };
    },
  };
}
