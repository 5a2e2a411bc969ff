// Last year's edition for `build --forrige DIR`: the year folder (DIR itself, or the newest year before the data year
// inside it), its manifest, and for each sheet to build the previous sheet of the same municipality, read from the
// sheet model kept beside its PDF and reduced to what the section «Endringer siden forrige faktaark» compares.
// Everything is read before the first sheet is made, so a sheet's model never depends on when it was built.
import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { UserError } from "../errors.js";
import type { ChangeMap } from "../model/changes.js";
import type { MunicipalityRecord } from "../model/record.js";
import type { Lang } from "../sheet/format.js";
import type { PreviousComparison, PreviousSheet } from "../sheet/previous.js";
import { decodeModel, MODELS_DIR, storedModelPath } from "../verify/stored-model.js";
import { findBuiltYears } from "./data-year.js";
import { sha256 } from "./files.js";
import { hasManifest, type ManifestEntry, readManifestIndex } from "./manifest.js";
import * as message from "./messages.js";
import { matchPreviousSheet } from "./previous-match.js";
import { OlderModelError, reducePreviousModel } from "./previous-model.js";

/** What one sheet compares with, and the stored model that came from (for the manifest and `--changed-only`). */
export type PreviousLookup =
  | {
      readonly comparison: PreviousComparison;
      readonly model: { readonly file: string; readonly sha256: string } | null;
    }
  | { readonly error: string };

export interface PreviousEdition {
  /** The year folder read. */
  readonly dir: string;
  /** Its data year. */
  readonly year: number;
  /** By municipality number, for every sheet the run was opened for. */
  readonly sheets: ReadonlyMap<string, PreviousLookup>;
}

export interface PreviousOptions {
  /** The data year of the sheets being built. */
  readonly dataYear: number;
  /** The year folder they are written to. */
  readonly outDir: string;
  readonly sheets: readonly { readonly record: MunicipalityRecord; readonly lang: Lang }[];
  readonly changes: ChangeMap;
}

/**
 * Opens `dir` as last year's edition. A folder that is not one (no manifest, no sheets, no models, a later year, the
 * output folder itself, or models of an older faktaark) is the user's mistake: exit 2. A single model that cannot be
 * read fails only its own sheet.
 */
export async function openPreviousEdition(given: string, options: PreviousOptions): Promise<PreviousEdition> {
  const dir = await chooseYearDir(given, options.dataYear);
  if (resolve(dir) === resolve(options.outDir)) throw new UserError(message.previousIsOutput(dir));
  const entries = [...(await readManifestIndex(dir)).values()].sort((a, b) => a.file.localeCompare(b.file));
  if (entries.length === 0) throw new UserError(message.previousEmpty(dir));
  if (!(await isDirectory(join(dir, MODELS_DIR)))) throw new UserError(message.previousNoModels(dir));
  const year = await readEditionYear(dir, entries);
  if (year > options.dataYear) throw new UserError(message.previousLater(dir, year, options.dataYear));
  const sheets = new Map<string, PreviousLookup>();
  for (const { record, lang } of options.sheets) {
    const match = matchPreviousSheet(record.code, lang, entries, options.changes, year, options.dataYear);
    if (match.kind !== "sheet") {
      sheets.set(record.code, { comparison: { ...match, year }, model: null });
      continue;
    }
    try {
      const { sheet, file, hash } = await readPrevious(dir, match.entry);
      if (sheet.dataYear !== year) throw new Error(message.previousModelYear(file, sheet.dataYear, year));
      const comparison = { kind: "sheet", year, sheet, renumbered: match.renumbered } as const;
      sheets.set(record.code, { comparison, model: { file, sha256: hash } });
    } catch (error) {
      sheets.set(record.code, { error: (error as Error).message });
    }
  }
  return { dir, year, sheets };
}

/**
 * The edition's data year, from its first model that can be read; a model of an older faktaark, or none that can be
 * read, makes the folder unusable.
 */
async function readEditionYear(dir: string, entries: readonly ManifestEntry[]): Promise<number> {
  let firstError: string | null = null;
  for (const entry of entries) {
    try {
      return (await readPrevious(dir, entry)).sheet.dataYear;
    } catch (error) {
      if (error instanceof OlderModelError) throw new UserError(error.message);
      firstError ??= (error as Error).message;
    }
  }
  throw new UserError(firstError ?? message.previousEmpty(dir));
}

/** `given` when it is a year folder; else the newest year folder inside it before `dataYear`. */
async function chooseYearDir(given: string, dataYear: number): Promise<string> {
  if (await hasManifest(given)) return given;
  const years = await findBuiltYears(given);
  const earlier = years.filter((year) => year < dataYear);
  if (earlier.length > 0) return join(given, String(Math.max(...earlier)));
  if (years.length > 0)
    throw new UserError(
      message.previousOnlyLater(
        given,
        [...years].sort((a, b) => a - b),
        dataYear,
      ),
    );
  throw new UserError(message.previousNotFound(given));
}

/** One sheet's stored model, reduced; an Error naming the file when it is missing, damaged or not as expected. */
async function readPrevious(
  dir: string,
  entry: ManifestEntry,
): Promise<{ sheet: PreviousSheet; file: string; hash: string }> {
  const file = storedModelPath(join(dir, entry.file));
  let bytes: Buffer;
  let model: unknown;
  try {
    bytes = await readFile(file);
    model = decodeModel(bytes);
  } catch (error) {
    throw new Error(message.previousModelUnreadable(file, (error as Error).message));
  }
  const sheet = reducePreviousModel(model, file);
  if (sheet.code !== entry.code) throw new Error(message.previousModelCode(file, sheet.code, entry.code));
  return { sheet, file, hash: sha256(bytes) };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
