// output/<year>/manifest.json: one entry per sheet on disk, and a journal that makes it survive a kill.
//
// Every finished sheet is appended to manifest.journal (one JSON line) right after its PDF is renamed into place;
// the manifest is rewritten atomically from time to time and at the end, and the journal then emptied. On start
// the two are merged and checked against the files: an entry whose PDF is missing or has another checksum is
// dropped (its sheet is built again). The manifest never lists a sheet that is being rebuilt (see run.ts), so
// at any moment every entry in it names a whole PDF with that checksum.
import { appendFile, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import pMap from "p-map";
import type { Lang } from "../sheet/format.js";
import { MODELS_DIR } from "../verify/stored-model.js";
import { sha256, writeFileAtomic } from "./files.js";

export const MANIFEST_FILE = "manifest.json";
export const JOURNAL_FILE = "manifest.journal";

/** PDFs read and checked at once when a run opens its folder (reconcileManifest): enough to keep the disk busy
 * while the main thread hashes. */
const FILES_HASHED_AT_ONCE = 8;

export interface ManifestEntry {
  readonly code: string;
  readonly name: string;
  readonly lang: Lang;
  readonly file: string;
  readonly bytes: number;
  readonly pages: number;
  readonly sha256: string;
  /** What the sheet was made from: the hash of its sheet model and the renderer (see fingerprint.ts). */
  readonly key: string;
  /** Checksums of the dataset files the municipality's own figures come from. */
  readonly inputs: Readonly<Record<string, string>>;
  /** With `--forrige`: the stored model of last year's sheet the sheet compares with, and its checksum. */
  readonly previous?: { readonly file: string; readonly sha256: string };
}

export interface Manifest {
  /** The program that made the sheets (see fingerprint.ts): a different one rebuilds every sheet. */
  readonly program: string;
  readonly sheets: readonly ManifestEntry[];
}

/** Entries by file name. */
export type ManifestIndex = Map<string, ManifestEntry>;

function isEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.file === "string" &&
    typeof entry.code === "string" &&
    typeof entry.sha256 === "string" &&
    typeof entry.key === "string"
  );
}

/** Whether `dir` is a year folder a build wrote: one with a manifest. */
export async function hasManifest(dir: string): Promise<boolean> {
  try {
    await readFile(join(dir, MANIFEST_FILE));
    return true;
  } catch {
    return false;
  }
}

/** The manifest and journal as found, merged (the journal is newer); unreadable parts count as absent. */
export async function readManifestIndex(outDir: string): Promise<ManifestIndex> {
  const index: ManifestIndex = new Map();
  try {
    const parsed = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), "utf8")) as { sheets?: unknown };
    for (const entry of Array.isArray(parsed.sheets) ? parsed.sheets : [])
      if (isEntry(entry)) index.set(entry.file, entry);
  } catch {
    // No manifest yet, or one from an older faktaark: every sheet counts as not built.
  }
  let journal = "";
  try {
    journal = await readFile(join(outDir, JOURNAL_FILE), "utf8");
  } catch {
    journal = "";
  }
  for (const line of journal.split("\n")) {
    // A run killed while appending leaves a cut-off last line: that sheet is simply built again.
    try {
      const entry: unknown = JSON.parse(line);
      if (isEntry(entry)) index.set(entry.file, entry);
    } catch {}
  }
  return index;
}

/** Drops entries whose PDF is missing or differs from the checksum recorded for it. */
export async function reconcileManifest(outDir: string, index: ManifestIndex): Promise<ManifestIndex> {
  // A few files at a time: read all at once, a year folder's PDFs (~36 MB for the sample) were held in the main
  // thread's memory together, and the C library kept that memory for the rest of the run. Measured on 2026-12-07,
  // the full sample built again into its own folder: peak 406-415 MB all at once, 378-379 MB eight at a time, and
  // 376-384 MB into an empty folder.
  const checked = await pMap(
    index.values(),
    async (entry) => ((await hashFile(join(outDir, entry.file))) === entry.sha256 ? entry : null),
    { concurrency: FILES_HASHED_AT_ONCE },
  );
  return new Map(checked.flatMap((entry) => (entry ? [[entry.file, entry] as const] : [])));
}

async function hashFile(path: string): Promise<string | null> {
  try {
    return sha256(await readFile(path));
  } catch {
    return null;
  }
}

/** Writes the manifest atomically, then empties the journal (whose entries it now holds). */
export async function writeManifest(outDir: string, program: string, index: ManifestIndex): Promise<void> {
  const sheets = [...index.values()].sort((a, b) => a.file.localeCompare(b.file));
  const manifest: Manifest = { program, sheets };
  await writeFileAtomic(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(join(outDir, JOURNAL_FILE), { force: true });
}

export async function appendJournal(outDir: string, entry: ManifestEntry): Promise<void> {
  await appendFile(join(outDir, JOURNAL_FILE), `${JSON.stringify(entry)}\n`);
}

/**
 * Removes temporary files a killed run left behind (`.<random>.tmp`, see files.ts) beside the PDFs and beside the
 * sheet models. Call under the lock.
 */
export async function removeStaleTemporaries(outDir: string): Promise<number> {
  const counts = await Promise.all([outDir, join(outDir, MODELS_DIR)].map(removeTemporariesIn));
  return counts.reduce((sum, count) => sum + count, 0);
}

async function removeTemporariesIn(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const stale = names.filter((name) => /^\.[0-9a-f]+\.tmp$/.test(name));
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  return stale.length;
}
