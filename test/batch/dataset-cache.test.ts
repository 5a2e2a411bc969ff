// The dataset cache: a second load reads the cache; any change in the dataset's files reads the files again.
import { createHash } from "node:crypto";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { loadDatasetCached } from "../../src/batch/dataset-cache.js";
import { type DatasetEffects, fileDatasetEffects } from "../../src/data/dataset-files.js";
import type { Dataset } from "../../src/model/dataset.js";
import { loadDataset } from "../../src/model/load.js";
import { makeTempDir, ROOT } from "../cli/run-cli.js";

it("returns the same dataset from the cache, and reads the files again after one changes", async () => {
  const data = join(await makeTempDir("data"), "good");
  await cp(join(ROOT, "test", "fixtures", "data", "good"), data, { recursive: true });
  const cacheDir = await makeTempDir("cache");

  const first = await loadDatasetCached(data, "program-1", cacheDir);
  expect(first).toEqual(await loadDataset(data));
  expect((await readdir(cacheDir)).filter((name) => name.endsWith(".json"))).toHaveLength(1);
  // Exactly the same: no field left out, the Map of region errors a Map again.
  expect(await loadDatasetCached(data, "program-1", cacheDir)).toStrictEqual(first);

  // The cache entry is not used when the data changed.
  const file = join(data, "husbanken.csv");
  const text = await readFile(file, "utf8");
  const edited = text.replace("4001;2024;startlan_antall;..", "4001;2024;startlan_antall;42");
  expect(edited).not.toBe(text);
  await writeFile(file, edited);
  const changed = await loadDatasetCached(data, "program-1", cacheDir);
  expect(changed).toEqual(await loadDataset(data));
  expect(changed).not.toEqual(first);

  // An entry is read only under its own key: one holding other records shows when it was read.
  const [entry] = (await readdir(cacheDir)).filter((name) => name.endsWith(".json"));
  const path = join(cacheDir, String(entry));
  const key = (await readFile(path)).subarray(0, 65);
  const oneRecord = { ...changed, records: changed.records.slice(0, 1), regionErrors: [...changed.regionErrors] };
  await writeFile(path, Buffer.concat([key, Buffer.from(JSON.stringify(oneRecord))]));
  expect((await loadDatasetCached(data, "program-1", cacheDir)).records).toHaveLength(1);
  expect((await loadDatasetCached(data, "program-2", cacheDir)).records).toEqual(changed.records);
});

it("gives back names beyond Latin-1 as they were (Sami letters, dashes, a character outside the BMP)", async () => {
  const data = join(await makeTempDir("data"), "good");
  await cp(join(ROOT, "test", "fixtures", "data", "good"), data, { recursive: true });
  const register = join(data, "klass", "kommuner.json");
  const name = "Porsgrunn – Čáhppesjávri ŋ Ā 𝔓";
  await writeFile(register, (await readFile(register, "utf8")).replace('"Porsgrunn"', JSON.stringify(name)));
  const cacheDir = await makeTempDir("cache");
  const first = await loadDatasetCached(data, "p", cacheDir);
  expect(first.records.map((record) => record.name)).toContain(name);
  expect(await loadDatasetCached(data, "p", cacheDir)).toStrictEqual(first);

  // Read from the entry: an entry saying Ć instead of Č gives Ć.
  const [entry] = (await readdir(cacheDir)).filter((file) => file.endsWith(".json"));
  const path = join(cacheDir, String(entry));
  await writeFile(path, (await readFile(path, "utf8")).replace("Č", "Ć"));
  const names = (await loadDatasetCached(data, "p", cacheDir)).records.map((record) => record.name);
  expect(names).toContain(name.replace("Č", "Ć"));
});

it("names the dataset by the folder name given now, not the one it was cached under", async () => {
  const data = join(await makeTempDir("data"), "good");
  await cp(join(ROOT, "test", "fixtures", "data", "good"), data, { recursive: true });
  const cacheDir = await makeTempDir("cache");
  await loadDatasetCached(data, "p", cacheDir);
  const again = await loadDatasetCached(`${data}/./`, "p", cacheDir);
  expect(again.dir).toBe(`${data}/./`);
});

it("keeps the entries of the four data folders used last, and none an older faktaark wrote", async () => {
  const parent = await makeTempDir("data");
  const folders = await Promise.all(
    ["a", "b", "c", "d", "e"].map(async (name) => {
      const dir = join(parent, name);
      await cp(join(ROOT, "test", "fixtures", "data", "good"), dir, { recursive: true });
      return dir;
    }),
  );
  const [a, b, c, d, e] = folders as [string, string, string, string, string];
  const cacheDir = await makeTempDir("cache");
  await writeFile(join(cacheDir, "dataset-0123456789abcdef.v8"), "an entry in V8's serialisation");
  const entryOf = (dir: string) => `dataset-${createHash("sha256").update(dir).digest("hex").slice(0, 16)}.json`;

  await loadDatasetCached(a, "p", cacheDir);
  expect(await readdir(cacheDir)).toEqual([entryOf(a)]);
  for (const dir of [b, c, d]) await loadDatasetCached(dir, "p", cacheDir);
  expect((await readdir(cacheDir)).sort()).toEqual([a, b, c, d].map(entryOf).sort());
  await loadDatasetCached(a, "p", cacheDir); // read from its entry: now the one used last
  await loadDatasetCached(e, "p", cacheDir);
  expect((await readdir(cacheDir)).sort()).toEqual([a, c, d, e].map(entryOf).sort());
});

