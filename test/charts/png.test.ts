// A chart as a PNG (charts/png.ts): the sheet's faces under the name the theme uses, and the size Vega gives.
import { describe, expect, it } from "vitest";
import { drawChartPng, pngSizeOf } from "../../src/charts/png.js";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { CHART_CONFIG } from "../../src/charts/theme.js";
import { FONT_FAMILY } from "../../src/pdf/fonts.js";
import { readPng } from "./read-png.js";

describe("drawChartPng", () => {
  it("registers the sheet's faces under the family the chart theme names, quoted as node-canvas needs", () => {
    expect(CHART_CONFIG.font).toBe(`'${FONT_FAMILY}'`);
  });

  it("drops the fraction of a pixel when the box at 300 dpi is not whole pixels (148 pt: 616.7 px)", async () => {
    const renderer = await ChartRenderer.create();
    const chart = {
      template: "bars-horizontal",
      width: 248,
      height: 148,
      data: [
        { label: "Tromsø", value: 4.2, role: "municipality", order: 0 },
        { label: "Landet", value: 3.1, role: "country", order: 1 },
      ],
    };
    const png = await readPng(await drawChartPng(renderer, chart));
    expect(pngSizeOf(chart)).toEqual({ width: 1033, height: 616 });
    expect([png.width, png.height]).toEqual([1033, 616]);
    expect(png.pixel(0, 0)).toEqual([255, 255, 255, 255]);
  });
});
