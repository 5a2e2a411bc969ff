// The parts of a municipality's record, one per topic of the catalogue.
import type { Topic } from "../data/tables.js";

/** Every part of a record, one per topic of the catalogue: a topic added to the catalogue without being listed
 * here does not compile (12944's and 14545's files were once left out of the manifest this way). */
const TOPICS: Readonly<Record<Topic, true>> = {
  population: true,
  immigrants: true,
  households: true,
  dwellings: true,
  tenure: true,
  crowding: true,
  construction: true,
  projection: true,
  municipalDwellings: true,
  lowIncome: true,
  housePrices: true,
  socialAssistance: true,
  refugees: true,
  husbanken: true,
};

export const RECORD_PARTS = Object.keys(TOPICS) as readonly Topic[];
