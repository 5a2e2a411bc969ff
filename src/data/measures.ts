// What kind of number each value of a catalogue table is: a count (persons, households, dwellings, loans), a share
// (per cent or per 1000) or an amount (kroner). The plausibility rules (plausibility.ts) follow from the kind: a count
// is whole and not negative, a share lies within its scale, an amount is not negative. Keyed by the catalogue's topic
// and semantic key (tables.ts), so a table that changes number or code (12913 → 12008) keeps its kind; a value not
// listed here, and a table outside the catalogue, is not checked.
import { findTableSpec, matchesValue, type Topic } from "./tables.js";

export type Measure =
  | { readonly kind: "count" }
  | { readonly kind: "share"; readonly max: 100 | 1000 }
  | { readonly kind: "amount" };

const COUNT: Measure = { kind: "count" };
const PER_CENT: Measure = { kind: "share", max: 100 };
const PER_1000: Measure = { kind: "share", max: 1000 };
const AMOUNT: Measure = { kind: "amount" };

/** Topic → semantic key → kind. The shares: crowding is a share of persons (FHI's "Andel", per cent, or a fraction
 * declared as one), municipal dwellings per 1000 inhabitants (12008, ssb-metadata/TABLES.md), social assistance recipients per 1000
 * inhabitants (13995); 09817's
 * AndelBefolkning (per cent) is not in the catalogue and is recognised by its JSON-stat unit. */
const MEASURES: Readonly<Partial<Record<Topic, Readonly<Record<string, Measure>>>>> = {
  population: { persons: COUNT },
  immigrants: { persons: COUNT },
  households: { households: COUNT, persons: COUNT },
  dwellings: { dwellings: COUNT },
  tenure: { households: COUNT },
  crowding: { all: PER_CENT },
  construction: { started: COUNT, completed: COUNT },
  projection: { main: COUNT, low: COUNT, high: COUNT },
  municipalDwellings: { per1000: PER_1000 },
  lowIncome: { share: PER_CENT, persons: COUNT },
  housePrices: { pricePerM2: AMOUNT, transactions: COUNT },
  socialAssistance: { per1000: PER_1000 },
  refugees: { settled: COUNT },
  husbanken: {
    startLoanCount: COUNT,
    startLoanAmount: AMOUNT,
    housingAllowanceHouseholds: COUNT,
    rentalGrantDwellings: COUNT,
    adaptationGrants: COUNT,
  },
};

/** The kind a JSON-stat file gives a ContentsCode in `category.unit.{code}.base` ("personer", "prosent"). */
export function measureOfUnit(base: string): Measure | null {
  const text = base.trim().toLowerCase();
  if (text === "prosent") return PER_CENT;
  if (text === "personer" || text === "husholdninger" || text === "boliger") return COUNT;
  return null;
}

/** The kind of a table's value with these keys, or null when faktaark does not know it. A dimension the
 * observation does not have was eliminated in the download, so every value of it matches (as the join reads it);
 * when those values are of different kinds (a count and a share), the value's kind is not known. */
export function findMeasure(tableId: string, keys: Readonly<Record<string, string>>): Measure | null {
  const spec = findTableSpec(tableId);
  if (spec === undefined) return null;
  const kinds = new Set<Measure>();
  for (const topic of spec.topics) {
    for (const [key, measure] of Object.entries(MEASURES[topic] ?? {})) {
      for (const [dimension, { values }] of Object.entries(spec.dimensions)) {
        const value = values[key];
        if (value !== undefined && (keys[dimension] === undefined || matchesValue(keys[dimension], value)))
          kinds.add(measure);
      }
    }
  }
  const [only] = kinds;
  return kinds.size === 1 && only !== undefined ? only : null;
}
