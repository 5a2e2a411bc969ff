// A cache of the joined dataset: reading and joining the sample takes about 2 s, reading it back from the cache
// about 0.15 s. An entry is used only when every file of the dataset directory, the written-form register and the
// program (fingerprint.ts) are byte for byte the same as when it was written; anything else reads the dataset
// anew. The cache is an optimisation only: when it cannot be read or written, faktaark works without it.
//
// One file per dataset directory, in the cache directory (cache-dir.ts): a 64-character key, a newline, then the
// Dataset as JSON (it is plain data; its one Map as a list of entries). JSON.parse reads it back in about 70 % of
// the time V8's deserialize took (measured: ~190 against ~260 ms for the sample's 260 000 objects).
//
// The nightly run reads a new dated folder every night, and each folder gets its own entry (~8 MB): only the
// entries of the last few folders used are kept (MAX_ENTRIES), so the cache does not grow by a folder a night.
import { readdir, readFile, rm, stat, utimes } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type DatasetEffects, fileDatasetEffects, isUnreadableFile } from "../data/dataset-files.js";
import { refuseBeforeReading, SNIFF_BYTES } from "../data/sniff.js";
import type { Dataset } from "../model/dataset.js";
import { WRITTEN_FORM_FILE } from "../model/written-form.js";
import { collectGarbage } from "./collect-garbage.js";
import { sha256, writeFileAtomic } from "./files.js";

const KEY_LENGTH = 64;

/** Dataset entries kept: the folders used last, by the time their entry was last read or written. */
const MAX_ENTRIES = 4;

/** A dataset entry's file name, this version's or an older one's (V8's serialisation, `.v8`). */
const ENTRY_NAME = /^dataset-[0-9a-f]{16}\.(?:json|v8)$/;

/** A Dataset as the cache keeps it. */
type StoredDataset = Omit<Dataset, "regionErrors"> & { readonly regionErrors: readonly [string, string][] };

/** loadDataset(dir), through the cache in `cacheDir` (null: no cache). `program` is the program's fingerprint;
 * `effects` reads the dataset's files (tests pass a fake); `ignore` the files to pass over (--ignore), part of the
 * key as what was read depends on it. */
export async function loadDatasetCached(
  dir: string,
  program: string,
  cacheDir: string | null,
  effects: DatasetEffects = fileDatasetEffects,
  ignore: readonly string[] = [],
): Promise<Dataset> {
  if (cacheDir === null) return readSources(dir, effects, ignore);
  const snapshot = await takeSnapshot(dir, program, effects, ignore);
  const file = join(cacheDir, `dataset-${sha256(resolve(dir)).slice(0, 16)}.json`);
  const cached = await readEntry(file, snapshot.key);
  // The same directory may be named another way ("./data/sample"); the sheets print the name given now.
  if (cached) {
    await markUsed(file);
    return { ...cached, dir };
  }
  const dataset = await readSources(dir, snapshot.effects, ignore);
  await writeEntry(file, snapshot.key, dataset);
  await removeOldEntries(cacheDir);
  return dataset;
}

/** loadDataset(dir), then the parsing's garbage collected: else the heap stays its size for the whole run. The readers
 * and the parsers they use (csv-parse, parse5, ...) are loaded only here: a run served from the cache skips them. */
async function readSources(dir: string, effects: DatasetEffects, ignore: readonly string[]): Promise<Dataset> {
  const { loadDataset } = await import("../model/load.js");
  const dataset = await loadDataset(dir, effects, ignore);
  collectGarbage();
  return dataset;
}

/** The dataset's files and the written-form register, each read once: the key is hashed from these bytes (and the
 * files passed over), and a dataset not in the cache is parsed from the very same bytes (`effects`). A file that
 * changes meanwhile cannot give an entry figures its key does not describe. */
interface Snapshot {
  readonly key: string;
  readonly effects: DatasetEffects;
}

