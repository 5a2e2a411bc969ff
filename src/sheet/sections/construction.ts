// Section 3, Boligbygging og boligbehov: dwellings started and completed, and the households the projection implies.
import { numericValue } from "../../data/types.js";
import type { MunicipalityRecord } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { indicatorNumber, meanOver, numberAt } from "../figures.js";
import { formatNumber } from "../format.js";
import type { Block, Section } from "../model.js";
import { notAvailableBlock, printNumber } from "./common.js";
import { joinSourceLines } from "./housing.js";

/** Years of construction shown in the chart. */
const CHART_YEARS = 10;
/** Years averaged for "recent construction". */
const RECENT_YEARS = 5;
/** How far ahead the housing-need estimate looks. */
const NEED_HORIZON = 10;

export function buildConstructionSection(ctx: SheetContext): Section {
  return {
    id: "construction",
    heading: ctx.t("sections.construction"),
    lead: ctx.t("leads.construction"),
    blocks: [constructionChartBlock(ctx), housingNeedBlock(ctx)],
  };
}

/** The last year with completions, and the mean of completions over the RECENT_YEARS up to it. */
export function recentCompletions(record: MunicipalityRecord): { from: number; to: number; mean: number } | null {
  const completed = record.construction?.data.completed ?? [];
  const last = [...completed].reverse().find((p) => numericValue(p.value) !== null);
  if (!last) return null;
  const from = last.year - RECENT_YEARS + 1;
  const mean = meanOver(completed, from, last.year);
  return mean === null ? null : { from, to: last.year, mean };
}

function constructionChartBlock(ctx: SheetContext): Block {
  const construction = ctx.record.construction;
  const title = ctx.t("charts.construction");
  if (!construction) return notAvailableBlock(ctx, title);
  const recent = recentCompletions(ctx.record);
  const lastYear = recent?.to ?? ctx.input.dataset.dataYear - 1;
  const firstYear = lastYear - CHART_YEARS + 1;
  const series: [string, typeof construction.data.started][] = [
    [ctx.t("series.started"), construction.data.started],
    [ctx.t("series.completed"), construction.data.completed],
  ];
  let hasSymbols = false;
  const data = series.flatMap(([label, points]) =>
    points
      .filter((p) => p.year >= firstYear && p.year <= lastYear)
      .flatMap((p) => {
        const value = numericValue(p.value);
        if (value === null) hasSymbols = true;
        return value === null ? [] : [{ year: p.year, value, series: label }];
      }),
  );
  const footnotes = hasSymbols ? [ctx.footnote(ctx.t("symbolsFootnote"))] : [];
  return {
    kind: "chart",
    title,
    chart: { template: "bars-years", data, width: GRID.columnWidth, height: GRID.chartHeight },
    alt: ctx.t("alt.construction", {
      completedLast: printNumber(numberAt(construction.data.completed, lastYear)),
      lastYear,
      completedMean: recent ? formatNumber(recent.mean) : "..",
      from: recent?.from ?? "",
      to: recent?.to ?? "",
    }),
    source: ctx.sourceLine(construction.source, `${firstYear}–${lastYear}`),
    footnotes: [...footnotes, ...ctx.notesOf(construction.notes)],
    span: 1,
  };
}

export interface HousingNeed {
  readonly fromYear: number;
  readonly toYear: number;
  /** Change in households over the period (negative when the population shrinks). */
  readonly households: number;
  readonly perYear: number;
  readonly householdSize: number;
}

/** Households a year, without sign; small municipalities get a decimal so the sheet never says "0 per year". */
export function formatPerYear(perYear: number): string {
  const size = Math.abs(perYear);
  return formatNumber(size, size < 10 ? 1 : 0);
}

/** Projected change in households: projected population change divided by today's household size. */
export function estimateHousingNeed(record: MunicipalityRecord, dataYear: number): HousingNeed | null {
  const projection = record.projection?.data;
  const size = indicatorNumber(record, "husholdningsstorrelse");
  if (!projection || !size) return null;
  const fromYear = Math.max(projection.baseYear, dataYear);
  const toYear = Math.min(fromYear + NEED_HORIZON, projection.main.at(-1)?.year ?? fromYear);
  const start = numberAt(projection.main, fromYear);
  const end = numberAt(projection.main, toYear);
  if (start === null || end === null || toYear <= fromYear) return null;
  const households = (end - start) / size;
  return { fromYear, toYear, households, perYear: households / (toYear - fromYear), householdSize: size };
}

function housingNeedBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const title = ctx.t("tables.need");
  const need = estimateHousingNeed(record, ctx.input.dataset.dataYear);
  const recent = recentCompletions(record);
  if (!need || !record.projection || !record.households) return notAvailableBlock(ctx, title);
  const paragraphs = [
    ctx.t("need.households", {
      fromYear: need.fromYear,
      toYear: need.toYear,
      households: formatNumber(Math.abs(need.households)),
      growing: need.households >= 0,
      size: formatNumber(need.householdSize, 2),
      perYear: formatPerYear(need.perYear),
    }),
  ];
  if (recent) {
    paragraphs.push(
      ctx.t("need.completed", { completed: formatNumber(recent.mean), from: recent.from, to: recent.to }),
    );
    const verdict =
      need.households < 0 ? "verdictDecline" : recent.mean >= need.perYear ? "verdictAbove" : "verdictBelow";
    paragraphs.push(ctx.t(`need.${verdict}`));
  }
  paragraphs.push(ctx.t("need.caveat"));
  const sources = [
    ctx.sourceLine(record.projection.source, record.projection.data.baseYear),
    ctx.sourceLine(record.households.source, record.households.data.year),
  ];
  if (record.construction && recent)
    sources.push(ctx.sourceLine(record.construction.source, `${recent.from}–${recent.to}`));
  return { kind: "text", title, paragraphs, source: joinSourceLines(sources), footnotes: [], span: 1 };
}
