// Section 3, Boligbygging og boligbehov: dwellings started and completed, and the households the projection implies.
import { numericValue } from "../../data/types.js";
import { CONSTRUCTION_YEARS, recentCompletionRates } from "../../indicators/catalogue.js";
import type { MunicipalityRecord } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { indicatorNumber, numberAt } from "../figures.js";
import { formatNumber, formatYearSpan } from "../format.js";
import type { Block, Section } from "../model.js";
import { notAvailableBlock, printNumber } from "./common.js";
import { joinSourceLines } from "./housing.js";

/** Years of construction shown in the chart. */
const CHART_YEARS = 10;
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

/** Completed dwellings a year on average, over the years of the indicator boligbygging_per_1000 that have a number
 * (one computation for the key figure, the finding and the section). */
export interface RecentCompletions {
  readonly from: number;
  readonly to: number;
  /** How many years in from–to have a number; fewer than the window when SSB has none for some. */
  readonly yearCount: number;
  /** Whether every year of the window has a number. */
  readonly allYears: boolean;
  readonly mean: number;
  readonly meanPer1000: number;
}

export function recentCompletions(record: MunicipalityRecord): RecentCompletions | null {
  const rates = recentCompletionRates(record);
  const first = rates[0];
  const last = rates.at(-1);
  if (!first || !last) return null;
  const meanOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    from: first.year,
    to: last.year,
    yearCount: rates.length,
    allYears: rates.length === CONSTRUCTION_YEARS,
    mean: meanOf(rates.map((rate) => rate.value)),
    meanPer1000: meanOf(rates.map((rate) => rate.per1000)),
  };
}

/** The years of an average as the sheet writes them: "2021–2025", "2025". */
export function formatYears(recent: RecentCompletions): string {
  return recent.from === recent.to ? `${recent.to}` : `${recent.from}–${recent.to}`;
}

/** "i 2024–2025, de to årene med tall": the period, and which years have numbers when not all do. */
export function completionPeriod(ctx: SheetContext, recent: RecentCompletions): string {
  const years = formatYears(recent);
  return !recent.allYears
    ? ctx.t("need.periodPartial", { years, yearsWithNumbers: ctx.t(`need.yearsWithNumbers.${recent.yearCount}`) })
    : ctx.t("need.period", { years });
}

/** What was completed, as a clause that reads the same in a main and a subordinate clause: none, under one a
 * year, or the mean a year, with its period. */
export function describeCompletions(ctx: SheetContext, recent: RecentCompletions): string {
  const period = completionPeriod(ctx, recent);
  if (recent.mean === 0) return ctx.t("need.completedNone", { period });
  if (recent.mean < 1) return ctx.t("need.completedUnderOne", { period });
  return ctx.t("need.completedMean", { completed: formatPerYear(recent.mean), period });
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
  if (data.length === 0) return notAvailableBlock(ctx, title);
  const footnotes = [
    ...(hasSymbols ? [ctx.footnote(ctx.t("symbolsFootnote"))] : []),
    ...ctx.notesOf(construction.notes),
  ];
  // The years with a number, not the chart's window: Haram, split from Ålesund in 2024, has none before 2024.
  const shownYears = data.map((row) => row.year);
  const source = ctx.sourceLine(construction.source, shownYears);
  // Bars of height zero draw an empty frame with a lone "0" on the axis: the sentence says it instead.
  if (data.every((row) => row.value === 0)) {
    const paragraph = ctx.t("need.noneStartedOrCompleted", { years: formatYearSpan(shownYears) });
    return { kind: "text", title, paragraphs: [paragraph], source, footnotes, span: 1 };
  }
  return {
    kind: "chart",
    title,
    chart: { template: "bars-years", data, width: GRID.columnWidth, height: GRID.chartHeight },
    alt: ctx.t("alt.construction", {
      completedLast: printNumber(numberAt(construction.data.completed, lastYear)),
      lastYear,
      completions: recent ? describeCompletions(ctx, recent) : "",
    }),
    source,
    footnotes,
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

/** A mean a year, without sign: one decimal below 10 so small municipalities read "2,4", not "2". */
export function formatPerYear(perYear: number): string {
  const size = Math.abs(perYear);
  return formatNumber(size, size < 10 ? 1 : 0);
}

/** An estimate after "om lag", without sign: whole units and at most two significant digits (3 338 → 3 300). */
export function formatAbout(value: number): string {
  const size = Math.abs(value);
  const factor = size < 100 ? 1 : 10 ** (Math.floor(Math.log10(size)) - 1);
  return formatNumber(Math.round(size / factor) * factor);
}

/** At most one household either way over the whole period reads as "about as many as today". */
export function isStableNeed(need: HousingNeed): boolean {
  return Math.abs(need.households) < 1.5;
}

/** The words of a housing-need estimate the section and the key finding share. */
export function describeNeed(need: HousingNeed) {
  return {
    fromYear: need.fromYear,
    toYear: need.toYear,
    stable: isStableNeed(need),
    growing: need.households >= 0,
    households: formatAbout(need.households),
    // Under one household a year rounds to 0 after "om lag": it gets its own words.
    underOnePerYear: Math.abs(need.perYear) < 0.5,
    perYear: formatAbout(need.perYear),
  };
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

/** Which verdict the completions and the projection support; none when nothing was built and nothing is needed. */
function compareWithNeed(need: HousingNeed, recent: RecentCompletions): string | null {
  if (isStableNeed(need)) return recent.mean > 0 ? "verdictAbove" : null;
  if (need.households < 0) return "verdictDecline";
  return recent.mean >= need.perYear ? "verdictAbove" : "verdictBelow";
}

function housingNeedBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const title = ctx.t("tables.need");
  const need = estimateHousingNeed(record, ctx.input.dataset.dataYear);
  const recent = recentCompletions(record);
  if (!need || !record.projection || !record.households) return notAvailableBlock(ctx, title);
  const paragraphs = [ctx.t("need.households", { ...describeNeed(need), size: formatNumber(need.householdSize, 2) })];
  if (recent) {
    const completions = describeCompletions(ctx, recent);
    paragraphs.push(
      ctx.t("need.completed", { completions: completions.charAt(0).toUpperCase() + completions.slice(1) }),
    );
    const verdict = compareWithNeed(need, recent);
    if (verdict)
      paragraphs.push(
        ctx.t(`need.${verdict}`, { years: formatYears(recent), fromYear: need.fromYear, toYear: need.toYear }),
      );
  }
  paragraphs.push(ctx.t("need.caveat"));
  const sources = [
    ctx.sourceLine(record.projection.source, [record.projection.data.baseYear]),
    ctx.sourceLine(record.households.source, [record.households.data.year]),
  ];
  if (record.construction && recent) sources.push(ctx.sourceLine(record.construction.source, [recent.from, recent.to]));
  return { kind: "text", title, paragraphs, source: joinSourceLines(sources), footnotes: [], span: 1 };
}
