// The page rule on plain heights: where sections break, where headings repeat, how charts shrink and grow.
import { describe, expect, it } from "vitest";
import {
  emptyShare,
  type FlowSection,
  MAX_EMPTY_SHARE,
  MAX_GROWTH,
  MIN_SHRINK,
  type PlannedPage,
  planPages,
} from "../../src/pdf/page-plan.js";

/** Pages of 100 points from 0; the first page's flow starts at 0 too. */
const AREA = { firstTop: 0, top: 0, bottom: 100 };

/** A row of `fixed` points of text and `chart` points of chart. */
const row =
  (fixed: number, chart = 0) =>
  (scale: number) =>
    fixed + Math.round(chart * scale);

const section = (rows: FlowSection["rows"], heading = 10): FlowSection => ({
  heading,
  continuedHeading: 6,
  rows,
  gapAfter: 0,
});

const kinds = (page: PlannedPage) =>
  page.placements.map((placement) =>
    placement.kind === "row" ? `row ${placement.section}.${placement.row}` : `${placement.kind} ${placement.section}`,
  );

describe("planning pages", () => {
  it("continues a section on the next page under its repeated heading", () => {
    const pages = planPages([section([row(40), row(40), row(40)])], AREA);
    expect(pages.map(kinds)).toEqual([
      ["heading 0", "row 0.0", "row 0.1"],
      ["continuedHeading 0", "row 0.2"],
    ]);
    expect(pages[1]?.placements[1]?.y).toBe(6);
  });

  it("moves the first row below the first page's header to the next page when it does not fit there", () => {
    const pages = planPages([section([row(50)])], { firstTop: 60, top: 0, bottom: 100 });
    expect(pages.map(kinds)).toEqual([[], ["heading 0", "row 0.0"]]);
    expect(pages[1]?.end).toBe(60);
  });

  it("never leaves a heading at a page's foot without its first row", () => {
    const pages = planPages([section([row(70)]), section([row(25)])], AREA);
    expect(pages.map(kinds)).toEqual([
      ["heading 0", "row 0.0"],
      ["heading 1", "row 1.0"],
    ]);
  });

  it("draws a row's charts smaller to fit a page's foot, but not below MIN_SHRINK", () => {
    // 70 points left after the first section; the second one's row needs 30 + 45 × scale.
    const fits = planPages([section([row(20)]), section([row(30, 45)], 0)], AREA);
    expect(fits).toHaveLength(1);
    const shrunk = fits[0]?.placements.at(-1);
    expect(shrunk?.kind === "row" && shrunk.scale).toBeLessThan(1);
    expect(shrunk?.kind === "row" && shrunk.scale).toBeGreaterThanOrEqual(MIN_SHRINK);
    expect(fits[0]?.end).toBeLessThanOrEqual(100);
    // A row that would need charts below MIN_SHRINK goes to the next page at its own size.
    const breaks = planPages([section([row(20)]), section([row(30, 60)], 0)], AREA);
    expect(breaks.map(kinds)).toEqual([["heading 0", "row 0.0"], ["row 1.0"]]);
  });

  it("grows the charts of a page left too empty until it is full, and leaves the last page as it is", () => {
    // Page 1 holds 10 + 50 and has 40 empty: its chart (30 of the 50) grows, at most MAX_GROWTH times.
    const pages = planPages([section([row(20, 30), row(25, 50)]), section([row(4)])], AREA);
    expect(pages.map(kinds)).toEqual([
      ["heading 0", "row 0.0"],
      ["continuedHeading 0", "row 0.1", "heading 1", "row 1.0"],
    ]);
    const [first, last] = pages as [PlannedPage, PlannedPage];
    expect(emptyShare(60, 0, 100)).toBeGreaterThan(MAX_EMPTY_SHARE);
    expect(first.placements[1]).toMatchObject({ scale: MAX_GROWTH });
    expect(first.end).toBe(10 + 20 + Math.round(30 * MAX_GROWTH));
    expect(last.placements.every((placement) => placement.kind !== "row" || placement.scale === 1)).toBe(true);
  });

  it("grows a page no further than fills it", () => {
    const pages = planPages([section([row(10, 60)]), section([row(50)])], AREA);
    const first = pages[0] as PlannedPage;
    expect(first.end).toBeLessThanOrEqual(100);
    expect(first.end).toBeGreaterThan(99);
    const grown = first.placements[1];
    expect(grown?.kind === "row" && grown.scale).toBeGreaterThan(1);
  });
});
