// Module resolution hooks for render workers: the `canvas` package resolves as missing, so Vega falls back to
// its canvas-free code. Node-canvas measuring text in a worker thread crashes the process (SIGSEGV) when the
// worker ends (test/batch/canvas-in-worker.test.ts shows it, and fails once node-canvas no longer crashes);
// faktaark measures chart text with fontkit (src/charts/vega.ts) and never needs canvas there. Node's module
// customization hooks (`module.register`) are Node's public API; Vega is not touched.

interface ResolveContext {
  readonly parentURL?: string;
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<unknown>;

export async function resolve(specifier: string, context: ResolveContext, nextResolve: NextResolve): Promise<unknown> {
  if (specifier === "canvas") {
    throw Object.assign(new Error("canvas is not loaded in faktaark's render workers"), {
      code: "ERR_MODULE_NOT_FOUND",
    });
  }
  return nextResolve(specifier, context);
}
