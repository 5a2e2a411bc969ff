// The worker pool that renders PDFs: one thread per core, started (and warming up) before the dataset is read.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { EnvironmentFailure, RenderJob, RenderResult } from "./render-job.js";

/** Old-generation heap limit per worker, several times what a worker keeps between sheets (below). */
const WORKER_HEAP_MB = 256;

export type RenderPool = Piscina<RenderJob, RenderResult | EnvironmentFailure>;

export function createRenderPool(threads = availableParallelism()): RenderPool {
  return new Piscina<RenderJob, RenderResult | EnvironmentFailure>({
    filename: new URL("./render-job.js", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    execArgv: [
      ...workerOptions(process.execArgv),
      // Piscina first tries require() on the worker file, then import(). Node 20's require() of an ES module whose
      // imports use top-level await (Vega) fails half-way and the import() that follows can then hit an internal
      // assertion ("Unexpected status of a module that is imported again after being required"), killing the
      // pool. Without require(esm) the first attempt fails cleanly.
      "--no-experimental-require-module",
      // Without canvas in the workers: see no-canvas-hooks.ts.
      "--import",
      new URL("./no-canvas.js", import.meta.url).href,
    ],
    // Workers live for the whole run; an idle one is not worth restarting.
    idleTimeout: Number.POSITIVE_INFINITY,
    // A worker keeps 35-44 MB alive between sheets (Vega, PDFKit, fonts, compiled views; V8's heap statistics
    // after 120 sheets, 2026-12-07); without a limit V8 lets garbage pile up before collecting. Measured on the
    // full sample when a worker kept ~120 MB: peak 1 059 MB without, 622 MB with.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
}

/**
 * This process's node options that a worker takes. V8's flags and heap sizes hold for the whole process (the
 * workers included: bin/faktaark.js gives node its V8 options on its first line), and a worker given one refuses
 * to start.
 */
export function workerOptions(execArgv: readonly string[]): string[] {
  return execArgv.filter((option) => !PROCESS_WIDE_OPTION.test(option));
}

const PROCESS_WIDE_OPTION =
  /^--(?:single-threaded(?:-gc)?|max-old-space-size|max-semi-space-size|(?:no-)?turbo-inlining|v8-pool-size|initial-old-space-size|max-inlined-bytecode-size-cumulative)(?:=|$)/;
