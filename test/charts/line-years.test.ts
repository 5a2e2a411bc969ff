// The names at the ends of line-years' lines stand at least a line apart, however close the lines end: Kautokeino's
// and Finnmark's population index (sample data) ended 0,2 apart and their names were drawn 8,3 pt apart.
import { beforeAll, describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import type { ChartSpec } from "../../src/charts/types.js";
import { loadDataset } from "../../src/model/load.js";
import { SheetPlanner } from "../../src/pipeline.js";
import type { ChartBlock } from "../../src/sheet/model.js";

/** The template's labelSpacing: one line of its 7.5 pt text. */
const LINE = 9;

let planner: SheetPlanner;
let renderer: ChartRenderer;

beforeAll(async () => {
  [planner, renderer] = await Promise.all([
    loadDataset("data/sample").then((dataset) => SheetPlanner.create(dataset)),
    ChartRenderer.create(),
  ]);
});

/** Each series' name at the end of its line, with the y of its middle, top to bottom. */
async function endLabels(chart: ChartSpec): Promise<{ name: string; y: number }[]> {
  const names = new Set(chart.data.map((row) => String(row.series)));
  const svg = await renderer.toSvg(chart);
  return [...svg.matchAll(/<text[^>]*transform="translate\([-\d.]+,([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g)]
    .filter((match) => names.has(match[2]!))
    .map((match) => ({ name: match[2]!, y: Number(match[1]) }))
    .sort((a, b) => a.y - b.y);
}

function lineCharts(code: string): ChartBlock[] {
  const model = planner.model(planner.record(code), "nb");
  return model.sections.flatMap((section) =>
    section.blocks.filter(
      (block): block is ChartBlock => block.kind === "chart" && block.chart.template === "line-years",
    ),
  );
}

describe("line-years' names at the ends of the lines", () => {
  it("keep Kautokeino and Finnmark a line apart, in the order their lines end", async () => {
    const [index] = lineCharts("5612");
    const labels = await endLabels(index!.chart);
    expect(labels.map((label) => label.name)).toEqual(["Landet", "Kautokeino", "Finnmark"]);
    expect(labels[2]!.y - labels[1]!.y).toBeGreaterThanOrEqual(LINE - 1e-9);
  });

  // Sheets whose names stood closer than a line before (4615 at 8,1 pt, 3448, 3320), Oslo without a county, and Kautokeino.
  it.each(["5612", "4615", "3448", "3320", "0301"])(
    "stand a line apart and inside the chart on the sheet of %s",
    async (code) => {
      const charts = lineCharts(code);
      expect(charts.length).toBe(2);
      for (const { title, chart } of charts) {
        const labels = await endLabels(chart);
        expect(labels.length, title).toBe(new Set(chart.data.map((row) => row.series)).size);
        for (let i = 1; i < labels.length; i++)
          expect(
            labels[i]!.y - labels[i - 1]!.y,
            `${title}: ${labels[i - 1]!.name}, ${labels[i]!.name}`,
          ).toBeGreaterThanOrEqual(LINE - 1e-9);
        for (const { y, name } of labels) {
          expect(y, name).toBeGreaterThanOrEqual(0);
          expect(y, name).toBeLessThanOrEqual(chart.height);
        }
      }
    },
  );
});
