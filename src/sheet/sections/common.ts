// Small pieces the section builders share.

import type { ChartRole } from "../../charts/roles.js";
import type { ChartSpec } from "../../charts/types.js";
import { numericValue } from "../../data/types.js";
import type { Series } from "../../model/record.js";
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
