// What the web page needs drawn: a sheet's PDF and its charts as SVG. In this thread for tests and a single
// visitor, or on the batch's worker pool for `faktaark serve`, so that drawing never holds up /health and sheets
// already made.
import type { ChartRenderer } from "../charts/renderer.js";
import type { ChartSpec } from "../charts/types.js";
import { renderSheetPdf } from "../pdf/render.js";
import type { SheetModel } from "../sheet/model.js";
import type { ServePool } from "./serve-pool.js";

export interface SheetRenderer {
  pdf(model: SheetModel): Promise<Buffer>;
  chartSvgs(charts: readonly ChartSpec[]): Promise<string[]>;
}

/** Draws in this thread, one drawing at a time (interleaving CPU work on one thread only slows each down). */
export function inThreadRenderer(charts: ChartRenderer): SheetRenderer {
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    pdf: (model) => inTurn(async () => (await renderSheetPdf(model, charts)).pdf),
    chartSvgs: (specs) => inTurn(() => Promise.all(specs.map((spec) => charts.toSvg(spec)))),
  };
}

/** Draws on the worker pool: as many at once as it has threads, the rest waiting in its queue. */
export function poolRenderer(pool: ServePool): SheetRenderer {
  return {
    pdf: async (model) => Buffer.from(await pool.run({ model }, { name: "renderPdf" })),
    chartSvgs: (charts) => pool.run({ charts }, { name: "drawChartSvgs" }),
  };
}
