// Which year's folder (output/<year>/) a build may write. The data year comes from the dataset (the latest
// population year); an older dataset than the last run's would rewrite a finished year's sheets with figures of
// another edition, so that takes an explicit --year.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { MANIFEST_FILE } from "./manifest.js";
import * as message from "./messages.js";

/** `--year` as given on the command line, or undefined. */
export function parseYearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new UserError(message.yearNotANumber(value));
  return Number(value);
}

/** The years under `out` whose folder holds a manifest: the data years earlier runs wrote. */
export async function findBuiltYears(out: string): Promise<number[]> {
  let names: string[];
  try {
    names = await readdir(out);
  } catch {
    return [];
  }
  const built = await Promise.all(
    names
      .filter((name) => /^\d{4}$/.test(name))
      .map(async (name) => ((await isFile(join(out, name, MANIFEST_FILE))) ? Number(name) : null)),
  );
  return built.filter((year): year is number => year !== null);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The year the sheets are written for: the dataset's data year. Refused (exit 2) when `--year` names another
 * year, or, without `--year`, when an earlier run wrote a later year under `out`.
 */
export function chooseOutputYear(
  dataYear: number,
  builtYears: readonly number[],
  explicitYear: number | undefined,
  out: string,
): number {
  if (explicitYear !== undefined) {
    if (explicitYear !== dataYear) throw new UserError(message.yearNotDataYear(explicitYear, dataYear));
    return dataYear;
  }
  const lastYear = Math.max(dataYear, ...builtYears);
  if (lastYear > dataYear)
    throw new UserError(message.dataYearBeforeLastRun(dataYear, lastYear, join(out, String(lastYear))));
  return dataYear;
}
