// A region with no number for a bar chart's year (SSB's «..» or «:», or a county sum that lacks a member) gets no
// bar, and a footnote names it: it never leaves the chart unsaid.
import { describe, expect, it } from "vitest";
import type { MunicipalityRecord, Series } from "../../src/model/record.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import type { ChartBlock, SheetModel } from "../../src/sheet/model.js";
import { makeTestInput, makeTestRecord } from "./fixture.js";

/** The record with its last start-loan figure (2024) replaced by `value`. */
function lastStartLoans(record: MunicipalityRecord, value: ".." | ":"): MunicipalityRecord {
  const husbanken = record.husbanken!;
  const startLoanCount: Series = husbanken.data.startLoanCount.map((point) =>
    point.year === 2024 ? { year: 2024, value } : point,
  );
  return { ...record, husbanken: { ...husbanken, data: { ...husbanken.data, startLoanCount } } };
}

const chartOf = (model: SheetModel, id: string) =>
  model.sections.flatMap((section) => section.blocks).find((block) => block.kind === "chart" && block.id === id) as
    | ChartBlock
    | undefined;
const footnoteTexts = (model: SheetModel, numbers: readonly number[]) =>
  numbers.map((n) => model.footnotes[n - 1]!.text);

describe("bar charts: regions without a number", () => {
  it("draws every region and adds no footnote when all have numbers", () => {
    const chart = chartOf(buildSheetModel(makeTestInput()), "startlan")!;
    expect(chart.chart.data.map((bar) => bar.label)).toEqual(["Testvik", "Telemark", "Landet"]);
    expect(chart.footnotes).toEqual([]);
  });

  it("names the county whose start loans are missing, in bokmål and nynorsk", () => {
    for (const [lang, text] of [
      ["nb", "Uten søyle: Telemark har ikke tall for 2024."],
      ["nn", "Utan søyle: Telemark har ikkje tal for 2024."],
    ] as const) {
      const model = buildSheetModel(
        makeTestInput({ county: lastStartLoans(makeTestRecord("40", "Telemark", 10, 50), ".."), lang }),
      );
      const chart = chartOf(model, "startlan")!;
      expect(chart.chart.data.map((bar) => bar.label)).toEqual(["Testvik", "Landet"]);
      expect(footnoteTexts(model, chart.footnotes)).toEqual([text]);
    }
  });

  it("names a comparison municipality and the country together, joined with «og»", () => {
    const neighbour = lastStartLoans(makeTestRecord("4098", "Nabovik"), ":");
    const model = buildSheetModel(
      makeTestInput({
        neighbours: [{ record: neighbour, distance: 1, alikeOn: [] }],
        country: lastStartLoans(makeTestRecord("0", "Landet", 500, 200), ".."),
      }),
    );
    const chart = chartOf(model, "startlan")!;
    expect(chart.chart.data.map((bar) => bar.label)).toEqual(["Testvik", "Telemark"]);
    expect(footnoteTexts(model, chart.footnotes)).toEqual(["Uten søyle: Nabovik og Landet har ikke tall for 2024."]);
    // The alt text leaves out the comparison it has no number for, rather than «mot .. i landet».
    expect(chart.alt).toMatch(/^Stolpediagram\. Testvik hadde \d+,\d startlån per 1000 innbyggere i 2024\.$/);
  });
});
