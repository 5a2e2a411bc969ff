// Small pieces the section builders share.

import type { ChartRole, RegionRole } from "../../charts/roles.js";
import type { ChartSpec } from "../../charts/types.js";
import type { MunicipalityRecord, Series } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { cellValue, type FigureRegion, makeFigure, type TableRef, unitText } from "../figure.js";
import { numberAt } from "../figures.js";
import { formatNumber, formatPercent, joinList } from "../format.js";
import type { Block, Figure, TextBlock } from "../model.js";

/** A number as printed, or SSB's ".." when it cannot be computed. */
export function printNumber(value: number | null, decimals = 0): string {
  return value === null ? ".." : formatNumber(value, decimals);
}

export function printPercent(value: number | null, decimals = 1): string {
  return value === null ? ".." : formatPercent(value, decimals);
}

/** The block that stands where a table is missing from the dataset. */
export function notAvailableBlock(ctx: SheetContext, title: string, span: 1 | 2 = 1): TextBlock {
  return { kind: "text", title, paragraphs: [ctx.t("notAvailable")], source: "", footnotes: [], span, figures: [] };
}

/** The block that stands where the source has the figure but hides it (":"), saying so rather than "not available". */
export function suppressedBlock(ctx: SheetContext, title: string, source: string, figure: Figure): TextBlock {
  return {
    kind: "text",
    title,
    paragraphs: [ctx.t("suppressed")],
    source,
    footnotes: [ctx.footnote(ctx.t("symbolsFootnote"))],
    span: 1,
    figures: [figure],
  };
}

/** The regions of a bars-horizontal chart: the municipality, its comparison municipalities, then the county (unless
 * the municipality is one) and the country. */
export function barRegions(
  ctx: SheetContext,
): { readonly record: MunicipalityRecord; readonly label: string; readonly role: RegionRole }[] {
  const [own, ...aggregates] = ctx.regions();
  return [
    own!,
    ...(ctx.input.neighbours ?? []).map(({ record: neighbour }) => ({
      record: neighbour,
      label: neighbour.shortName,
      role: "comparison" as RegionRole,
    })),
    ...aggregates,
  ];
}

/** The bars for one figure per region of barRegions (in its order); a region without a number has no bar. */
export function barRows(regions: ReturnType<typeof barRegions>, figures: readonly Figure[]) {
  return regions
    .flatMap((region, index) => {
      const value = figures[index]?.value ?? null;
      return value === null ? [] : [{ label: region.label, value, role: region.role }];
    })
    .map((row, order) => ({ ...row, order }));
}

/** The footnote naming the regions of barRegions that have no bar (no number for the year: SSB's «..» or «:», or a
 * county whose sum lacks a member), so that none leaves the chart unsaid. */
export function barsWithout(
  ctx: SheetContext,
  regions: ReturnType<typeof barRegions>,
  figures: readonly Figure[],
  year: number | string,
): number[] {
  const names = regions.filter((_, index) => (figures[index]?.value ?? null) === null).map((region) => region.label);
  if (names.length === 0) return [];
  return [ctx.footnote(ctx.t("chartNotes.barsWithout", { names: joinList(names, ctx.t("and")), year }))];
}

/** The height of a bars-horizontal chart with this many bars. */
export const barsHeight = (bars: number): number => Math.max(90, 16 * bars + 20);

export function share(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole === 0 ? null : (part / whole) * 100;
}

export type { Block };

/** A series as an index (base year = 100), one figure a year; a year without a number is missing, with its symbol. */
export function indexFigures(
  ctx: SheetContext,
  series: Series,
  baseYear: number,
  spec: { readonly label: string; readonly region: FigureRegion; readonly source: TableRef },
): Figure[] {
  const base = numberAt(series, baseYear);
  if (!base) return [];
  const unit = unitText(ctx, "index", { year: baseYear });
  return series.map((point) => {
    const { value, symbol } = cellValue(point.value);
    return makeFigure(ctx, {
      label: spec.label,
      region: spec.region,
      source: spec.source,
      value: value === null ? null : (value / base) * 100,
      symbol,
      unit,
      decimals: 1,
      year: point.year,
    });
  });
}

/** Index figures as the rows of the line-years chart, drawn in its role's colour and dash; years without a number
 * are left out. */
export function indexRows(figures: readonly Figure[], series: string, role: ChartRole) {
  return figures.flatMap((figure) =>
    figure.value === null || figure.year === null ? [] : [{ year: figure.year, value: figure.value, series, role }],
  );
}

/** A column-wide line-years chart of index series (indexSeries), its axis not forced to start at zero. */
export function indexChart(data: ReturnType<typeof indexRows>): ChartSpec {
  return { template: "line-years", data, width: GRID.columnWidth, height: GRID.chartHeight, params: { yZero: false } };
}

/** Several "Kilde: …" lines as one: "Kilde: SSB, tabell 11084 (2024); SSB, tabell 06070 (2025)". */
export function joinSourceLines(lines: readonly string[]): string {
  const unique = [...new Set(lines)];
  const first = unique[0];
  if (first === undefined || unique.length === 1) return first ?? "";
  const prefixEnd = first.indexOf(": ") + 2;
  return first.slice(0, prefixEnd) + unique.map((line) => line.slice(line.indexOf(": ") + 2)).join("; ");
}
