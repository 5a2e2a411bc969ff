// The output folder follows the municipality register: a sheet of a municipality that KLASS's changes say has
// ended (merged or split), or whose file name no longer is the municipality's (a new name), is moved to `utgått/`
// with its model, and leaves the manifest. Nothing is deleted: the old sheet stays readable where an operator
// expects it, its workbook (`--xlsx`) beside it. A number the dataset merely lacks (a dataset of one county) is left alone.
import { mkdir, rename } from "node:fs/promises";
import { join } from "node:path";
import type { MunicipalityRecord } from "../model/record.js";
import type { Lang } from "../sheet/format.js";
import { storedModelPath } from "../verify/stored-model.js";
import { workbookPath } from "./files.js";
import type { ManifestEntry, ManifestIndex } from "./manifest.js";

export const RETIRED_DIR = "utgått";

export interface Register {
  readonly byCode: (code: string) => MunicipalityRecord | undefined;
  readonly fileNameFor: (record: MunicipalityRecord, lang: Lang) => string;
  /** Today's municipalities an ended municipality's area went into; empty for a number not known to have ended. */
  readonly successorsOf: (code: string) => readonly MunicipalityRecord[];
}

export interface RetiredSheet {
  readonly file: string;
  /** Why: "finnes ikke lenger" or "heter nå …". */
  readonly reason: string;
}

/** The entries whose sheet the register no longer has, with why. Pure. */
export function findRetired(index: ManifestIndex, register: Register): { entry: ManifestEntry; reason: string }[] {
  return [...index.values()].flatMap((entry) => {
    const record = register.byCode(entry.code);
    if (!record) {
      const successors = register.successorsOf(entry.code);
      if (successors.length === 0) return [];
      const now = successors.map((successor) => `${successor.code} ${successor.shortName}`).join(", ");
      return [{ entry, reason: `kommune ${entry.code} finnes ikke lenger; området er nå ${now}` }];
    }
    const file = register.fileNameFor(record, entry.lang);
    return file === entry.file
      ? []
      : [{ entry, reason: `kommune ${entry.code} heter nå ${record.shortName} (${file})` }];
  });
}

/** Moves the retired sheets (and their models and workbooks) to `utgått/` and takes them out of the index. */
export async function retireSheets(outDir: string, index: ManifestIndex, register: Register): Promise<RetiredSheet[]> {
  const retired = findRetired(index, register);
  if (retired.length === 0) return [];
  const target = join(outDir, RETIRED_DIR);
  await mkdir(join(target, "modeller"), { recursive: true });
  for (const { entry } of retired) {
    const pdf = join(outDir, entry.file);
    await rename(pdf, join(target, entry.file));
    await rename(storedModelPath(pdf), storedModelPath(join(target, entry.file))).catch(() => {});
    await rename(workbookPath(pdf), workbookPath(join(target, entry.file))).catch(() => {});
    index.delete(entry.file);
  }
  return retired.map(({ entry, reason }) => ({ file: entry.file, reason }));
}
