// Renders chart specs: Vega-Lite template → Vega view (compiled once per template and size) → PDF vector
// drawing straight from the scenegraph, or SVG for the web page.
//
//   template (.vl.json) ──compile once──► vega View ──data + params, runAsync──► scenegraph ──► PDFKit / SVG
import { UserError } from "../errors.js";
import { type CompiledSpec, CompiledSpecs } from "./compiled-specs.js";
import { drawScene, type SceneMark } from "./drawScene.js";
import { FontMetrics, selectFontName } from "./fontMetrics.js";
import { NORWEGIAN_LOCALE } from "./locale.js";
import * as msg from "./messages.js";
import type { PdfTarget } from "./pdfContext.js";
import { orderByRow, ROW_FIELD, type VegaMarkSpec } from "./row-order.js";
import { type ChartTemplate, checkRows, DEFAULT_TEMPLATES_DIR, type ParamValue, readTemplates } from "./templates.js";
import { CHART_CONFIG, VEGA_LEGEND_LAYOUT } from "./theme.js";
import type { ChartSpec } from "./types.js";
import { installVegaFixes } from "./vega-fixes.js";
import { loadAllOfVega, loadVegaParts, type VegaParts } from "./vega-parts.js";
import { createWarningLogger } from "./vegaLiteLogger.js";

type VegaLiteModule = typeof import("vega-lite");
type View = InstanceType<VegaParts["View"]>;
type VegaSpec = import("vega").Spec;

/**
 * The compiled view of a template; draws on it run one at a time, each at its own chart's box size (`#update`).
 *
 * One view per template: a view compiled for one box size redraws at another when given the size (one extra
 * dataflow pass, ~1 ms, against ~15 ms and ~1 MB for compiling another view). Measured on the full sample, 2
 * workers, alternating runs: with three views per template (kept at the sizes last drawn) the batch was no faster
 * and peaked at 376-421 MB, against 348-384 MB with one.
 */
interface ViewEntry {
  readonly template: ChartTemplate;
  readonly view: View;
  /** Charts drawn with it. */
  draws: number;
  queue: Promise<unknown>;
}

/**
 * Charts a view draws, by default, before a new one is compiled in its place. Some of Vega's operators keep an
 * entry for everything they have ever seen (Facet's subflows for every series name; Relay's lookup of every row
 * did too, until vega-fixes.ts), so a view reused without end grows without end (measured before the Relay fix:
 * ~30 MB over 357 sheets in one thread), which matters to the long-running web server. A new view costs ~15 ms
 * to compile and more to optimise again (measured: retiring views after 100 charts cost a batch thread ~1 100
 * extra optimising compilations, ~2.8 s of CPU), so a view lives long enough that a national batch on two threads
 * (at most ~360 charts a view) never retires one.
 */
const DEFAULT_DRAWS_PER_VIEW = 500;

/**
 * PDFKit keeps the current font and text position on the document object, and `doc.text` moves them;
 * drawing a chart must leave them as the caller had them. These fields have no public getters.
 */
interface DocTextState {
  _font: unknown;
  _fontSize: number;
  _fontFamily: unknown;
  _fontSource: unknown;
  x: number;
  y: number;
}

const ELLIPSIS = "\u2026";

