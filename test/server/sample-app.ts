// The adviser app over the project's sample dataset (data/sample), for the server tests.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { loadDataset } from "../../src/model/load.js";
import { SheetPlanner } from "../../src/pipeline.js";
import { type AppOptions, createApp, type FaktaarkApp } from "../../src/server/app.js";
import { inThreadRenderer } from "../../src/server/sheet-renderer.js";

export const SAMPLE_DIR = fileURLToPath(new URL("../../data/sample", import.meta.url));

export interface SampleApp extends FaktaarkApp {
  readonly planner: SheetPlanner;
  readonly charts: ChartRenderer;
}

let shared: Promise<{ planner: SheetPlanner; charts: ChartRenderer }> | null = null;

/** The planner and renderer are made once per test file; each call gets a fresh app (and cache). */
export async function createSampleApp(options: Partial<AppOptions> = {}): Promise<SampleApp> {
  shared ??= (async () => {
    const [dataset, charts] = await Promise.all([loadDataset(SAMPLE_DIR), ChartRenderer.create()]);
    return { planner: await SheetPlanner.create(dataset), charts };
  })();
  const { planner, charts } = await shared;
  return { planner, charts, ...createApp({ planner, renderer: inThreadRenderer(charts), ...options }) };
}

/** The PDF's text as pdftotext (poppler-utils) reads it, with non-breaking and narrow spaces as plain spaces. */
export function readPdfText(pdf: Uint8Array): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf, encoding: "utf8" }).replace(
    /[\u00a0\u202f]/g,
    " ",
  );
}
