// Which dataset files a sheet's figures come from, with their checksums: what the manifest records.
import type { Topic } from "../data/tables.js";
import type { Dataset } from "../model/dataset.js";
import type { MunicipalityRecord } from "../model/record.js";

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

export function sheetInputs(dataset: Dataset, record: MunicipalityRecord): Record<string, string> {
  const files = new Set(
    (Object.keys(TOPICS) as Topic[]).flatMap((topic) => {
      const part = record[topic];
      return part ? part.files : [];
    }),
  );
  const inputs: Record<string, string> = {};
  for (const file of dataset.files) if (files.has(file.path)) inputs[file.path] = file.sha256;
  return inputs;
}
