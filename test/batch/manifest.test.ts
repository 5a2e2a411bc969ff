// The manifest and its journal: what a killed run leaves is read back, checked against the files, and cleaned.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { sha256 } from "../../src/batch/files.js";
import {
  appendJournal,
  JOURNAL_FILE,
  MANIFEST_FILE,
  type ManifestEntry,
  readManifestIndex,
  reconcileManifest,
  removeStaleTemporaries,
  writeManifest,
} from "../../src/batch/manifest.js";
import { makeTempDir } from "../cli/run-cli.js";

function entryFor(file: string, content: string): ManifestEntry {
  return {
    code: file.slice(0, 4),
    name: file.slice(5, -4),
    lang: "nb",
    file,
    bytes: content.length,
    pages: 4,
    sha256: sha256(content),
    key: `key-${file}`,
    inputs: {},
  };
}

it("merges the journal over the manifest and ignores a line cut off by a kill", async () => {
  const dir = await makeTempDir("manifest");
  const oslo = entryFor("0301-oslo.pdf", "oslo v1");
  const osloNew = entryFor("0301-oslo.pdf", "oslo v2");
  const bergen = entryFor("4601-bergen.pdf", "bergen");
  await writeManifest(dir, "program", new Map([[oslo.file, oslo]]));
  await appendJournal(dir, osloNew);
  await appendJournal(dir, bergen);
  const cut = JSON.stringify(entryFor("5001-trondheim.pdf", "trondheim")).slice(0, 40);
  await writeFile(join(dir, JOURNAL_FILE), `${await readFile(join(dir, JOURNAL_FILE), "utf8")}${cut}`);

  const index = await readManifestIndex(dir);
  expect([...index.keys()].sort()).toEqual(["0301-oslo.pdf", "4601-bergen.pdf"]);
  expect(index.get("0301-oslo.pdf")?.sha256).toBe(sha256("oslo v2"));
});

it("drops entries whose PDF is missing or has another checksum", async () => {
  const dir = await makeTempDir("manifest");
  await writeFile(join(dir, "0301-oslo.pdf"), "oslo");
  await writeFile(join(dir, "4601-bergen.pdf"), "bergen, changed by hand");
  const entries = [
    entryFor("0301-oslo.pdf", "oslo"),
    entryFor("4601-bergen.pdf", "bergen"),
    entryFor("5001-trondheim.pdf", "x"),
  ];
  const index = await reconcileManifest(dir, new Map(entries.map((entry) => [entry.file, entry])));
  expect([...index.keys()]).toEqual(["0301-oslo.pdf"]);
});

it("checks a folder of more sheets than it reads at once, and keeps the manifest's order", async () => {
  const dir = await makeTempDir("manifest");
  const entries = Array.from({ length: 40 }, (_, index) => entryFor(`${3000 + index}-kommune.pdf`, `ark ${index}`));
  // Every third PDF changed by hand, every fifth gone.
  await Promise.all(
    entries.map((entry, index) =>
      index % 5 === 4 ? null : writeFile(join(dir, entry.file), index % 3 === 0 ? "endret" : `ark ${index}`),
    ),
  );
  const index = await reconcileManifest(dir, new Map(entries.map((entry) => [entry.file, entry])));
  const kept = entries.filter((_, at) => at % 3 !== 0 && at % 5 !== 4).map((entry) => entry.file);
  expect([...index.keys()]).toEqual(kept);
  expect(kept).toHaveLength(21);
});

it("writes the manifest sorted by file, then empties the journal", async () => {
  const dir = await makeTempDir("manifest");
  const bergen = entryFor("4601-bergen.pdf", "bergen");
  const oslo = entryFor("0301-oslo.pdf", "oslo");
  await appendJournal(dir, bergen);
  await writeManifest(
    dir,
    "program-hash",
    new Map([
      [bergen.file, bergen],
      [oslo.file, oslo],
    ]),
  );
  const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), "utf8")) as {
    program: string;
    sheets: ManifestEntry[];
  };
  expect(manifest.program).toBe("program-hash");
  expect(manifest.sheets.map((sheet) => sheet.file)).toEqual(["0301-oslo.pdf", "4601-bergen.pdf"]);
  expect(await readdir(dir)).toEqual([MANIFEST_FILE]);
});

it("removes the temporary files of a killed run and nothing else", async () => {
  const dir = await makeTempDir("manifest");
  await mkdir(dir, { recursive: true });
  for (const name of [".3f9a0c1b2d4e.tmp", ".00ff00ff00ff.tmp", "0301-oslo.pdf", ".faktaark.lock", "notes.tmp"]) {
    await writeFile(join(dir, name), "x");
  }
  await mkdir(join(dir, "modeller"));
  for (const name of [".0a0b0c0d0e0f.tmp", "0301-oslo.json.gz"]) await writeFile(join(dir, "modeller", name), "x");
  expect(await removeStaleTemporaries(dir)).toBe(3);
  expect((await readdir(dir)).sort()).toEqual([".faktaark.lock", "0301-oslo.pdf", "modeller", "notes.tmp"]);
  expect(await readdir(join(dir, "modeller"))).toEqual(["0301-oslo.json.gz"]);
});
