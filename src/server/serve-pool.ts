// The worker pool of `faktaark serve`: the batch's pool (threads, heap limit, Vega loaded as the pool starts) with
// the two drawings the web page asks for (render-job.ts's named tasks).
import { availableParallelism } from "node:os";
import type { Piscina } from "piscina";
import { createRenderPool } from "../batch/pool.js";

// biome-ignore lint/suspicious/noExplicitAny: Piscina types one task signature; these named tasks take others.
export type ServePool = Piscina<any, any>;

/** One core is left to the thread that answers: with every core drawing, /health and warm sheets wait their turn
 * for the CPU behind the drawings. */
export function createServePool(threads = Math.max(1, availableParallelism() - 1)): ServePool {
  return createRenderPool(threads) as ServePool;
}
