// Renders chart specs: Vega-Lite template → Vega spec (compiled once per template) → parsed once → a new Vega View
// per chart → PDF vector drawing straight from the scenegraph, SVG for the web page, or PNG.
//
//   template (.vl.json) ──compile and parse once──► runtime ──new View, data + params, runAsync──► scenegraph
//                                                                               ──► PDFKit / SVG / PNG
import { UserError } from "../errors.js";
import { type CompiledSpec, CompiledSpecs } from "./compiled-specs.js";
import { drawScene, type SceneMark } from "./drawScene.js";
import { NORWEGIAN_LOCALE } from "./locale.js";
import * as msg from "./messages.js";
import type { PdfTarget } from "./pdfContext.js";
import { type ChartTemplate, checkRows, DEFAULT_TEMPLATES_DIR, type ParamValue, readTemplates } from "./templates.js";
import { CHART_CONFIG, VEGA_LEGEND_LAYOUT } from "./theme.js";
import type { ChartSpec } from "./types.js";
import { loadVega, type Vega } from "./vega.js";
import { createWarningLogger } from "./vegaLiteLogger.js";

type VegaLiteModule = typeof import("vega-lite");
type View = InstanceType<Vega["View"]>;
type Runtime = ReturnType<Vega["parse"]>;
type VegaSpec = import("vega").Spec;

/** The field the renderer adds to every row: its index in the chart's data, for templates that keep the rows'
 * order (templates/charts/README.md). */
export const ROW_FIELD = "_row";

function paddingOf(view: View): { left: number; top: number } {
  const padding = view.padding();
  if (typeof padding === "number") return { left: padding, top: padding };
  if (padding && typeof padding === "object" && !("signal" in padding)) {
    return { left: padding.left ?? 0, top: padding.top ?? 0 };
  }
  return { left: 0, top: 0 };
}

/**
 * Every chart is drawn by a View of its own, made from its template's parsed spec (Vega's documented way: `parse`
 * once, `new View(runtime)` per use) and finalized after the drawing; nothing of one chart stays in Vega for the
 * next. A template is compiled and parsed once per renderer, at the box size of the first chart that uses it;
 * each view is then given its own chart's size before it runs (`view.width(...)`, `view.height(...)`).
 */
export class ChartRenderer {
  readonly #vega: Vega;
  #vegaLite: Promise<VegaLiteModule> | null = null;
  readonly #compiledSpecs: CompiledSpecs;
  readonly #templates: ReadonlyMap<string, ChartTemplate>;
  readonly #templatesDir: string;
  readonly #runtimes = new Map<string, Promise<Runtime>>();

  private constructor(
    vega: Vega,
    compiledSpecs: CompiledSpecs,
    templates: ReadonlyMap<string, ChartTemplate>,
    dir: string,
  ) {
    this.#vega = vega;
    this.#compiledSpecs = compiledSpecs;
    this.#templates = templates;
    this.#templatesDir = dir;
  }

  /**
   * Reads every template in `templatesDir` (default templates/charts) and loads Vega. With `compiledSpecsDir`,
   * Vega-Lite's compilations are kept there between runs (compiled-specs.ts), and Vega-Lite is loaded only for a
   * template not compiled before.
   */
  static async create(options?: { templatesDir?: string; compiledSpecsDir?: string | null }): Promise<ChartRenderer> {
    const dir = options?.templatesDir ?? DEFAULT_TEMPLATES_DIR;
    const templates = readTemplates(dir);
    // Imported here rather than at the top so that loading this module costs nothing until charts are drawn.
    const vega = await loadVega();
    const compiledSpecs = new CompiledSpecs(options?.compiledSpecsDir ?? null);
    return new ChartRenderer(vega, compiledSpecs, templates, dir);
  }