async function takeSnapshot(
  dir: string,
  program: string,
  from: DatasetEffects,
  ignore: readonly string[],
): Promise<Snapshot> {
  const files = (await from.listFiles(dir)).sort();
  const paths = [...files.map((name) => join(dir, name)), WRITTEN_FORM_FILE];
  // A file refused on its start and size (sniff.ts) is never read whole, here either: its start and size stand
  // for it in the key. A file listed and then removed before it was read (a temporary file), or one without read
  // access, cannot be read by the parse either, which names it.
  const gone = new Map<string, string>();
  const unlessGone = async <T>(path: string, read: () => Promise<T>): Promise<[string, T][]> => {
    try {
      return [[path, await read()]];
    } catch (error) {
      if (!isUnreadableFile(error)) throw error;
      gone.set(path, error.code ?? "");
      return [];
    }
  };
  const heads = new Map(
    (await Promise.all(paths.map((path) => unlessGone(path, () => from.readHead(path, SNIFF_BYTES))))).flat(),
  );
  const readable = [...heads].filter(([, { head, size }]) => refuseBeforeReading(head, size) === null);
  const bytes = new Map(
    (await Promise.all(readable.map(([path]) => unlessGone(path, () => from.readFile(path))))).flat(),
  );
  for (const path of gone.keys()) heads.delete(path);
  // What is parsed is what was read whole: its start is taken from those bytes, not from the earlier look.
  for (const [path, whole] of bytes) heads.set(path, { head: whole.subarray(0, SNIFF_BYTES), size: whole.length });
  const hashOf = (path: string): string => {
    const whole = bytes.get(path);
    const { head, size } = heads.get(path) ?? { head: Buffer.alloc(0), size: 0 };
    return whole ? sha256(whole) : sha256(Buffer.concat([head, Buffer.from(`${size}`)]));
  };
  const hashes = files.map((name) => `${name} ${hashOf(join(dir, name))}`);
  const ignored = ignore.map((path) => `--ignore ${path}`);
  const key = sha256([program, hashOf(WRITTEN_FORM_FILE), ...hashes, ...ignored].join("\n"));
  const effects: DatasetEffects = {
    listFiles: async () => [...files],
    readHead: async (path) => {
      const code = gone.get(path);
      if (code) throw Object.assign(new Error(`${path}: ${code} while the dataset was read`), { code });
      const read = heads.get(path);
      if (read === undefined) throw new Error(`${path} was not read with the dataset`);
      return read;
    },
    readFile: async (path) => {
      const read = bytes.get(path);
      if (read === undefined) throw new Error(`${path} was not read with the dataset`);
      return read;
    },
  };
  return { key, effects };
}

async function readEntry(file: string, key: string): Promise<Dataset | null> {
  try {
    const text = await readFile(file, "utf8");
    if (text.slice(0, KEY_LENGTH) !== key) return null;
    const entry = JSON.parse(text.slice(KEY_LENGTH + 1)) as StoredDataset;
    return { ...entry, regionErrors: new Map(entry.regionErrors) };
  } catch {
    return null;
  }
}

async function writeEntry(file: string, key: string, dataset: Dataset): Promise<void> {
  try {
    const entry: StoredDataset = { ...dataset, regionErrors: [...dataset.regionErrors] };
    await writeFileAtomic(file, `${key}\n${JSON.stringify(entry)}`);
  } catch {
    // A read-only or full disk only costs the next run the time the cache would have saved.
  }
}

/** Dates the entry's use, which decides which entries removeOldEntries keeps. */
async function markUsed(file: string): Promise<void> {
  const now = new Date();
  await utimes(file, now, now).catch(() => {});
}

/** Removes all but the MAX_ENTRIES dataset entries used last (and any entry of an older faktaark). */
async function removeOldEntries(cacheDir: string): Promise<void> {
  try {
    const names = (await readdir(cacheDir)).filter((name) => ENTRY_NAME.test(name));
    const entries = await Promise.all(
      names.map(async (name) => ({ name, used: (await stat(join(cacheDir, name))).mtimeMs })),
    );
    entries.sort((a, b) => b.used - a.used);
    const old = entries.filter((entry, index) => index >= MAX_ENTRIES || entry.name.endsWith(".v8"));
    await Promise.all(old.map((entry) => rm(join(cacheDir, entry.name), { force: true })));
  } catch {
    // Another run may be removing the same files; what is left is removed next time.
  }
}
