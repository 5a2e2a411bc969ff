// Runs many sheets: builds each sheet model in this thread, renders PDFs on a worker pool sized to the cores,
// and records every sheet in output/<year>/manifest.json (see manifest.ts). One municipality's failure never
// stops the rest. With `changedOnly`, a sheet whose key (fingerprint.ts) matches its manifest entry and whose
// PDF is intact is left as it is (with `writeWorkbook`, only when its workbook is there too). A sheet made anew
// gets a new workbook when asked for one or when it had one, so a workbook never holds other numbers than its PDF.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describeEnvironmentError, isEnvironmentError } from "../environment.js";
import { createChangeMap } from "../model/changes.js";
import type { MunicipalityRecord } from "../model/record.js";
import type { SheetPlanner } from "../pipeline.js";
import type { Lang } from "../sheet/format.js";
import type { SheetModel } from "../sheet/model.js";
import type { PdfReader } from "../verify/pdf-reader.js";
import { verifyPdf } from "../verify/verify-pdf.js";
import { workbookPath, writeFileAtomic } from "./files.js";
import { keyOf } from "./fingerprint.js";
import { sheetInputs } from "./inputs.js";
import {
  appendJournal,
  type ManifestEntry,
  readManifestIndex,
  reconcileManifest,
  removeStaleTemporaries,
  writeManifest,
} from "./manifest.js";
import type { RenderPool } from "./pool.js";
import type { PreviousEdition } from "./previous.js";
import type { EnvironmentFailure, RenderJob, RenderResult } from "./render-job.js";
import type { PreviousUse, Reporter, RunSummary, SheetProblem } from "./report.js";
import { retireSheets } from "./retire.js";

/** The manifest is rewritten after this many new sheets (the journal holds the ones in between). */
const MANIFEST_EVERY = 25;
/** Jobs handed to the pool ahead of the workers: enough to keep them busy, few enough to keep memory low. */
const JOBS_PER_THREAD = 2;

export interface BatchOptions {
  readonly outDir: string;
  /** Hash of everything besides the model that the PDFs depend on (fingerprint.ts). */
  readonly renderer: string;
  readonly reporter: Reporter;
  readonly lang?: Lang;
  readonly changedOnly?: boolean;
  readonly writeJson?: boolean;
  /** Writes each sheet's figures as an Excel workbook beside its PDF (`--xlsx`). */
  readonly writeWorkbook?: boolean;
  readonly onModel?: (model: SheetModel) => void;
  /** Renders on this pool; without one, renders in this thread (for a few sheets the pool costs more). */
  readonly pool?: RenderPool | null;
  /** Reads each new PDF back on this reader and checks it against its model (src/verify/); none with
   * `--no-verify`. The checks run beside the rendering, and the run ends when the last is done. */
  readonly reader?: PdfReader | null;
  /** Appends a finished sheet to the journal; default appendJournal (manifest.ts). */
  readonly journal?: (outDir: string, entry: ManifestEntry) => Promise<void>;
  /** Last year's edition (`--forrige`), opened for these records: each sheet shows the changes since. */
  readonly previous?: PreviousEdition | null;
}

/** A journal line that fails is tried again once after this pause (a busy network disk, say). */
const JOURNAL_RETRY_MS = 200;

interface PlannedSheet {
  readonly record: MunicipalityRecord;
  readonly lang: Lang;
  readonly file: string;
}

/**
 * Renders a job in this thread. The renderer (PDFKit, fontkit, Vega) is loaded on first use: a batch on the pool
 * never renders here, and its main thread is spared ~16 MB of modules it would never run.
 */
async function renderInThisThread(job: RenderJob): Promise<RenderResult | EnvironmentFailure> {
  const { renderJob } = await import("./render-job.js");
  return renderJob(job);
}

