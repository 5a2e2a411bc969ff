// The colour each role gets in a chart as Vega draws it: the template compiled with the sheet's theme, the rows
// run through a Vega view, and the scenegraph's marks and legend symbols read with the role they stand for.
import * as vega from "vega";
import { compile } from "vega-lite";
import { DEFAULT_TEMPLATES_DIR, readTemplates } from "../../src/charts/templates.js";
import { CHART_CONFIG } from "../../src/charts/theme.js";
import type { ChartSpec } from "../../src/charts/types.js";

interface SceneNode {
  readonly marktype?: string;
  readonly role?: string;
  readonly items?: readonly SceneItem[];
}
interface SceneItem {
  readonly datum?: Record<string, unknown>;
  readonly fill?: string;
  readonly stroke?: string;
  readonly items?: readonly SceneNode[];
}

/** One drawn thing: what role it stands for (a legend symbol: the value it explains) and its colour. */
export interface RoleColour {
  readonly role: string | null;
  readonly colour: string;
  /** "mark" for data, "legend" for a legend's symbol. */
  readonly where: "mark" | "legend";
  readonly marktype: string;
}

const templates = readTemplates(DEFAULT_TEMPLATES_DIR);
const compiled = new Map<string, vega.Spec>();

/** The Vega spec of a template with the sheet's theme; colours do not depend on the box, so one per template. */
function compiledSpec(name: string): vega.Spec {
  const template = templates.get(name);
  if (!template) throw new Error(`no template ${name}`);
  let spec = compiled.get(name);
  if (!spec) {
    const input = { ...template.spec, width: 250, height: 150, autosize: { type: "fit" } };
    spec = compile(input as Parameters<typeof compile>[0], { config: CHART_CONFIG }).spec;
    compiled.set(name, spec);
  }
  return spec;
}

/** Marks whose colour says what they are: lines, bars, points and legend symbols (not text, areas, reference rules). */
const COLOURED_MARKS = new Set(["line", "rect", "symbol"]);

/** Every line, bar, point and legend symbol of the chart, with the role of its row. */
export async function readRoleColours(chart: ChartSpec): Promise<RoleColour[]> {
  const view = new vega.View(vega.parse(compiledSpec(chart.template)), { renderer: "none" });
  view.width(chart.width).height(chart.height);
  view.data(
    "table",
    chart.data.map((row, index) => ({ ...row, _row: index })),
  );
  for (const [name, value] of Object.entries(chart.params ?? {})) view.signal(name, value);
  await view.runAsync();
  const found: RoleColour[] = [];
  const visit = (node: SceneNode) => {
    for (const item of node.items ?? []) {
      const colour = node.marktype === "line" ? item.stroke : item.fill;
      const role = node.role === "legend-symbol" ? item.datum?.value : item.datum?.role;
      const drawn = node.role === "mark" || node.role === "legend-symbol";
      if (drawn && COLOURED_MARKS.has(node.marktype ?? "") && typeof colour === "string")
        found.push({
          role: typeof role === "string" ? role : null,
          colour,
          where: node.role === "mark" ? "mark" : "legend",
          marktype: node.marktype!,
        });
      for (const child of item.items ?? []) visit(child);
    }
  };
  visit((view.scenegraph() as unknown as { root: SceneNode }).root);
  view.finalize();
  return found;
}
