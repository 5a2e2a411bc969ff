// The worker pool of `faktaark serve`: the batch's pool (threads, heap limit, Vega loaded as the pool starts) with
// the two drawings the web page asks for (render-job.ts's named tasks).
import type { Piscina } from "piscina";
import { createRenderPool } from "../batch/pool.js";

// biome-ignore lint/suspicious/noExplicitAny: Piscina types one task signature; these named tasks take others.
export type ServePool = Piscina<any, any>;

export function createServePool(threads?: number): ServePool {
  return createRenderPool(threads) as ServePool;
}
