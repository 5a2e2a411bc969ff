// The renderer loads only the parts of Vega its charts need (src/charts/vega-parts.ts). Each test file has its own
// modules; loading `vega` (or Vega-Lite, which imports it) registers every transform.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { loadVegaParts } from "../../src/charts/vega-parts.js";
import { ROOT } from "../cli/run-cli.js";

/** A template with a trend line: Vega-Lite's regression is a transform of vega-regression, not of the parts. */
const TREND_TEMPLATE = {
  usermeta: { fields: { year: { type: "number" }, value: { type: "number" } } },
  data: { name: "table" },
  layer: [
    {
      mark: "point",
      encoding: { x: { field: "year", type: "quantitative" }, y: { field: "value", type: "quantitative" } },
    },
    {
      mark: "line",
      transform: [{ regression: "value", on: "year" }],
      encoding: { x: { field: "year", type: "quantitative" }, y: { field: "value", type: "quantitative" } },
    },
  ],
};

/** In a new process: whether the transform is registered before and after drawing the trend, and the SVG. */
const DRAW_IN_NEW_PROCESS = `
  const { ChartRenderer } = await import(process.argv[1]);
  const { transforms } = await import("vega-dataflow");
  const renderer = await ChartRenderer.create({ templatesDir: process.argv[2], compiledSpecsDir: process.argv[3] });
  const before = transforms.regression !== undefined;
  const svg = await renderer.toSvg(JSON.parse(process.argv[4]));
  console.log(JSON.stringify({ before, after: transforms.regression !== undefined, svg }));
`;

describe("the parts of Vega the renderer loads", () => {
  it("draws a template whose transform is not among them, by loading the rest of Vega", async () => {
    const templates = mkdtempSync(join(tmpdir(), "faktaark-templates-"));
    const compiled = mkdtempSync(join(tmpdir(), "faktaark-specs-"));
    writeFileSync(join(templates, "trend.vl.json"), JSON.stringify(TREND_TEMPLATE));
    const data = [2019, 2020, 2021, 2022].map((year, index) => ({ year, value: 100 + 10 * index }));
    const chart = { template: "trend", data, width: 300, height: 200 };
    // Compiling loads Vega-Lite, which loads all of Vega; this keeps the compilation for the process below.
    const expected = await (await ChartRenderer.create({ templatesDir: templates, compiledSpecsDir: compiled })).toSvg(
      chart,
    );
    // The trend line: the regression's two end points.
    const line = expected.split('class="mark-line role-mark layer_1_marks"')[1] ?? "";
    expect(line).toMatch(/^[^<]*<path [^>]*d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+"/);

    // A new process reads the kept compilation, so only the parts are loaded when it meets the regression.
    const renderer = join(ROOT, "dist", "charts", "renderer.js");
    const args = [
      "--input-type=module",
      "-e",
      DRAW_IN_NEW_PROCESS,
      renderer,
      templates,
      compiled,
      JSON.stringify(chart),
    ];
    const output = execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
    expect(JSON.parse(output)).toEqual({ before: false, after: true, svg: expected });
  });

  it("are the very modules the `vega` package is made of (one copy of each, as npm installed them)", async () => {
    const parts = await loadVegaParts();
    const vega = (await import("vega")) as unknown as Record<string, unknown>;
    for (const name of ["View", "parse", "Error", "tupleid", "transforms", "Marks", "textMetrics"] as const) {
      expect(parts[name], name).toBe(vega[name]);
    }
  });
});