/** Vega text widths from the sheet's font files, including Vega's `limit` truncation with an ellipsis. */
function installTextMetrics(vega: VegaParts, metrics: FontMetrics): void {
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

function paddingOf(view: View): { left: number; top: number } {
  const padding = view.padding();
  if (typeof padding === "number") return { left: padding, top: padding };
  if (padding && typeof padding === "object" && !("signal" in padding)) {
    return { left: padding.left ?? 0, top: padding.top ?? 0 };
  }
  return { left: 0, top: 0 };
}

export class ChartRenderer {
  readonly #vega: VegaParts;
  /** Whether all of Vega's transforms are loaded, not only those of vega-parts.ts. */
  #allOfVega = false;
  #vegaLite: Promise<VegaLiteModule> | null = null;
  readonly #compiledSpecs: CompiledSpecs;
  readonly #templates: ReadonlyMap<string, ChartTemplate>;
  readonly #templatesDir: string;
  readonly #views = new Map<string, ViewEntry>();
  readonly #drawsPerView: number;

  private constructor(
    vega: VegaParts,
    compiledSpecs: CompiledSpecs,
    templates: ReadonlyMap<string, ChartTemplate>,
    dir: string,
    drawsPerView: number,
  ) {
    this.#vega = vega;
    this.#compiledSpecs = compiledSpecs;
    this.#templates = templates;
    this.#templatesDir = dir;
    this.#drawsPerView = drawsPerView;
  }

  /**
   * Reads every template in `templatesDir` (default templates/charts) and loads Vega; views compile on first use
   * and are compiled anew after `drawsPerView` charts (default 500). With `compiledSpecsDir`, Vega-Lite's
   * compilations are kept there between runs (compiled-specs.ts), and Vega-Lite is loaded only for a template
   * not compiled before.
   */
  static async create(options?: {
    templatesDir?: string;
    drawsPerView?: number;
    compiledSpecsDir?: string | null;
  }): Promise<ChartRenderer> {
    const dir = options?.templatesDir ?? DEFAULT_TEMPLATES_DIR;
    const templates = readTemplates(dir);
    // Imported here rather than at the top so that loading this module costs nothing until charts are drawn.
    const vega = await loadVegaParts();
    installTextMetrics(vega, new FontMetrics());
    installVegaFixes(vega);
    const compiledSpecs = new CompiledSpecs(options?.compiledSpecsDir ?? null);
    return new ChartRenderer(vega, compiledSpecs, templates, dir, options?.drawsPerView ?? DEFAULT_DRAWS_PER_VIEW);
  }

  /** The template names this renderer knows. */
  get templateNames(): readonly string[] {
    return [...this.#templates.keys()];
  }

  /** Draws the chart with its box's top-left corner at (x, y) in PDFKit's page coordinates (points). */
  async draw(doc: PDFKit.PDFDocument, chart: ChartSpec, x: number, y: number): Promise<void> {
    const entry = await this.#prepare(chart);
    await this.#serially(entry, async () => {
      await this.#update(entry, chart);
      const view = entry.view;
      const padding = paddingOf(view);
      const [originX, originY] = view.origin();
      // vega's typings describe the scenegraph without its root mark.
      const root = (view.scenegraph() as unknown as { root: SceneMark }).root;
      const textState = doc as unknown as DocTextState;
      const saved = pickTextState(textState);
      try {
        drawScene(doc as PdfTarget, this.#vega, root, { x: x + padding.left + originX, y: y + padding.top + originY });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new UserError(msg.templateNotDrawable(chart.template, reason));
      } finally {
        Object.assign(textState, saved);
      }
    });
  }

  /** The chart as an SVG document, from the same view as the PDF drawing. */
  async toSvg(chart: ChartSpec): Promise<string> {
    const entry = await this.#prepare(chart);
    return this.#serially(entry, async () => {
      await this.#update(entry, chart);
      return entry.view.toSVG();
    });
  }

  /** The chart as a PNG, `scale` pixels to the point, from the same view; needs node-canvas, so see charts/png.ts. */
  async toPng(chart: ChartSpec, scale: number): Promise<Buffer> {
    const entry = await this.#prepare(chart);
    return this.#serially(entry, async () => {
      await this.#update(entry, chart);
      // vega's typings give a DOM canvas; in Node it is node-canvas's.
      const canvas = (await entry.view.toCanvas(scale)) as unknown as import("canvas").Canvas;
      return canvas.toBuffer("image/png", { resolution: Math.round(scale * 72) });
    });
  }

  async #prepare(chart: ChartSpec): Promise<ViewEntry> {
    const template = this.#templates.get(chart.template);
    if (!template) {
      throw new UserError(msg.templateNotFound(chart.template, this.#templatesDir, [...this.#templates.keys()]));
    }
    if (!(chart.width > 0 && chart.height > 0)) {
      throw new UserError(msg.badChartSize(chart.template, chart.width, chart.height));
    }
    checkRows(template, chart.data);
    for (const name of Object.keys(chart.params ?? {})) {
      if (!template.params.has(name)) {
        throw new UserError(msg.unknownParam(chart.template, name, [...template.params.keys()]));
      }
    }
    const current = this.#views.get(chart.template);
    if (current && current.draws >= this.#drawsPerView) {
      this.#views.delete(chart.template);
      void current.queue.then(() => current.view.finalize());
    }
    if (!this.#views.has(chart.template)) {
      const view = await this.#createView(template, await this.#compile(template, chart.width, chart.height));
      // Another chart of the template may have made its view while this one waited.
      if (this.#views.has(chart.template)) view.finalize();
      else this.#views.set(chart.template, { template, view, draws: 0, queue: Promise.resolve() });
    }
    const entry = this.#views.get(chart.template) as ViewEntry;
    entry.draws += 1;
    return entry;
  }

  /** Vega-Lite's compilation of the template at a box size, kept between runs when the renderer has a place. */
  #compile(template: ChartTemplate, width: number, height: number): Promise<CompiledSpec> {
    const spec = {
      ...template.spec,
      width,
      height,
      // The chart box is the whole drawing, axes and legend included; "resize" re-fits when new data
      // brings wider labels.
      autosize: { type: "fit", contains: "padding", resize: true },
    };
    return this.#compiledSpecs.get({ spec, config: CHART_CONFIG }, async () => {
      this.#vegaLite ??= import("vega-lite");
      const vegaLite = await this.#vegaLite;
      const warnings: string[] = [];
      const compiled = vegaLite.compile(spec as Parameters<VegaLiteModule["compile"]>[0], {
        config: CHART_CONFIG,
        logger: createWarningLogger(warnings),
      });
      return { spec: compiled.spec as Record<string, unknown>, warnings };
    });
  }

  async #createView(template: ChartTemplate, compiled: CompiledSpec): Promise<View> {
    // A template editor's slip should be seen, but must not stop a batch: validateTemplates() reports it too.
    for (const warning of compiled.warnings) console.warn(`faktaark: diagrammalen «${template.name}»: ${warning}`);
    try {
      return this.#viewOf(compiled);
    } catch (error) {
      if (this.#allOfVega) throw error;
      // Maybe a transform outside the parts of Vega loaded here (vega-parts.ts): try again with all of them.
      await loadAllOfVega();
      this.#allOfVega = true;
      return this.#viewOf(compiled);
    }
  }

  #viewOf(compiled: CompiledSpec): View {
    // A copy: the compilation may be drawn again, and Vega may not leave a spec it failed to parse as it was.
    const vegaSpec = structuredClone(compiled.spec) as VegaSpec;
    orderByRow(vegaSpec as VegaMarkSpec);
    vegaSpec.config = { ...vegaSpec.config, legend: { ...vegaSpec.config?.legend, layout: VEGA_LEGEND_LAYOUT } };
    const vega = this.#vega;
    // The Norwegian locale is a View option that vega's typings do not list yet.
    const options = { renderer: "none", locale: NORWEGIAN_LOCALE } as unknown as ConstructorParameters<
      VegaParts["View"]
    >[1];
    // Vega's run-time warnings are about data (an empty table has no extent), which the sheet reports itself.
    const view = new vega.View(vega.parse(vegaSpec), options).logLevel(vega.Error);
    // Vega keeps the scene items of removed rows until 10 000 have piled up in each mark, then sweeps them. A view
    // reused for a whole batch would hold that many stale items per mark (measured: +100 MB a worker over 357
    // sheets); sweeping after every run keeps a view's memory to the chart it last drew.
    (view as unknown as { cleanThreshold: number }).cleanThreshold = 0;
    return view;
  }

  async #serially<T>(entry: ViewEntry, task: () => Promise<T>): Promise<T> {
    const run = entry.queue.then(task, task);
    entry.queue = run.catch(() => undefined);
    return run;
  }

  async #update(entry: ViewEntry, chart: ChartSpec): Promise<void> {
    const view = entry.view;
    // The box (axes and labels included) the chart must fit; autosize "fit" lays the plot out inside it, one step
    // per run: it sizes the plot from the bounds the chart had at the width and height the run starts from. After
    // a run those signals hold the plot's fitted size, so a reused view would start from the last chart's plot and
    // fit the same chart up to a point off a fresh view's fit (30 of 357 batch sheets, e.g. Bardu's projection).
    // Every run starts from the box, as in a fresh view. Moving a signal off the value and back makes Vega take it
    // even when the value looks unchanged (it skips its size handler once after setting the fitted size).
    view.width(chart.width + 1).width(chart.width);
    view.height(chart.height + 1).height(chart.height);
    // Vega stamps an id on each row object it ingests: give it copies, never the caller's (maybe frozen) rows,
    // numbered so templates can keep the rows' order (templates/charts/README.md).
    view.data(
      "table",
      chart.data.map((row, index) => ({ ...row, [ROW_FIELD]: index })),
    );
    for (const [name, fallback] of entry.template.params) {
      const given: ParamValue | undefined = chart.params?.[name];
      view.signal(name, given === undefined ? fallback : given);
    }
    await view.runAsync();
  }
}

function pickTextState(state: DocTextState): DocTextState {
  return {
    _font: state._font,
    _fontSize: state._fontSize,
    _fontFamily: state._fontFamily,
    _fontSource: state._fontSource,
    x: state.x,
    y: state.y,
  };
}

export { validateTemplates } from "./validate.js";
