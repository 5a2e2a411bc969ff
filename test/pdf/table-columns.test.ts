import { describe, expect, it } from "vitest";
import { shareColumnWidths } from "../../src/pdf/table-columns.js";

describe("shareColumnWidths", () => {
  it("gives every column its natural width and the labels what is to spare when all fit", () => {
    expect(shareColumnWidths([100, 50, 40], [60, 40, 30], 250)).toEqual([160, 50, 40]);
  });

  it("keeps every word whole when the natural widths do not fit, sharing the rest by what each column lacks", () => {
    // Herøy's immigrant table: a long label column and three figure columns headed by long names.
    const widths = shareColumnWidths([170, 80, 75, 40], [90, 50, 45, 35], 270);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(270);
    for (const [index, least] of [90, 50, 45, 35].entries()) expect(widths[index]).toBeGreaterThanOrEqual(least);
    // 50 to share among 80 + 30 + 30 + 5 lacking: the label column gets most of it.
    expect(widths[0]).toBeCloseTo(90 + 80 * (50 / 145));
  });

  it("breaks words only when even the longest words do not fit, shrinking every column alike", () => {
    expect(shareColumnWidths([200, 100], [150, 50], 100)).toEqual([75, 25]);
  });
});
