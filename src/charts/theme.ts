// The sheet's chart look, shared by every template as Vega-Lite config (a template's own config wins).
// Greyscale print: the colours step in lightness, so they stay apart on a black-and-white printer.

import type { Config } from "vega-lite";

/** Dark blue, mid blue, light blue-grey, light grey and one warm accent; lightness 24, 54, 79, 86 and 60. */
export const PALETTE = {
  ink: "#1f3b5a",
  mid: "#5b84b1",
  light: "#b4c7dc",
  grey: "#d6d6d6",
  accent: "#d0702c",
  text: "#222222",
  muted: "#5c5c5c",
  rule: "#9a9a9a",
  grid: "#e4e4e4",
} as const;

/** Axis and label size in points (the sheet's body text is larger; 7.5 pt stays legible in print). */
const LABEL_SIZE = 7.5;

export const CHART_CONFIG: Config = {
  // node-canvas and CSS need a family with a digit quoted; PDF drawing maps weights onto the sheet's faces.
  font: "'Source Sans 3'",
  // Vega's background is ignored in PDF drawing (the page is the background); SVG for the web keeps white.
  padding: 1,
  view: { stroke: null },
  axis: {
    labelFontSize: LABEL_SIZE,
    titleFontSize: LABEL_SIZE,
    titleFontWeight: "normal",
    labelColor: PALETTE.text,
    titleColor: PALETTE.muted,
    domainColor: PALETTE.rule,
    tickColor: PALETTE.rule,
    domainWidth: 0.6,
    tickWidth: 0.6,
    tickSize: 3,
    labelPadding: 2,
    titlePadding: 4,
    gridColor: PALETTE.grid,
    gridWidth: 0.6,
    labelOverlap: true,
  },
  axisX: { grid: false },
  axisY: { grid: true, domain: false, ticks: false, tickCount: 5 },
  axisBand: { ticks: false, grid: false },
  legend: {
    orient: "top",
    direction: "horizontal",
    title: null,
    labelFontSize: LABEL_SIZE,
    labelColor: PALETTE.text,
    symbolSize: 50,
    symbolStrokeWidth: 1.6,
    columnPadding: 10,
    padding: 0,
    // Clears the top tick label of a left axis, which reaches half its height above the plot, under the legend.
    offset: 8,
  },
  text: { fontSize: LABEL_SIZE, color: PALETTE.text },
  line: { strokeWidth: 1.6, strokeCap: "butt" },
  bar: { binSpacing: 1 },
  range: { category: [PALETTE.ink, PALETTE.mid, PALETTE.light, PALETTE.accent, PALETTE.grey] },
};

/**
 * Vega's legend layout, which Vega-Lite's config does not pass on: a legend above the plot starts at the chart box's
 * left edge (axis labels included), not at the plot's, so legends with long names stay inside the chart box.
 */
export const VEGA_LEGEND_LAYOUT = { top: { anchor: "start", frame: "bounds" } } as const;
