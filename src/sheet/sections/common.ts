// Small pieces the section builders share.

import type { ChartRole, RegionRole } from "../../charts/roles.js";
import type { ChartSpec } from "../../charts/types.js";
import { numericValue } from "../../data/types.js";
import type { MunicipalityRecord, Series } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { numberAt } from "../figures.js";
import { formatNumber, formatPercent } from "../format.js";
import type { Block, FigureFormat, TextBlock } from "../model.js";

/** A number as printed, or SSB's ".." when it cannot be computed. */
export function printNumber(value: number | null, decimals = 0): string {
  return value === null ? ".." : formatNumber(value, decimals);
}

export function printPercent(value: number | null, decimals = 1): string {
  return value === null ? ".." : formatPercent(value, decimals);
}

/** A key figure's number as printed in its format: "38 422", "16,9 %", or "..". */
export function printFigure(value: number | null, format: FigureFormat): string {
  return format.percent ? printPercent(value, format.decimals) : printNumber(value, format.decimals);
}

/** The block that stands where a table is missing from the dataset. */
export function notAvailableBlock(ctx: SheetContext, title: string, span: 1 | 2 = 1): TextBlock {
  return { kind: "text", title, paragraphs: [ctx.t("notAvailable")], source: "", footnotes: [], span };
}

/** The block that stands where the source has the figure but hides it (":"), saying so rather than "not available". */
export function suppressedBlock(ctx: SheetContext, title: string, source: string): TextBlock {
  return {
    kind: "text",
    title,
    paragraphs: [ctx.t("suppressed")],
    source,
    footnotes: [ctx.footnote(ctx.t("symbolsFootnote"))],
    span: 1,
  };
}

/** Rounds for chart data so the model holds what is drawn, not 15 decimals. */
export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function share(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole === 0 ? null : (part / whole) * 100;
}

export type { Block };

/** A series as an index (base year = 100) for the line-years chart, drawn in its role's colour and dash; years
 * without a number are left out. */
export function indexSeries(series: Series, baseYear: number, label: string, role: ChartRole) {
  const base = numberAt(series, baseYear);
  if (!base) return [];
  return series.flatMap((p) => {
    const value = numericValue(p.value);
    return value === null ? [] : [{ year: p.year, value: round((value / base) * 100, 1), series: label, role }];
  });
}

/** A column-wide line-years chart of index series (indexSeries), its axis not forced to start at zero. */
export function indexChart(data: ReturnType<typeof indexSeries>): ChartSpec {
  return { template: "line-years", data, width: GRID.columnWidth, height: GRID.chartHeight, params: { yZero: false } };
}

/** One bar per region that has a value, for the bars-horizontal chart: the municipality, its comparisons, the county
 * (unless the municipality is one) and the country. */
export function regionBars(
  ctx: SheetContext,
  figureOf: (region: MunicipalityRecord) => number | null,
  decimals = 1,
): { label: string; value: number; role: RegionRole; order: number }[] {
  const { record, county, country } = ctx.input;
  const rows: { label: string; value: number; role: RegionRole; order: number }[] = [];
  const add = (region: MunicipalityRecord, label: string, role: RegionRole) => {
    const value = figureOf(region);
    if (value !== null) rows.push({ label, value: round(value, decimals), role, order: rows.length });
  };
  add(record, record.shortName, "municipality");
  for (const neighbour of ctx.input.neighbours ?? []) add(neighbour.record, neighbour.record.shortName, "comparison");
  if (!ctx.input.countyIsMunicipality) add(county, county.shortName, "county");
  add(country, ctx.t("regions.country"), "country");
  return rows;
}

/** The height of a bars-horizontal chart with this many bars. */
export const barsHeight = (bars: number): number => Math.max(90, 16 * bars + 20);
