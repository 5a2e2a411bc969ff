// The renderer's ordering of facets and aggregates (src/charts/row-order.ts) must leave the spec's own measures
// as Vega reads them, and sort what is drawn from aggregated rows by their first row.
import * as vega from "vega";
import { describe, expect, it } from "vitest";
import { orderByRow, type VegaMarkSpec } from "../../src/charts/row-order.js";

const rows = [
  { group: "b", value: 4, _row: 0 },
  { group: "a", value: 1, _row: 1 },
  { group: "b", value: 2, _row: 2 },
];

/** The rows of data set `name` after a run of `spec` with the rows above. */
async function rowsOf(spec: VegaMarkSpec, name: string): Promise<Record<string, unknown>[]> {
  const view = new vega.View(vega.parse(spec as vega.Spec), { renderer: "none" });
  await view.runAsync();
  return (view.data(name) as Record<string, unknown>[]).map((row) => ({ ...row }));
}

/** A Vega spec as a template's compilation gives it: more than the parts orderByRow reads. */
type Spec = Record<string, unknown> & VegaMarkSpec;

function specWith(aggregate: Record<string, unknown>): Spec {
  const spec: Record<string, unknown> = {
    data: [
      { name: "table", values: rows },
      { name: "summed", source: "table", transform: [{ type: "aggregate", groupby: ["group"], ...aggregate }] },
    ],
    marks: [{ type: "rect", from: { data: "summed" } }],
  };
  return spec as Spec;
}

describe("ordering by first row", () => {
  it("gives each aggregated group its first row and keeps the measures' own names", async () => {
    for (const [aggregate, measures] of [
      [
        { fields: ["value", "value"], ops: ["sum", "max"] },
        { sum_value: 6, max_value: 4 },
      ],
      [{ fields: ["value"], ops: ["sum"], as: ["total"] }, { total: 6 }],
      [{ ops: ["count"] }, { count: 2 }],
      [{}, { count: 2 }],
    ] as const) {
      const spec = specWith(aggregate);
      orderByRow(spec);
      const groups = await rowsOf(spec, "summed");
      expect(groups.find((group) => group.group === "b")).toMatchObject({ ...measures, _row: 0 });
      expect(groups.find((group) => group.group === "a")).toMatchObject({ _row: 1 });
    }
  });

  it("sorts the marks drawn from aggregated rows, through sources and facets, and leaves a template's sort", () => {
    const given: Record<string, unknown> = {
      data: [
        { name: "table", values: rows },
        { name: "summed", source: "table", transform: [{ type: "aggregate", groupby: ["group"] }] },
        { name: "filtered", source: ["summed"], transform: [{ type: "filter", expr: "datum.count > 0" }] },
      ],
      marks: [
        { type: "rect", from: { data: "filtered" } },
        { type: "rect", from: { data: "summed" }, sort: { field: "datum.count" } },
        { type: "rect", from: { data: "table" } },
        {
          type: "group",
          from: { facet: { name: "per_group", data: "summed", groupby: ["group"], aggregate: { cross: true } } },
          marks: [{ type: "text", from: { data: "per_group" } }],
        },
      ],
    };
    const spec = given as Spec;
    orderByRow(spec);
    const [fromFiltered, ownSort, fromTable, facet] = spec.marks as VegaMarkSpec[];
    expect(fromFiltered?.sort).toEqual({ field: "datum._row" });
    expect(ownSort?.sort).toEqual({ field: "datum.count" });
    expect(fromTable?.sort).toBeUndefined();
    expect(facet?.sort).toEqual({ field: "datum._row" });
    expect(facet?.from?.facet?.aggregate).toMatchObject({ cross: true, ops: ["count", "min"] });
    expect(facet?.marks?.[0]?.sort).toEqual({ field: "datum._row" });
  });
});
