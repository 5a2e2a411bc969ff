// What the web page needs drawn: a sheet's PDF, its charts as SVG, and one chart as a PNG to download. In this thread
// for tests and a single visitor, or on the batch's worker pool for `faktaark serve`, so that drawing never holds up
// /health and sheets already made. PNGs are drawn in the main thread even then (mainThreadPngs).
import { defaultCacheDir } from "../batch/cache-dir.js";
import { drawChartPng } from "../charts/png.js";
import type { ChartRenderer } from "../charts/renderer.js";
import type { ChartSpec } from "../charts/types.js";
import { renderSheetPdf } from "../pdf/render.js";
import type { SheetModel } from "../sheet/model.js";
import type { ServePool } from "./serve-pool.js";

export interface SheetRenderer {
  pdf(model: SheetModel): Promise<Buffer>;
  chartSvgs(charts: readonly ChartSpec[]): Promise<string[]>;
  /** The chart as a PNG at print resolution (charts/png.ts). */
  chartPng(chart: ChartSpec): Promise<Buffer>;
}

/** Draws in this thread, one drawing at a time (interleaving CPU work on one thread only slows each down). */
export function inThreadRenderer(charts: ChartRenderer): SheetRenderer {
  const inTurn = createTurns();
  return {
    pdf: (model) => inTurn(async () => (await renderSheetPdf(model, charts)).pdf),
    chartSvgs: (specs) => inTurn(() => Promise.all(specs.map((spec) => charts.toSvg(spec)))),
    chartPng: (spec) => inTurn(() => drawChartPng(charts, spec)),
  };
}

/** Draws on the worker pool: as many at once as it has threads, the rest waiting in its queue. */
export function poolRenderer(pool: ServePool): SheetRenderer {
  return {
    pdf: async (model) => Buffer.from(await pool.run({ model }, { name: "renderPdf" })),
    chartSvgs: (charts) => pool.run({ charts }, { name: "drawChartSvgs" }),
    chartPng: mainThreadPngs(),
  };
}

/**
 * PNGs drawn here, in the server's main thread, by a chart renderer of its own made at the first PNG asked for:
 * node-canvas must never be loaded in a worker thread, as one that has loaded it crashes the whole process when it
 * exits (charts/png.ts), and the pool's workers block it. A PNG takes 30-90 ms of this thread (measured, 300 dpi;
 * 0.1-0.25 s for a template's first, and the first of all ~0.5 s, loading Vega), one at a time; the sheet cache
 * keeps what is drawn and bounds what waits, as for PDFs.
 */
function mainThreadPngs(): (chart: ChartSpec) => Promise<Buffer> {
  let charts: Promise<ChartRenderer> | null = null;
  const inTurn = createTurns();
  return (chart) =>
    inTurn(async () => {
      charts ??= import("../charts/renderer.js").then(({ ChartRenderer }) =>
        ChartRenderer.create({ compiledSpecsDir: defaultCacheDir() }),
      );
      return drawChartPng(await charts, chart);
    });
}

/** Runs work one piece at a time, in the order given, whether the piece before failed or not. */
function createTurns(): <T>(work: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
}
