// Renders one sheet model to its PDF file. Runs in a worker thread in batches and in-process for a few sheets;
// fonts and compiled chart views are kept per thread.
import { ChartRenderer } from "../charts/renderer.js";
import { renderSheetPdf } from "../pdf/render.js";
import type { SheetModel } from "../sheet/model.js";
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
}

let charts: Promise<ChartRenderer> | null = null;

export async function renderJob(job: RenderJob): Promise<RenderResult> {
  charts ??= ChartRenderer.create();
  const { pdf, pages } = await renderSheetPdf(job.model, await charts);
  await writeFileAtomic(job.path, pdf);
  return { path: job.path, bytes: pdf.length, pages, sha256: sha256(pdf) };
}

export default renderJob;
