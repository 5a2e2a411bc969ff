// `faktaark verify`: reads every sheet a manifest lists back from its PDF and checks it against the sheet model
// kept beside it (stored-model.ts). IO here; the checks themselves are pure (checks.ts).
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { findBuiltYears } from "../batch/data-year.js";
import { hasManifest, MANIFEST_FILE, readManifestIndex } from "../batch/manifest.js";
import type { SheetProblem } from "../batch/report.js";
import { UserError } from "../errors.js";
import type { Problem } from "./checks.js";
import { createPdfReader, type PdfReader } from "./pdf-reader.js";
import { readStoredModel } from "./stored-model.js";
import { verifyPdf } from "./verify-pdf.js";

export interface VerifyResult {
  readonly dir: string;
  readonly checked: number;
  readonly problems: readonly SheetProblem[];
}

/** The year folder to check: `dir` itself when it has a manifest, else the newest year built inside it. */
export async function resolveSheetDir(dir: string): Promise<string> {
  if (await hasManifest(dir)) return dir;
  const years = await findBuiltYears(dir);
  if (years.length === 0) {
    throw new UserError(`${dir}: fant ingen ${MANIFEST_FILE}, verken her eller i en årsmappe (${join(dir, "ÅÅÅÅ")}).`);
  }
  return join(dir, String(Math.max(...years)));
}

export async function verifyDir(
  dir: string,
  onSheet: (problems: readonly SheetProblem[]) => void,
): Promise<VerifyResult> {
  const entries = [...(await readManifestIndex(dir)).values()].sort((a, b) => a.file.localeCompare(b.file));
  const problems: SheetProblem[] = [];
  // Reading is all this command does: a reader thread per core, a few sheets ahead, reported in the manifest's order.
  const threads = availableParallelism();
  const reader = createPdfReader(threads);
  const ahead: Promise<Problem[]>[] = [];
  let started = 0;
  const startNext = () => {
    const entry = entries[started++];
    if (entry) ahead.push(verifyFile(join(dir, entry.file), reader));
  };
  try {
    while (started < Math.min(entries.length, threads * SHEETS_AHEAD_PER_THREAD)) startNext();
    for (const entry of entries) {
      const found = ((await ahead.shift()) ?? []).map((problem) => ({ file: entry.file, ...problem }));
      startNext();
      problems.push(...found);
      onSheet(found);
    }
  } finally {
    await reader.close();
  }
  return { dir, checked: entries.length, problems };
}

/** Sheets read ahead of the one reported: enough to keep every reader thread busy. */
const SHEETS_AHEAD_PER_THREAD = 2;

async function verifyFile(path: string, reader: PdfReader): Promise<Problem[]> {
  let pdf: Buffer;
  try {
    pdf = await readFile(path);
  } catch (error) {
    return [{ page: null, message: `PDF-en kan ikke leses: ${(error as Error).message}` }];
  }
  let model: Awaited<ReturnType<typeof readStoredModel>>;
  try {
    model = await readStoredModel(path);
  } catch {
    return [{ page: null, message: "arkmodellen mangler (lag arket på nytt med faktaark build)" }];
  }
  return verifyPdf(model, pdf, reader);
}
