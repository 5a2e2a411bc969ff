// A batch killed with SIGKILL mid-run leaves only whole PDFs and a manifest that matches them; the next run
// cleans up and completes.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, it } from "vitest";
import { makeTempDir, parseJsonLines, runCli, spawnCli } from "./run-cli.js";

/** Trøndelag: 38 municipalities, a few seconds of rendering. */
const COUNTY = "50";
const COUNTY_SIZE = 38;

interface Manifest {
  readonly sheets: readonly { readonly file: string; readonly sha256: string }[];
}

const hasQpdf = (() => {
  try {
    execFileSync("qpdf", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** A whole PDF: qpdf finds no damage (or, without qpdf, the header and the end-of-file marker are there). */
async function expectWholePdf(path: string): Promise<void> {
  if (hasQpdf) {
    expect(() => execFileSync("qpdf", ["--check", path], { stdio: "pipe" }), path).not.toThrow();
    return;
  }
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 5).toString("latin1"), path).toBe("%PDF-");
  expect(bytes.subarray(-8).toString("latin1"), path).toContain("%%EOF");
}

async function expectManifestMatchesFiles(yearDir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(join(yearDir, "manifest.json"), "utf8")) as Manifest;
  for (const sheet of manifest.sheets) {
    const bytes = await readFile(join(yearDir, sheet.file));
    expect(createHash("sha256").update(bytes).digest("hex"), sheet.file).toBe(sheet.sha256);
  }
  return manifest;
}

async function listPdfs(dir: string): Promise<string[]> {
  return existsSync(dir) ? (await readdir(dir)).filter((name) => name.endsWith(".pdf")) : [];
}

it("survives SIGKILL mid-batch: whole PDFs, a matching manifest, and a rerun that completes", async () => {
  const out = await makeTempDir("out");
  // The sample's data year; the run writes output/<year>/.
  const probe = await runCli(["build", "5006", "--out", out, "--log-format", "json"]);
  expect(probe.code).toBe(0);
  const yearDir = String(parseJsonLines(probe.stdout).at(-1)?.outDir);

  const child = spawnCli(["build", "--fylke", COUNTY, "--out", out, "--quiet"]);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  const deadline = Date.now() + 60_000;
  while ((await listPdfs(yearDir)).length < 6 && Date.now() < deadline) await sleep(20);
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");

  const afterKill = await listPdfs(yearDir);
  expect(afterKill.length).toBeGreaterThanOrEqual(6);
  expect(afterKill.length).toBeLessThan(COUNTY_SIZE);
  for (const file of afterKill) await expectWholePdf(join(yearDir, file));
  await expectManifestMatchesFiles(yearDir);

  const rerun = await runCli(["build", "--fylke", COUNTY, "--out", out, "--changed-only", "--log-format", "json"]);
  expect(rerun.code).toBe(0);
  const summary = parseJsonLines(rerun.stdout).at(-1);
  expect(summary).toMatchObject({ event: "summary", total: COUNTY_SIZE, failed: 0 });
  // Sheets finished before the kill were recorded in the journal and are kept.
  expect(Number(summary?.unchanged)).toBeGreaterThanOrEqual(1);
  expect(Number(summary?.built) + Number(summary?.unchanged)).toBe(COUNTY_SIZE);

  const manifest = await expectManifestMatchesFiles(yearDir);
  const pdfs = await listPdfs(yearDir);
  expect(pdfs).toHaveLength(COUNTY_SIZE); // Steinkjer (the probe run) is in Trøndelag
  expect(manifest.sheets.map((sheet) => sheet.file).sort()).toEqual(pdfs.sort());
  for (const file of pdfs) await expectWholePdf(join(yearDir, file));
  const leftovers = (await readdir(yearDir)).filter(
    (name) => !name.endsWith(".pdf") && name !== "manifest.json" && name !== "modeller",
  );
  expect(leftovers).toEqual([]);
  // Every sheet has its model beside it (for faktaark verify), and no temporary file is left among the models.
  const models = (await readdir(join(yearDir, "modeller"))).sort();
  expect(models.filter((name) => !name.endsWith(".json.gz"))).toEqual([]);
  for (const file of pdfs) expect(models).toContain(file.replace(/\.pdf$/, ".json.gz"));
});
