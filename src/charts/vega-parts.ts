// Vega as the charts use it: the view, the parser, the scenegraph and the transforms Vega-Lite compiles charts
// to (data, view layout, encoding). The `vega` module also loads the geographic, force, hierarchy, label,
// regression, Voronoi, word-cloud and crossfilter transforms, which no template here uses: ~150 ms more to load
// (370-400 against 200-260 ms, measured in new processes), paid by a cold sheet and by every render worker. A
// template that needs one of them still draws: loadAllOfVega() adds them to the registry the parts share.
// Vega-Lite imports all of `vega` itself, so a process that compiles a template loads it anyway; one that finds
// its compilations kept (compiled-specs.ts) loads only the parts.
import type * as Vega from "vega";
import type { MarkDrawers } from "./drawScene.js";
import type { FontProps } from "./fontMetrics.js";

/** The parts of Vega the renderer uses, as the `vega` module exports them. */
export interface VegaParts extends Pick<typeof Vega, "View" | "parse" | "Error" | "tupleid" | "transforms"> {
  /** vega-scenegraph's mark drawers and text measurer, which vega's typings leave out. */
  readonly Marks: MarkDrawers;
  readonly textMetrics: { width: (item: FontProps & { limit?: number }, text: unknown) => number };
}

export async function loadVegaParts(): Promise<VegaParts> {
  const [util, dataflow, dataTransforms, viewTransforms, encode, view, parser, scenegraph] = await Promise.all([
    import("vega-util"),
    import("vega-dataflow"),
    import("vega-transforms"),
    import("vega-view-transforms"),
    import("vega-encode"),
    import("vega-view"),
    import("vega-parser"),
    import("vega-scenegraph"),
  ]);
  // What `vega` does as it loads, for these transforms.
  util.extend(dataflow.transforms, dataTransforms, viewTransforms, encode);
  return {
    View: view.View,
    parse: parser.parse,
    Error: util.Error,
    tupleid: dataflow.tupleid,
    transforms: dataflow.transforms,
    Marks: scenegraph.Marks,
    textMetrics: scenegraph.textMetrics,
  };
}

/** Every transform Vega has, added to the registry the parts share (`vega` registers them as it loads). */
export async function loadAllOfVega(): Promise<void> {
  await import("vega");
}
