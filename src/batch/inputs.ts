// Which dataset files a sheet's figures come from, with their checksums: what the manifest records.
import type { Dataset } from "../model/dataset.js";
import type { MunicipalityRecord, Sourced } from "../model/record.js";

export function sheetInputs(dataset: Dataset, record: MunicipalityRecord): Record<string, string> {
  const parts: (Sourced<unknown> | null)[] = [
    record.population,
    record.immigrants,
    record.households,
    record.dwellings,
    record.tenure,
    record.crowding,
    record.construction,
    record.projection,
    record.municipalDwellings,
    record.socialAssistance,
    record.husbanken,
  ];
  const files = new Set(parts.flatMap((part) => (part ? [part.source.file] : [])));
  const inputs: Record<string, string> = {};
  for (const file of dataset.files) if (files.has(file.path)) inputs[file.path] = file.sha256;
  return inputs;
}