export async function runBatch(
  planner: SheetPlanner,
  records: readonly MunicipalityRecord[],
  options: BatchOptions,
): Promise<RunSummary> {
  const started = performance.now();
  const { outDir, reporter } = options;
  await removeStaleTemporaries(outDir);
  const index = await reconcileManifest(outDir, await readManifestIndex(outDir));
  const changes = createChangeMap(planner.records);
  const retired = await retireSheets(outDir, index, {
    byCode: (code) => planner.findRecord(code),
    fileNameFor: (record, lang) => planner.fileNameFor(record, lang),
    successorsOf: (code) => changes.successorsOf(code).flatMap((successor) => planner.findRecord(successor) ?? []),
  });
  const failed: { code: string; name: string; reason: string }[] = [];
  const reader = options.reader ?? null;
  const problems: SheetProblem[] = [];
  /** A failure of the machine (a full disk): the run stops at once, and no sheet is called failed for it. */
  let stopped: NodeJS.ErrnoException | null = null;
  let builtBytes = 0;
  let built = 0;
  let unchanged = 0;
  reporter.start(records.length);

  const fail = (record: MunicipalityRecord, error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    failed.push({ code: record.code, name: record.shortName, reason });
    reporter.sheet({ event: "failed", code: record.code, name: record.shortName, reason });
  };
  const previousOf = (sheet: PlannedSheet) => {
    const lookup = options.previous?.sheets.get(sheet.record.code);
    return lookup && "comparison" in lookup ? lookup : null;
  };
  const modelOf = (sheet: PlannedSheet): SheetModel | null => {
    const lookup = options.previous?.sheets.get(sheet.record.code);
    if (lookup && "error" in lookup) {
      fail(sheet.record, `forrige faktaark: ${lookup.error}`);
      return null;
    }
    const made = planner.modelOrFailure(sheet.record, sheet.lang, lookup?.comparison ?? null);
    if ("model" in made) return made.model;
    fail(sheet.record, made.reason);
    return null;
  };
  /** The sheet's key: its model, the renderer, and with --forrige the stored model it was compared with. */
  const keyFor = (sheet: PlannedSheet, model: SheetModel) =>
    keyOf(model, options.renderer, previousOf(sheet)?.model?.sha256 ?? null);

  const planned = records.map((record): PlannedSheet => {
    const lang = planner.languageOf(record, options.lang);
    return { record, lang, file: planner.fileNameFor(record, lang) };
  });
  const workbooks = await listFiles(outDir);
  const withWorkbook = (sheet: PlannedSheet) =>
    options.writeWorkbook === true || workbooks.has(workbookPath(sheet.file));
  let toBuild = planned;
  if (options.changedOnly) {
    toBuild = planned.filter((sheet) => {
      const previous = index.get(sheet.file);
      if (!previous) return true;
      // A sheet asked for with its workbook is not unchanged while the workbook is missing.
      if (options.writeWorkbook && !workbooks.has(workbookPath(sheet.file))) return true;
      const model = modelOf(sheet);
      if (!model || keyFor(sheet, model) !== previous.key) return model !== null;
      unchanged += 1;
      reporter.sheet({ event: "unchanged", code: sheet.record.code, name: sheet.record.shortName, file: sheet.file });
      return false;
    });
  }
  // From here on the manifest must not list a sheet whose PDF may be replaced: drop those first.
  let dropped = retired.length > 0;
  for (const sheet of toBuild) dropped = index.delete(sheet.file) || dropped;
  if (dropped || toBuild.length > 0) await writeManifest(outDir, options.renderer, index);

  const journal = options.journal ?? appendJournal;
  let journalFailures = 0;
  /**
   * The journal only makes a killed run's finished sheets count; the manifest written every 25 sheets and at the
   * end holds them all the same. A line that cannot be written is tried again once, and then counted, never
   * turning a sheet already written into a failed one. The machine failing (a full disk) stops the run.
   */
  const journalLine = async (entry: ManifestEntry) => {
    try {
      await journal(outDir, entry);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, JOURNAL_RETRY_MS));
      try {
        await journal(outDir, entry);
      } catch (error) {
        if (isEnvironmentError(error)) throw error;
        journalFailures += 1;
      }
    }
  };
  let sinceFlush = 0;
  let flushing: Promise<void> = Promise.resolve();
  const record = async (sheet: PlannedSheet, key: string, result: RenderResult) => {
    const previousModel = previousOf(sheet)?.model;
    const entry: ManifestEntry = {
      code: sheet.record.code,
      name: sheet.record.shortName,
      lang: sheet.lang,
      file: sheet.file,
      bytes: result.bytes,
      pages: result.pages,
      sha256: result.sha256,
      key,
      inputs: sheetInputs(planner.dataset, sheet.record),
      ...(previousModel ? { previous: previousModel } : {}),
    };
    index.set(entry.file, entry);
    // Appends and rewrites run one after another so the journal is never emptied under a newer line.
    flushing = flushing.then(async () => {
      await journalLine(entry);
      sinceFlush += 1;
      if (sinceFlush >= MANIFEST_EVERY) {
        sinceFlush = 0;
        await writeManifest(outDir, options.renderer, index);
      }
    });
    await flushing;
  };

  /** Checks under way: the run waits for them. */
  const checking = new Set<Promise<void>>();
  const failSheet = (sheet: PlannedSheet, error: unknown) => {
    if (isEnvironmentError(error)) stopped ??= error;
    else fail(sheet.record, error);
  };
  const renderOne = async (sheet: PlannedSheet, model: SheetModel) => {
    const key = keyFor(sheet, model);
    const path = join(outDir, sheet.file);
    try {
      const job = { model, path, returnPdf: reader !== null, workbook: withWorkbook(sheet) };
      const result = options.pool ? await options.pool.run(job) : await renderInThisThread(job);
      if ("environment" in result) {
        stopped ??= Object.assign(new Error(result.environment.message), result.environment);
        return;
      }
      if (options.writeJson)
        await writeFileAtomic(path.replace(/\.pdf$/, ".json"), `${JSON.stringify(model, null, 2)}\n`);
      // A sheet is recorded once it has been read back, so that a run killed in between makes it again.
      const finish = async (found: readonly SheetProblem[]) => {
        await record(sheet, key, result);
        built += 1;
        builtBytes += result.bytes;
        problems.push(...found);
        reporter.sheet({
          event: "built",
          code: sheet.record.code,
          name: sheet.record.shortName,
          file: sheet.file,
          ms: result.ms,
          bytes: result.bytes,
          problems: found,
        });
      };
      if (reader && result.pdf) {
        // Read back beside the rendering: this sheet's slot goes to the next sheet at once.
        const check = verifyPdf(model, result.pdf, reader)
          .then((found) => finish(found.map((problem) => ({ file: sheet.file, ...problem }))))
          .catch((error: unknown) => failSheet(sheet, error))
          .finally(() => checking.delete(check));
        checking.add(check);
      } else await finish([]);
    } catch (error) {
      failSheet(sheet, error);
    }
  };

  const limit = options.pool ? options.pool.options.maxThreads * JOBS_PER_THREAD : 1;
  const running = new Set<Promise<void>>();
  let handedOut = 0;
  for (const sheet of toBuild) {
    if (stopped) break;
    handedOut += 1;
    const model = modelOf(sheet);
    if (!model) continue;
    options.onModel?.(model);
    const task = renderOne(sheet, model).finally(() => running.delete(task));
    running.add(task);
    if (running.size >= limit) await Promise.race(running);
    // A reader slower than the renderers holds them back rather than keep every sheet's model and PDF waiting.
    while (checking.size >= limit * 2) await Promise.race(checking);
  }
  await Promise.all(running);
  await Promise.all([...checking]);
  try {
    await flushing;
    await writeManifest(outDir, options.renderer, index);
  } catch (error) {
    // The journal keeps what the manifest could not take; the next run merges the two.
    if (!isEnvironmentError(error)) throw error;
    stopped ??= error;
  }
  // What the sheets not yet made would need: as much as those made took each, PDF and model.
  const perSheet = built > 0 ? builtBytes / built : 100_000;
  const bytesNeeded = (toBuild.length - handedOut + 1) * perSheet;

  return {
    outDir,
    total: records.length,
    built,
    unchanged,
    failed,
    verify: reader ? { checked: built, problems } : null,
    stopped: stopped ? describeEnvironmentError(stopped, bytesNeeded) : null,
    damaged: [...planner.dataset.regionErrors].map(([code, reason]) => ({
      code,
      name: planner.records.find((record) => record.code === code)?.name ?? "",
      reason,
    })),
    journalFailures,
    retired,
    previous: options.previous ? describePrevious(options.previous, planned) : null,
    seconds: (performance.now() - started) / 1000,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
  };
}

/** Which edition the sheets were compared with, and how many of them had no sheet there to compare with. */
function describePrevious(previous: PreviousEdition, sheets: readonly PlannedSheet[]): PreviousUse {
  const without = sheets.filter((sheet) => {
    const lookup = previous.sheets.get(sheet.record.code);
    return lookup !== undefined && "comparison" in lookup && lookup.comparison.kind !== "sheet";
  }).length;
  return { dir: previous.dir, year: previous.year, without };
}

/** The names of the files in `dir`; none when it does not exist yet. */
async function listFiles(dir: string): Promise<Set<string>> {
  return new Set(await readdir(dir).catch(() => []));
}
