// The sheet's chart look, shared by every template as Vega-Lite config (a template's own config wins).
// The colours of what a chart shows come from the roles (roles.ts): a template colours its marks by a `role` field
// whose domain lists the roles, and the category range below gives each its colour.

import type { Config } from "vega-lite";
import { CHART_ROLES, MUNICIPALITY_TINT, ROLE_COLOURS, SERIES_ROLES } from "./roles.js";

/** Text and lines that belong to no role. */
const PALETTE = {
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
  rule: { color: PALETTE.rule },
  // The one area drawn is the municipality's projection band.
  area: { color: MUNICIPALITY_TINT },
  range: {
    // Positions matter: a template's role domain (municipality, county, …) picks its colours by position here.
    category: CHART_ROLES.map((role) => ROLE_COLOURS[role]),
    // Series that are not regions, by their order in the data (a colour scale of type "ordinal").
    ordinal: SERIES_ROLES.map((role) => ROLE_COLOURS[role]),
  },
};

/**
 * Vega's legend layout, which Vega-Lite's config does not pass on: a legend above the plot starts at the chart box's
 * left edge (axis labels included), not at the plot's, so legends with long names stay inside the chart box.
 */
export const VEGA_LEGEND_LAYOUT = { top: { anchor: "start", frame: "bounds" } } as const;
