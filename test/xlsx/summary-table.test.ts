// `faktaark tall`'s table: a column per figure a sheet gives for its municipality as one number, series left out.
import { describe, expect, it } from "vitest";
import { buildSheetModel } from "../../src/sheet/build.js";
import type { SheetModel } from "../../src/sheet/model.js";
import { tabulateSummary } from "../../src/xlsx/summary-table.js";
import { makeTestInput, makeTestRecord } from "../sheet/fixture.js";

const testvik = buildSheetModel(makeTestInput());
const nordvik = buildSheetModel(makeTestInput({ record: makeTestRecord("4098", "Nordvik", 2) }));

describe("the summary table", () => {
  const { columns, rows } = tabulateSummary([testvik, nordvik]);
  const column = (label: string) => columns.findIndex((c) => c.label === label);

  it("has a row per municipality and the key figures as its first columns", () => {
    expect(rows.map((row) => [row.code, row.name])).toEqual([
      ["4099", "Testvik"],
      ["4098", "Nordvik"],
    ]);
    expect(columns.slice(0, 3).map((c) => [c.label, c.unit, c.year, c.fromYear])).toEqual([
      ["Folketall", "personer", 2025, undefined],
      ["Endring i folketallet", "%", 2025, 2015],
      ["Andel 67 år og eldre", "%", 2025, undefined],
    ]);
    expect(rows.map((row) => row.figures[0]?.value)).toEqual([12_500, 25_000]);
  });

  it("shows a number given twice on the sheet once (the population as a key figure and in the comparison table)", () => {
    expect(columns.filter((c) => c.label === "Folketall")).toHaveLength(1);
  });

  it("leaves out series over years, for every municipality alike", () => {
    for (const label of ["Igangsatte", "Fullførte", "Registrert", "Hovedalternativ", "Startlån, antall lån"])
      expect(column(label), label).toBe(-1);
    expect(column("Startlån")).toBeGreaterThan(-1);
  });

  it("keeps a suppressed figure as the municipality's missing figure", () => {
    const other = rows[0]!.figures[column("Andre")];
    expect(other).toMatchObject({ value: null, symbol: ":" });
  });

  it("refuses two different numbers for one column of one municipality", () => {
    const broken: SheetModel = {
      ...testvik,
      sections: testvik.sections.map((section) => ({
        ...section,
        blocks: section.blocks.map((block) => ({
          ...block,
          figures: block.figures.map((figure) =>
            figure.label === "Folketall" && figure.regionCode === "4099" ? { ...figure, value: 1 } : figure,
          ),
        })),
      })),
    };
    expect(() => tabulateSummary([broken])).toThrow("4099: «Folketall» (personer, 2025) is 12500 and 1");
  });
});
