// Renders one sheet model to its PDF file. Runs in a worker thread in batches and in-process for a few sheets;
// fonts and compiled chart views are kept per thread.
import { isMainThread } from "node:worker_threads";
import { ChartRenderer } from "../charts/renderer.js";
import { renderSheetPdf } from "../pdf/render.js";
import { keepShapedWordsIn, saveShapedWords } from "../pdf/word-store.js";
import type { SheetModel } from "../sheet/model.js";
import { defaultCacheDir } from "./cache-dir.js";
import { sha256, writeFileAtomic } from "./files.js";

export interface RenderJob {
  readonly model: SheetModel;
  readonly path: string;
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
}

// Words the fonts shape are kept in the cache directory between runs, as the templates' compilations are.
keepShapedWordsIn(defaultCacheDir());

// A worker starts loading Vega, the templates and the fonts as soon as the pool starts it, while the main thread
// is still reading the dataset; the first job then finds them ready.
let charts: Promise<ChartRenderer> | null = isMainThread ? null : createCharts();
// A failure here is reported by the first job that awaits it, not as an unhandled rejection.
charts?.catch(() => {});

/** The thread's chart renderer; Vega-Lite's compilations of the templates are kept in the cache directory. */
function createCharts(): Promise<ChartRenderer> {
  return ChartRenderer.create({ compiledSpecsDir: defaultCacheDir() });
}

export async function renderJob(job: RenderJob): Promise<RenderResult> {
  const started = performance.now();
  charts ??= createCharts();
  const { pdf, pages } = await renderSheetPdf(job.model, await charts);
  await writeFileAtomic(job.path, pdf);
  await saveShapedWords();
  return {
    path: job.path,
    bytes: pdf.length,
    pages,
    sha256: sha256(pdf),
    ms: performance.now() - started,
    maxRssKb: process.resourceUsage().maxRSS,
  };
}

export default renderJob;
