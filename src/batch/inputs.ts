// Which dataset files a sheet's figures come from, with their checksums: what the manifest records.
import type { Dataset } from "../model/dataset.js";
import type { MunicipalityRecord } from "../model/record.js";
import { RECORD_PARTS } from "../model/record-parts.js";

export function sheetInputs(dataset: Dataset, record: MunicipalityRecord): Record<string, string> {
  const files = new Set(
    RECORD_PARTS.flatMap((topic) => {
      const part = record[topic];
      return part ? part.files : [];
    }),
  );
  const inputs: Record<string, string> = {};
  for (const file of dataset.files) if (files.has(file.path)) inputs[file.path] = file.sha256;
  return inputs;
}
