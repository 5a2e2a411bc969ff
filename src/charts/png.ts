// A chart as a PNG at print resolution, for advisers who paste charts into their own reports: drawn by node-canvas
// from the same Vega view as the PDF and the web page's SVG (ChartRenderer.toPng), in the sheet's own faces.
//
// Main thread only. A worker thread that has loaded node-canvas crashes the whole process (SIGSEGV) when it exits
// (canvas 3.2.3, Node 20), so the render workers never load it (batch/no-canvas-hooks.ts), and `faktaark figur` and
// the web server draw PNGs in their main thread.
import { isMainThread } from "node:worker_threads";
import { FONT_FAMILY, FONT_FILES } from "../pdf/fonts.js";
import type { ChartRenderer } from "./renderer.js";
import type { ChartSpec } from "./types.js";

/** The resolution a PNG is drawn at: sharp in print at the chart's size on the sheet. */
export const PRINT_DPI = 300;

/** Pixels per chart unit at `dpi`: charts are laid out in PDF points, 72 to the inch. */
export function scaleForDpi(dpi: number): number {
  return dpi / 72;
}

/**
 * The PNG's size in pixels: the whole chart box (axes, legend and Vega's padding) at `dpi`. Vega sizes its canvas
 * to box × scale and node-canvas drops the fraction of a pixel (248 × 148 pt at 300 dpi: 1033 × 616 px).
 */
export function pngSizeOf(
  chart: Pick<ChartSpec, "width" | "height">,
  dpi = PRINT_DPI,
): {
  width: number;
  height: number;
} {
  const scale = scaleForDpi(dpi);
  return { width: Math.floor(chart.width * scale), height: Math.floor(chart.height * scale) };
}

let fontsRegistered: Promise<void> | null = null;

/**
 * The sheet's four faces, registered with node-canvas under the family the chart theme names (theme.ts quotes it:
 * a family with a digit must be quoted in a CSS font, or node-canvas silently draws in a default face).
 */
function registerChartFonts(): Promise<void> {
  fontsRegistered ??= import("canvas").then(({ registerFont }) => {
    registerFont(FONT_FILES.regular, { family: FONT_FAMILY, weight: "normal", style: "normal" });
    registerFont(FONT_FILES.italic, { family: FONT_FAMILY, weight: "normal", style: "italic" });
    registerFont(FONT_FILES.semibold, { family: FONT_FAMILY, weight: "600", style: "normal" });
    registerFont(FONT_FILES.bold, { family: FONT_FAMILY, weight: "bold", style: "normal" });
  });
  return fontsRegistered;
}

/** The chart as a PNG on white at `dpi`, carrying its resolution (pHYs). */
export async function drawChartPng(renderer: ChartRenderer, chart: ChartSpec, dpi = PRINT_DPI): Promise<Buffer> {
  if (!isMainThread) throw new Error("PNG-figurer tegnes bare i hovedtråden (node-canvas i en arbeidstråd krasjer).");
  await registerChartFonts();
  return renderer.toPng(chart, scaleForDpi(dpi));
}