  /** The template names this renderer knows. */
  get templateNames(): readonly string[] {
    return [...this.#templates.keys()];
  }

  /** Draws the chart with its box's top-left corner at (x, y) in PDFKit's page coordinates (points). */
  async draw(doc: PDFKit.PDFDocument, chart: ChartSpec, x: number, y: number): Promise<void> {
    await this.#withView(chart, (view) => {
      const padding = paddingOf(view);
      const [originX, originY] = view.origin();
      // vega's typings describe the scenegraph without its root mark.
      const root = (view.scenegraph() as unknown as { root: SceneMark }).root;
      // Text drawn by the chart moves PDFKit's text position; the caller's stays where it was.
      const position = { x: doc.x, y: doc.y };
      try {
        drawScene(doc as PdfTarget, this.#vega, root, { x: x + padding.left + originX, y: y + padding.top + originY });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new UserError(msg.templateNotDrawable(chart.template, reason));
      } finally {
        doc.x = position.x;
        doc.y = position.y;
      }
    });
  }

  /** The chart as an SVG document. */
  toSvg(chart: ChartSpec): Promise<string> {
    return this.#withView(chart, (view) => view.toSVG());
  }

  /** The chart as a PNG, `scale` pixels to the point; needs node-canvas, so see charts/png.ts. */
  toPng(chart: ChartSpec, scale: number): Promise<Buffer> {
    return this.#withView(chart, async (view) => {
      // vega's typings give a DOM canvas; in Node it is node-canvas's.
      const canvas = (await view.toCanvas(scale)) as unknown as import("canvas").Canvas;
      return canvas.toBuffer("image/png", { resolution: Math.round(scale * 72) });
    });
  }

  /** A new view of the chart's template with the chart's size, rows and params, run; finalized after `use`. */
  async #withView<T>(chart: ChartSpec, use: (view: View) => T | Promise<T>): Promise<T> {
    const template = this.#templateOf(chart);
    const runtime = await this.#runtimeOf(template, chart);
    const vega = this.#vega;
    // The Norwegian locale is a View option that vega's typings do not list yet.
    const options = { renderer: "none", locale: NORWEGIAN_LOCALE } as unknown as ConstructorParameters<Vega["View"]>[1];
    // Vega's run-time warnings are about data (an empty table has no extent), which the sheet reports itself.
    const view = new vega.View(runtime, options).logLevel(vega.Error);
    try {
      // The box (axes and labels included) the chart must fit.
      view.width(chart.width).height(chart.height);
      // Vega stamps an id on each row object it ingests: give it copies, never the caller's (maybe frozen) rows,
      // numbered so templates can keep the rows' order (templates/charts/README.md).
      view.data(
        "table",
        chart.data.map((row, index) => ({ ...row, [ROW_FIELD]: index })),
      );
      for (const [name, fallback] of template.params) {
        const given: ParamValue | undefined = chart.params?.[name];
        view.signal(name, given === undefined ? fallback : given);
      }
      await view.runAsync();
      return await use(view);
    } finally {
      view.finalize();
    }
  }

  #templateOf(chart: ChartSpec): ChartTemplate {
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
    return template;
  }

  /** The template's parsed Vega spec, compiled at the size of the first chart that asks. */
  #runtimeOf(template: ChartTemplate, chart: ChartSpec): Promise<Runtime> {
    let runtime = this.#runtimes.get(template.name);
    if (!runtime) {
      runtime = this.#compile(template, chart.width, chart.height).then((compiled) => this.#parse(template, compiled));
      // A template that fails is tried again by its next chart.
      runtime.catch(() => this.#runtimes.delete(template.name));
      this.#runtimes.set(template.name, runtime);
    }
    return runtime;
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

  #parse(template: ChartTemplate, compiled: CompiledSpec): Runtime {
    // A template editor's slip should be seen, but must not stop a batch: validateTemplates() reports it too.
    for (const warning of compiled.warnings) console.warn(`faktaark: diagrammalen «${template.name}»: ${warning}`);
    const vegaSpec = structuredClone(compiled.spec) as VegaSpec;
    vegaSpec.config = { ...vegaSpec.config, legend: { ...vegaSpec.config?.legend, layout: VEGA_LEGEND_LAYOUT } };
    return this.#vega.parse(vegaSpec);
  }
}

export { validateTemplates } from "./validate.js";
