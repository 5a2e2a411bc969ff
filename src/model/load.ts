// Reads and joins a dataset directory: the one call the commands make to get every municipality's record.
import { type DatasetEffects, fileDatasetEffects } from "../data/dataset-files.js";
import { readDataset } from "../data/read-dataset.js";
import { hasRegister } from "../data/usability.js";
import type { Dataset } from "./dataset.js";
import { joinRecords } from "./join.js";
import type { MunicipalityRecord } from "./record.js";
import { readWrittenForms, WRITTEN_FORM_FILE } from "./written-form.js";

/** `ignore`: files to pass over (--ignore). */
export async function loadDataset(
  dir: string,
  effects: DatasetEffects = fileDatasetEffects,
  ignore: readonly string[] = [],
): Promise<Dataset> {
  const [raw, writtenForms] = await Promise.all([
    readDataset(dir, effects, ignore),
    readWrittenForms(WRITTEN_FORM_FILE, effects.readFile),
  ]);
  const { records, areas, diagnostics } = joinRecords(raw, { writtenForms });
  return {
    dir,
    isSample: raw.meta.sample,
    dataYear: findDataYear(records) ?? new Date().getFullYear(),
    hasRegister: hasRegister(raw),
    records,
    areas,
    files: raw.files,
    diagnostics: [...raw.diagnostics, ...diagnostics],
    regionErrors: raw.regionErrors,
  };
}

/** The latest year with a population figure for any municipality; null when the dataset has none. */
export function findDataYear(records: readonly MunicipalityRecord[]): number | null {
  let latest: number | null = null;
  for (const record of records) {
    for (const { year, value } of record.population?.data.total ?? []) {
      if (typeof value === "number" && (latest === null || year > latest)) latest = year;
    }
  }
  return latest;
}
