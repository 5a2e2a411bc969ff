// Renders one sheet model to its PDF file. Runs in a worker thread in batches and in-process for a few sheets;
// fonts and compiled chart views are kept per thread.
import { isMainThread } from "node:worker_threads";
import { ChartRenderer } from "../charts/renderer.js";
import type { ChartSpec } from "../charts/types.js";
import { isEnvironmentError } from "../environment.js";
import { renderSheetPdf } from "../pdf/render.js";
import type { SheetModel } from "../sheet/model.js";
import { encodeModel, storedModelPath } from "../verify/stored-model.js";
import { defaultCacheDir } from "./cache-dir.js";
import { sha256, workbookPath, writeFileAtomic } from "./files.js";
import { workbookFailed } from "./messages.js";

export interface RenderJob {
  readonly model: SheetModel;
  readonly path: string;
  /** Send the PDF's bytes back, for the read-back check, which runs on a thread of its own
   * (src/verify/pdf-reader.ts). */
  readonly returnPdf: boolean;
  /** Write the sheet's figures as an Excel workbook beside the PDF (`--xlsx`; workbookPath in files.ts). */
  readonly workbook: boolean;
}

/** A sheet that could not be written because of the machine (a full disk, an unwritable folder): the run stops.
 * Sent as data, because an error's `code` and `path` do not survive the way back from a worker thread. */
export interface EnvironmentFailure {
  readonly environment: { readonly code: string; readonly path: string; readonly message: string };
}

export interface RenderResult {
  readonly path: string;
  readonly bytes: number;
  readonly pages: number;
  readonly sha256: string;
  /** Milliseconds spent rendering and writing. */
  readonly ms: number;
  /** This thread's process-wide peak resident memory so far, in kB (threads share the process). */
  readonly maxRssKb: number;
  /** The PDF's bytes, when the job asked for them. */
  readonly pdf: Uint8Array | null;
}

// A worker starts loading Vega, the templates and the fonts as soon as the pool starts it, while the main thread
// is still reading the dataset; the first job then finds them ready.
let charts: Promise<ChartRenderer> | null = isMainThread ? null : createCharts();
// A failure here is reported by the first job that awaits it, not as an unhandled rejection.
charts?.catch(() => {});

/** The thread's chart renderer; Vega-Lite's compilations of the templates are kept in the cache directory. */
function createCharts(): Promise<ChartRenderer> {
  return ChartRenderer.create({ compiledSpecsDir: defaultCacheDir() });
}

export async function renderJob(job: RenderJob): Promise<RenderResult | EnvironmentFailure> {
  const started = performance.now();
  charts ??= createCharts();
  const { pdf, pages } = await renderSheetPdf(job.model, await charts);
  const workbook = job.workbook ? await buildWorkbook(job) : null;
  try {
    // The model first: a PDF on disk always has the model it can be checked against.
    await writeFileAtomic(storedModelPath(job.path), encodeModel(job.model));
    await writeFileAtomic(job.path, pdf);
    if (workbook) await writeWorkbook(job.path, workbook);
  } catch (error) {
    if (!isEnvironmentError(error)) throw error;
    return { environment: { code: error.code ?? "", path: error.path ?? job.path, message: error.message } };
  }
  return {
    path: job.path,
    bytes: pdf.length,
    pages,
    sha256: sha256(pdf),
    ms: performance.now() - started,
    maxRssKb: process.resourceUsage().maxRSS,
    pdf: job.returnPdf ? pdf : null,
  };
}

/** The sheet's workbook; exceljs is loaded only by a thread that makes one. A failure fails this sheet, naming the
 * workbook. */
async function buildWorkbook(job: RenderJob): Promise<Buffer> {
  try {
    return await (await import("../xlsx/sheet-workbook.js")).buildSheetWorkbook(job.model);
  } catch (error) {
    throw new Error(workbookFailed(workbookPath(job.path), error));
  }
}

/** Writes the workbook; the machine failing (a full disk) stops the run as for the PDF, anything else fails this
 * sheet, naming the workbook (a folder where the file goes). */
async function writeWorkbook(pdfPath: string, workbook: Buffer): Promise<void> {
  try {
    await writeFileAtomic(workbookPath(pdfPath), workbook);
  } catch (error) {
    if (isEnvironmentError(error)) throw error;
    throw new Error(workbookFailed(workbookPath(pdfPath), error));
  }
}

/** The web page's drawings on the same threads (serve-pool.ts): a sheet's PDF as bytes, and charts as SVG. */
export async function renderPdf(task: { readonly model: SheetModel }): Promise<Uint8Array> {
  charts ??= createCharts();
  return new Uint8Array((await renderSheetPdf(task.model, await charts)).pdf);
}

export async function drawChartSvgs(task: { readonly charts: readonly ChartSpec[] }): Promise<string[]> {
  charts ??= createCharts();
  const renderer = await charts;
  return Promise.all(task.charts.map((chart) => renderer.toSvg(chart)));
}

export default renderJob;
