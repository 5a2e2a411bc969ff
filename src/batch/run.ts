// Runs many sheets: builds each model in this thread, renders PDFs on a worker pool sized to the cores, and
// records every sheet in output/<year>/manifest.json. One municipality's failure never stops the rest.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { Piscina } from "piscina";
import type { MunicipalityRecord } from "../model/record.js";
import type { SheetPlanner } from "../pipeline.js";
import type { Lang } from "../sheet/format.js";
import type { SheetModel } from "../sheet/model.js";
import { writeFileAtomic } from "./files.js";
import { type RenderJob, type RenderResult, renderJob } from "./render-job.js";
import { sheetInputs } from "./inputs.js";

/** Below this many sheets the pool's start-up costs more than it saves. */
const POOL_THRESHOLD = 6;

export interface BatchOptions {
  readonly outDir: string;
  readonly lang?: Lang;
  readonly writeJson?: boolean;
  readonly quiet?: boolean;
  readonly onModel?: (model: SheetModel) => void;
}

export interface ManifestEntry {
  readonly code: string;
  readonly name: string;
  readonly lang: Lang;
  readonly file: string;
  readonly bytes: number;
  readonly pages: number;
  readonly sha256: string;
  /** Checksums of the dataset files the sheet's figures come from. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
}

export interface BatchSummary {
  readonly built: readonly ManifestEntry[];
  readonly failed: readonly { readonly code: string; readonly name: string; readonly reason: string }[];
  readonly seconds: number;
}

export async function runBatch(
  planner: SheetPlanner,
  records: readonly MunicipalityRecord[],
  options: BatchOptions,
): Promise<BatchSummary> {
  const started = performance.now();
  const render = records.length >= POOL_THRESHOLD ? createPool() : null;
  const built: ManifestEntry[] = [];
  const failed: { code: string; name: string; reason: string }[] = [];
  const log = (line: string) => {
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };
  const tasks = records.map(async (record) => {
    const lang = planner.languageOf(record, options.lang);
    let model: SheetModel;
    try {
      model = planner.model(record, lang);
    } catch (error) {
      failed.push({ code: record.code, name: record.shortName, reason: (error as Error).message });
      log(`FEIL ${record.code} ${record.shortName}: ${(error as Error).message}`);
      return;
    }
    options.onModel?.(model);
    const file = planner.fileNameFor(record, lang);
    const path = join(options.outDir, file);
    try {
      const job: RenderJob = { model, path };
      const result: RenderResult = render ? await render.run(job) : await renderJob(job);
      if (options.writeJson) await writeFileAtomic(path.replace(/\.pdf$/, ".json"), `${JSON.stringify(model, null, 2)}\n`);
      built.push({
        code: record.code,
        name: record.shortName,
        lang,
        file,
        bytes: result.bytes,
        pages: result.pages,
        sha256: result.sha256,
        inputs: sheetInputs(planner.dataset, record),
        warnings: [],
      });
      log(`${String(built.length).padStart(3)}/${records.length} ${file}`);
    } catch (error) {
      failed.push({ code: record.code, name: record.shortName, reason: (error as Error).message });
      log(`FEIL ${record.code} ${record.shortName}: ${(error as Error).message}`);
    }
  });
  await Promise.all(tasks);
  await render?.destroy();
  await writeManifest(options.outDir, built);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `Ferdig: ${built.length} ark laget, ${failed.length} feilet, ${seconds.toFixed(1).replace(".", ",")} s. Filer i ${options.outDir}\n`,
  );
  for (const failure of failed) process.stderr.write(`  feilet: ${failure.code} ${failure.name}: ${failure.reason}\n`);
  return { built, failed, seconds };
}

function createPool(): Piscina<RenderJob, RenderResult> {
  return new Piscina<RenderJob, RenderResult>({
    filename: new URL("./render-job.js", import.meta.url).href,
    maxThreads: availableParallelism(),
    minThreads: availableParallelism(),
  });
}

/** Adds the new entries to the year's manifest, keeping sheets built earlier for other municipalities. */
async function writeManifest(outDir: string, entries: readonly ManifestEntry[]): Promise<void> {
  const path = join(outDir, "manifest.json");
  let previous: ManifestEntry[] = [];
  try {
    previous = (JSON.parse(await readFile(path, "utf8")) as { sheets: ManifestEntry[] }).sheets;
  } catch {
    previous = [];
  }
  const byFile = new Map(previous.map((entry) => [entry.file, entry]));
  for (const entry of entries) byFile.set(entry.file, entry);
  const sheets = [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
  await writeFileAtomic(path, `${JSON.stringify({ sheets }, null, 2)}\n`);
}