it("parses the very bytes its key is made from: a file that changes while it is read cannot leave an old figure", async () => {
  const data = join(await makeTempDir("data"), "good");
  await cp(join(ROOT, "test", "fixtures", "data", "good"), data, { recursive: true });
  const file = join(data, "husbanken.csv");
  const before = await readFile(file, "utf8");
  const after = before.replace("4001;2024;startlan_antall;..", "4001;2024;startlan_antall;42");
  expect(after).not.toBe(before);
  await writeFile(file, after);
  // The file is rewritten while faktaark reads the dataset: the first read sees it as it was, later reads as it is.
  const reads = new Map<string, number>();
  const changing: DatasetEffects = {
    listFiles: fileDatasetEffects.listFiles,
    readHead: fileDatasetEffects.readHead,
    readFile: async (path) => {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return path === file && reads.get(path) === 1 ? Buffer.from(before) : fileDatasetEffects.readFile(path);
    },
  };
  const startLoans = (dataset: Dataset) =>
    dataset.records.find((record) => record.code === "4001")?.husbanken?.data.startLoanCount;
  const cacheDir = await makeTempDir("cache");

  const first = await loadDatasetCached(data, "p", cacheDir, changing);
  // Each file was read once, and the figures are those of that read ("..", not 42).
  expect([...reads.values()].every((count) => count === 1)).toBe(true);
  expect(startLoans(first)).toEqual([{ year: 2024, value: ".." }]);
  // The file as it is now (42) does not match the entry's key: it is read anew, not taken from the cache.
  expect(startLoans(await loadDatasetCached(data, "p", cacheDir))).toEqual([{ year: 2024, value: 42 }]);
});

it("keeps what --ignore passed over apart: a file read once is not left out by the cache, nor the other way round", async () => {
  const data = join(await makeTempDir("data"), "good");
  await cp(join(ROOT, "test", "fixtures", "data", "good"), data, { recursive: true });
  const cacheDir = await makeTempDir("cache");
  const all = await loadDatasetCached(data, "p", cacheDir);
  expect(all.records.find((record) => record.code === "4001")?.husbanken).not.toBeNull();
  const ignoring = await loadDatasetCached(data, "p", cacheDir, fileDatasetEffects, ["husbanken.csv"]);
  expect(ignoring.records.find((record) => record.code === "4001")?.husbanken).toBeNull();
  expect(ignoring.files.map((file) => file.path)).not.toContain("husbanken.csv");
  expect((await loadDatasetCached(data, "p", cacheDir)).records).toEqual(all.records);
});

it("names a file that disappears between listing the folder and reading it, with or without the cache", async () => {
  const data = join(await makeTempDir("data"), "good");
  await cp(join(ROOT, "test", "fixtures", "data", "good"), data, { recursive: true });
  // An editor's temporary file: in the listing, gone when it is read.
  const vanishing: DatasetEffects = {
    ...fileDatasetEffects,
    listFiles: async (dir) => [...(await fileDatasetEffects.listFiles(dir)), "husbanken.csv~"],
  };
  const expected = {
    severity: "error",
    file: "husbanken.csv~",
    message:
      "filen forsvant mens datamappen ble lest (en midlertidig fil?); kjør igjen når ingen annen skriver i mappen" +
      " – rett filen, flytt den ut av datamappen eller hopp over den med --ignore «husbanken.csv~»",
  };
  expect((await loadDataset(data, vanishing)).diagnostics).toContainEqual(expected);
  const cached = await loadDatasetCached(data, "p", await makeTempDir("cache"), vanishing);
  expect(cached.diagnostics).toContainEqual(expected);
});

it("names a file the user running faktaark may not read, as that file's error, with or without the cache", async () => {
  const data = join(await makeTempDir("data"), "good");
  await cp(join(ROOT, "test", "fixtures", "data", "good"), data, { recursive: true });
  // What chmod 000 does for any user but root (the tests may run as root, who reads everything).
  const refuse = (path: string) => {
    if (path.endsWith("husbanken.csv"))
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: "EACCES" });
  };
  const locked: DatasetEffects = {
    listFiles: fileDatasetEffects.listFiles,
    readHead: async (path, bytes) => {
      refuse(path);
      return fileDatasetEffects.readHead(path, bytes);
    },
    readFile: async (path) => {
      refuse(path);
      return fileDatasetEffects.readFile(path);
    },
  };
  const expected = {
    severity: "error",
    file: "husbanken.csv",
    message:
      "filen kan ikke leses: brukeren som kjører faktaark, har ikke lesetilgang (sjekk eier og rettigheter)" +
      " – rett filen, flytt den ut av datamappen eller hopp over den med --ignore «husbanken.csv»",
  };
  expect((await loadDataset(data, locked)).diagnostics).toContainEqual(expected);
  expect((await loadDatasetCached(data, "p", await makeTempDir("cache"), locked)).diagnostics).toContainEqual(expected);
});
