// Vega as the charts use it: the whole `vega` module, with the one setting faktaark changes in it.
//
// Text widths. Vega measures a label with node-canvas when it can load it, or else estimates (legends and end
// labels then come out cut or spaced wrong). Render workers may not load node-canvas (batch/no-canvas-hooks.ts),
// and neither canvas nor an estimate measures with the faces the PDF embeds. So `textMetrics.width`, the
// measuring function Vega exports for this (vega-scenegraph), is set to measure with the sheet's own font files
// (fontMetrics.ts), truncation with `limit` included. It is a public export that Vega's own layout calls;
// test/charts/vega-text-metrics.test.ts fails if Vega stops calling it. See docs/avhengigheter.md.
import type * as VegaModule from "vega";
import type { MarkDrawers } from "./drawScene.js";
import { FontMetrics, type FontProps, selectFontName } from "./fontMetrics.js";

/** The parts of `vega` the renderer uses, with vega-scenegraph's exports that vega's typings leave out. */
export interface Vega extends Pick<typeof VegaModule, "View" | "parse" | "Error"> {
  /** vega-scenegraph's mark drawers: each draws its marks on a canvas-like context (drawScene.ts). */
  readonly Marks: MarkDrawers;
  readonly textMetrics: { width: (item: FontProps & { limit?: number }, text: unknown) => number };
}

const ELLIPSIS = "\u2026";

let loaded: Promise<Vega> | null = null;

/** Loads `vega` once per thread and makes it measure text with the sheet's faces. */
export function loadVega(): Promise<Vega> {
  loaded ??= import("vega").then((module) => {
    const vega = module as unknown as Vega;
    measureWithSheetFonts(vega, new FontMetrics());
    return vega;
  });
  return loaded;
}

/** Vega text widths from the sheet's font files, including Vega's `limit` truncation with an ellipsis. */
function measureWithSheetFonts(vega: Vega, metrics: FontMetrics): void {
  vega.textMetrics.width = (item, text) => {
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const value = text == null ? "" : String(text).trim();
    if (size <= 0 || value === "") return 0;
    const face = selectFontName(item);
    const width = metrics.measure(face, value, size);
    const limit = Number(item.limit) || 0;
    if (limit <= 0 || width < limit) return width;
    // Same search as Vega's own truncation, so the measured width is that of the text Vega will draw.
    const room = limit - metrics.measure(face, ELLIPSIS, size);
    let lo = 0;
    let hi = value.length;
    while (lo < hi) {
      const mid = 1 + ((lo + hi) >>> 1);
      if (metrics.measure(face, value.slice(0, mid), size) < room) lo = mid;
      else hi = mid - 1;
    }
    return metrics.measure(face, value.slice(0, lo) + ELLIPSIS, size);
  };
}
