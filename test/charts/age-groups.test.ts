// The age chart as a reader sees it: a histogram whose bars are as wide as their age groups and as high as the
// share per year of age, with an alternative text that gives each group's share as the chart's data has it.
import { beforeAll, describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { loadDataset } from "../../src/model/load.js";
import { SheetPlanner } from "../../src/pipeline.js";
import { SHEET_AGE_GROUPS } from "../../src/sheet/figures.js";
import { formatPercent, type Lang } from "../../src/sheet/format.js";
import type { ChartBlock, SheetModel } from "../../src/sheet/model.js";

let planner: SheetPlanner;
let renderer: ChartRenderer;

beforeAll(async () => {
  planner = await SheetPlanner.create(await loadDataset("data/sample"));
  renderer = await ChartRenderer.create();
});

function ageChart(model: SheetModel): ChartBlock {
  const block = model.sections
    .flatMap((section) => section.blocks)
    .find((b) => b.kind === "chart" && b.chart.template === "age-groups");
  if (block?.kind !== "chart") throw new Error("no age chart");
  return block;
}

/** Each bar of the SVG: its region's role (from Vega's description) and its box, from the path "M x,y h w v h h -w Z". */
function bars(svg: string) {
  return [
    ...svg.matchAll(
      /aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="bar" d="M([\d.-]+),([\d.-]+)h([\d.]+)v([\d.]+)/g,
    ),
  ].map((match) => ({
    role: /role: ([^;]*)/.exec(match[1] ?? "")?.[1] ?? "",
    x: Number(match[2]),
    width: Number(match[4]),
    height: Number(match[5]),
  }));
}

describe.each([
  ["1580", "nb"],
  ["5612", "nn"],
] as [string, Lang][])("the age chart of %s in %s", (code, lang) => {
  let block: ChartBlock;
  let model: SheetModel;
  beforeAll(() => {
    model = planner.model(planner.record(code), lang);
    block = ageChart(model);
  });

  it("draws each group as wide as its years of age and as high as its share per year", async () => {
    const svg = await renderer.toSvg(block.chart);
    const roles = [...new Set(block.chart.data.map((row) => String(row.role)))];
    expect(roles).toEqual(["municipality", "country"]);
    for (const role of roles) {
      const drawn = bars(svg)
        .filter((bar) => bar.role === role)
        .sort((a, b) => a.x - b.x);
      const rows = block.chart.data.filter((row) => row.role === role);
      expect(drawn).toHaveLength(SHEET_AGE_GROUPS.length);
      // Points per year of age, and points per percent per year: the same for every group.
      const years = rows.map((row) => Number(row.to) - Number(row.from));
      expect(years).toEqual([6, 7, 3, 4, 25, 22, 13, 10, 10]);
      const pointsPerYear = drawn.map((bar, index) => bar.width / years[index]!);
      for (const value of pointsPerYear) expect(value).toBeCloseTo(pointsPerYear[0]!, 2);
      const pointsPerShare = drawn.map((bar, index) => bar.height / Number(rows[index]?.perYear));
      for (const value of pointsPerShare) expect(value).toBeCloseTo(pointsPerShare[0]!, 0);
      // The bar's area is the group's share: the per-year height times the years is the share.
      for (const row of rows)
        expect(Number(row.perYear) * (Number(row.to) - Number(row.from))).toBeCloseTo(Number(row.share), 1);
    }
  });

  it("marks the first age of each of the sheet's groups on the age axis, the open one by its name", async () => {
    const svg = await renderer.toSvg(block.chart);
    const axis = svg.slice(svg.indexOf('aria-label="X-axis'), svg.indexOf('aria-label="Y-axis'));
    const labels = [...axis.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(labels).toEqual(
      SHEET_AGE_GROUPS.map(([group, firstAge], index) =>
        index === SHEET_AGE_GROUPS.length - 1 ? group : String(firstAge),
      ),
    );
  });

  it("says in its title what the height is and under the chart how wide 90+ is drawn", () => {
    expect(block.title).toMatch(/prosent per årskull$/);
    expect(block.note).toMatch(/90\+ er (tegnet|teikna) som 10\u00a0årskull\.$/);
  });

  it("gives each group's share in the alternative text as the chart's data has it", () => {
    const own = block.chart.data.filter((row) => row.region === model.municipality.shortName);
    const listed = [...block.alt.matchAll(/(\d+–\d+|\d+\+) år (\d+,\d)\u00a0%/g)].map((match) => [match[1], match[2]]);
    expect(listed).toEqual(own.map((row) => [row.group, formatPercent(Number(row.share), 1).replace(/\u00a0%$/, "")]));
    expect(block.alt).toMatch(/^Histogram/);
  });
});
