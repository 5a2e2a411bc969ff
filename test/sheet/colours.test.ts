// Issue 20: a role keeps its colour through a sheet (the municipality, its county, the country, the comparison
// municipalities), roles drawn together stay apart in greyscale, and series that are not regions never wear a
// region's colour. Read from what Vega draws for the sheets of the sample.
import { beforeAll, describe, expect, it } from "vitest";
import { MIN_LIGHTNESS_STEP, REGION_ROLES, ROLE_COLOURS } from "../../src/charts/roles.js";
import { loadDataset } from "../../src/model/load.js";
import { COLOURS } from "../../src/pdf/style.js";
import { SheetPlanner } from "../../src/pipeline.js";
import type { ChartBlock, SheetModel, TableBlock } from "../../src/sheet/model.js";
import { hueOf, lightnessOf } from "../charts/lightness.js";
import { type RoleColour, readRoleColours } from "../charts/scene.js";

// Oslo is its own county; Utsira the smallest; Kautokeino's lines end close together.
const CODES = ["0301", "4001", "1151", "5612"];
const REGION_COLOURS = new Set(REGION_ROLES.map((role) => ROLE_COLOURS[role]));
const isRegion = (role: string | null) => (REGION_ROLES as readonly (string | null)[]).includes(role);

let planner: SheetPlanner;

beforeAll(async () => {
  planner = await SheetPlanner.create(await loadDataset("data/sample"));
});

function blocksOf<K extends "chart" | "table">(model: SheetModel, kind: K) {
  return model.sections.flatMap((section) =>
    section.blocks.filter((block) => block.kind === kind),
  ) as (K extends "chart" ? ChartBlock : TableBlock)[];
}

describe.each(CODES)("the charts of the sheet of %s", (code) => {
  let charts: { title: string; drawn: RoleColour[] }[];

  beforeAll(async () => {
    const model = planner.model(planner.record(code), "nb");
    charts = await Promise.all(
      blocksOf(model, "chart").map(async (block) => ({
        title: block.title,
        drawn: await readRoleColours(block.chart),
      })),
    );
  });

  it("give each region one colour, the one of its role, in every mark and legend", () => {
    const seen = new Map<string, Set<string>>();
    for (const { title, drawn } of charts)
      for (const { role, colour } of drawn.filter((item) => isRegion(item.role)))
        seen.set(`${role}`, (seen.get(`${role}`) ?? new Set()).add(`${colour} (${title})`));
    // The municipality is in the index, age, household, building, Husbanken, benchmark and projection charts.
    const charted = (role: string) => charts.filter(({ drawn }) => drawn.some((item) => item.role === role)).length;
    expect(charted("municipality")).toBeGreaterThanOrEqual(7);
    expect(charted("country")).toBeGreaterThanOrEqual(5);
    for (const [role, uses] of seen) {
      const colours = new Set([...uses].map((use) => use.split(" ")[0]));
      expect([...colours], `${role}: ${[...uses].join(", ")}`).toEqual([
        ROLE_COLOURS[role as keyof typeof ROLE_COLOURS],
      ]);
    }
  });

  it(`draw the colours of one chart at least ${MIN_LIGHTNESS_STEP} L* apart, so they stay apart in greyscale`, () => {
    for (const { title, drawn } of charts) {
      const lightness = [...new Set(drawn.map((item) => item.colour))].map((colour) => ({
        colour,
        l: lightnessOf(colour),
      }));
      for (const a of lightness)
        for (const b of lightness)
          if (a !== b)
            expect(Math.abs(a.l - b.l), `${title}: ${a.colour} against ${b.colour}`).toBeGreaterThanOrEqual(
              MIN_LIGHTNESS_STEP,
            );
    }
  });

  it("draw series that are not regions (dwellings, age groups) in colours no region has", () => {
    const series = charts.flatMap(({ title, drawn }) =>
      drawn.filter((item) => !isRegion(item.role)).map((item) => ({ ...item, title })),
    );
    // Started and completed dwellings, and the three age groups of the projection.
    expect(new Set(series.map((item) => item.colour)).size).toBeGreaterThanOrEqual(3);
    for (const item of series) expect(REGION_COLOURS.has(item.colour), `${item.title}: ${item.role}`).toBe(false);
  });
});

describe.each(CODES)("the tables of the sheet of %s", (code) => {
  it("mark only the municipality's own row, in a pale tint of the municipality's colour", () => {
    const model = planner.model(planner.record(code), "nb");
    const highlighted = blocksOf(model, "table").filter((table) => table.highlightRow >= 0);
    expect(highlighted.length).toBeGreaterThan(0);
    for (const table of highlighted) expect(table.rows[table.highlightRow]?.[0]).toBe(model.municipality.shortName);
    expect(Math.abs(hueOf(COLOURS.highlightRow) - hueOf(ROLE_COLOURS.municipality))).toBeLessThan(8);
    expect(lightnessOf(COLOURS.highlightRow)).toBeGreaterThan(85);
  });
});
