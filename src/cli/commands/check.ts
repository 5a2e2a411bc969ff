// `faktaark check`: reads a dataset and reports, per file, what was recognised and every problem found.
import { stat } from "node:fs/promises";
import type { Command } from "commander";
import { type DatasetEffects, fileDatasetEffects } from "../../data/dataset-files.js";
import * as message from "../../data/messages.js";
import { readDataset } from "../../data/read-dataset.js";
import { assessUsability } from "../../data/usability.js";
import { UserError } from "../../errors.js";
import { joinRecords, selectRegister } from "../../model/join.js";
import { readWrittenForms } from "../../model/written-form.js";
import { collectIgnored, IGNORE_HELP } from "../ignore-option.js";

/** Exit codes: 0 when the dataset can make sheets, 2 when not (see src/data/usability.ts). */
export const EXIT_USABLE = 0;
export const EXIT_UNUSABLE = 2;

export function register(program: Command): void {
  program
    .command("check")
    .description("les datamappen og rapporter hva som ble gjenkjent og alle problemer")
    .option("--data <dir>", "datamappen som skal kontrolleres", "data/sample")
    .option("--ignore <fil>", IGNORE_HELP, collectIgnored, [])
    .action(async (options: { data: string; ignore: string[] }) => {
      const writeLine = (line: string) => process.stdout.write(`${line}\n`);
      process.exitCode = await runCheck(options.data, writeLine, fileDatasetEffects, options.ignore);
    });
}

/** Writes the report line by line and returns the exit code. */
export async function runCheck(
  dir: string,
  writeLine: (line: string) => void,
  effects: DatasetEffects = fileDatasetEffects,
  ignore: readonly string[] = [],
): Promise<number> {
  if (effects === fileDatasetEffects) await assertDirectory(dir);
  const raw = await readDataset(dir, effects, ignore);
  const { usable, reasons } = assessUsability(raw);
  // The join's own findings too (an older projection edition not used, codes no register knows), as build sees them.
  // Without a register the dataset is unusable (above), and the join's fallback to the built-in one is moot.
  const joined = selectRegister(raw.classifications).fromDataset
    ? joinRecords(raw, { writtenForms: await readWrittenForms() }).diagnostics
    : [];
  const diagnostics = [...raw.diagnostics, ...joined];
  writeLine(`Datamappe: ${dir} – ${raw.meta.name}${raw.meta.sample ? " (eksempeldata)" : ""}`);
  writeLine("");
  writeLine("Filer:");
  for (const file of raw.files) {
    const what = file.recognisedAs === null ? "ikke gjenkjent" : `${file.recognisedAs}, ${rowsText(file.rows)}`;
    writeLine(`  ${file.path}: ${what}`);
  }
  for (const path of raw.ignored) writeLine(`  ${path}: ${message.ignoredFile()}`);
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  if (diagnostics.length > 0) {
    writeLine("");
    writeLine("Problemer:");
    for (const diagnostic of [...errors, ...warnings]) {
      writeLine(`  ${diagnostic.severity === "error" ? "FEIL" : "advarsel"}: ${message.formatDiagnostic(diagnostic)}`);
    }
  }
  const recognised = raw.files.filter((file) => file.recognisedAs !== null).length;
  const rows = raw.files.reduce((sum, file) => sum + file.rows, 0);
  writeLine("");
  writeLine(
    `Oppsummering: ${message.formatCount(raw.files.length)} ${raw.files.length === 1 ? "fil" : "filer"}, ${message.formatCount(recognised)} gjenkjent, ` +
      `${rowsText(rows)}; ${message.formatCount(errors.length)} feil, ${message.formatCount(warnings.length)} advarsler. ` +
      (usable ? "Datasettet kan brukes." : "Datasettet kan ikke brukes:"),
  );
  for (const reason of reasons) writeLine(`  – ${reason}`);
  if (raw.regionErrors.size > 0) writeLine(`  – ${message.sheetsBlocked([...raw.regionErrors.keys()].sort())}`);
  return usable ? EXIT_USABLE : EXIT_UNUSABLE;
}

function rowsText(rows: number): string {
  return `${message.formatCount(rows)} ${rows === 1 ? "rad" : "rader"}`;
}

async function assertDirectory(dir: string): Promise<void> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new UserError(message.notADirectory(dir));
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UserError(message.dataDirMissing(dir));
    throw error;
  }
}
