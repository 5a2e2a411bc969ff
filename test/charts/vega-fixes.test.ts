import * as vega from "vega";
import { describe, expect, it } from "vitest";
import { installVegaFixes } from "../../src/charts/vega-fixes.js";

/** A data set derived from another with a formula: Vega relays copies of its rows, looked up by row id. */
const DERIVED_SPEC: vega.Spec = {
  data: [
    { name: "table", values: [] },
    { name: "derived", source: "table", transform: [{ type: "formula", expr: "datum.value * 2", as: "double" }] },
  ],
};

interface RuntimeData {
  readonly _runtime: { readonly data: Record<string, { readonly input: { readonly value: object | null } }> };
}

describe("a Vega view reused for many charts", () => {
  it("keeps copies of the current rows only, not of every row it has drawn", async () => {
    installVegaFixes(vega);
    const view = new vega.View(vega.parse(DERIVED_SPEC), { renderer: "none" });
    for (let chart = 0; chart < 40; chart++) {
      const rows = Array.from({ length: 10 }, (_, i) => ({ value: chart * 10 + i }));
      await view.data("table", rows).runAsync();
      expect(view.data("derived").map((row) => row.double)).toEqual(rows.map((row) => row.value * 2));
    }
    const copies = (view as unknown as RuntimeData)._runtime.data.derived?.input.value ?? {};
    expect(Object.keys(copies)).toHaveLength(10);
    view.finalize();
  });
});
