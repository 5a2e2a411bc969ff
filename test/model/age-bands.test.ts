// Ages as SSB publishes them: single years, the groups of an analyst's export, and an age-group codelist whose codes
// say nothing of the ages (only its labels do). Each reaches the sheet's age shares the same way.
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/data/read-dataset.js";
import { findIndicator } from "../../src/indicators/catalogue.js";
import { joinRecords } from "../../src/model/join.js";
import { fakeDir } from "../data/fake-dir.js";

/** A 07459 cube for Porsgrunn in 2026 with one Alder category per [code, label, persons]. */
function ageCube(ages: readonly [string, string, number][]): string {
  return JSON.stringify({
    version: "2.0",
    class: "dataset",
    label: "07459: Befolkning, etter region, alder, statistikkvariabel og år",
    id: ["Region", "Alder", "ContentsCode", "Tid"],
    size: [1, ages.length, 1, 1],
    dimension: {
      Region: { category: { index: { "4001": 0 } } },
      Alder: {
        category: {
          index: Object.fromEntries(ages.map(([code], i) => [code, i])),
          label: Object.fromEntries(ages.map(([code, label]) => [code, label])),
        },
      },
      ContentsCode: { category: { index: { Personer1: 0 } } },
      Tid: { category: { index: { "2026": 0 } } },
    },
    role: { geo: ["Region"], time: ["Tid"], metric: ["ContentsCode"] },
    value: ages.map(([, , persons]) => persons),
  });
}

async function populationOf(cube: string) {
  const raw = await readDataset("/data", fakeDir({ "07459.json": cube }));
  const { records } = joinRecords(raw, { writtenForms: new Map() });
  const porsgrunn = records.find((record) => record.code === "4001");
  return { raw, porsgrunn, share67: findIndicator("andel_67_pluss")?.compute(porsgrunn!)?.value };
}

describe("ages as SSB publishes them", () => {
  it("reads an age-group codelist by its labels when its codes are not ages", async () => {
    const { raw, porsgrunn, share67 } = await populationOf(
      ageCube([
        ["F340", "0-66 år", 30_000],
        ["F341", "67 år eller eldre", 7_435],
      ]),
    );
    expect(raw.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(porsgrunn?.population?.data.byAge).toEqual([
      { first: 0, last: 66, persons: 30_000 },
      { first: 67, last: 200, persons: 7_435 },
    ]);
    expect(share67).toBeCloseTo((7_435 / 37_435) * 100, 10);
  });

  it("gives no age shares, rather than wrong ones, when the groups leave ages out", async () => {
    const { porsgrunn, share67 } = await populationOf(
      ageCube([
        ["000-019", "0-19 år", 8_000],
        ["067+", "67 år eller eldre", 7_435],
      ]),
    );
    expect(porsgrunn?.population?.data.byAge).toEqual([]);
    expect(share67).toBeUndefined();
  });
});
