// Section 3, Boligbygging og boligbehov: dwellings started and completed, and the households the projection implies.
import { CONSTRUCTION_YEARS, recentCompletionRates } from "../../indicators/catalogue.js";
import type { MunicipalityRecord } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { cellValue, makeFigure, unitText } from "../figure.js";
import { numberAt } from "../figures.js";
import { formatNumber, formatYearSpan } from "../format.js";
import { estimateHousingNeed, type HousingNeed } from "../housing-need.js";
import type { Block, Figure, SectionContent } from "../model.js";
import { joinSourceLines, notAvailableBlock, printNumber } from "./common.js";

/** Years of construction shown in the chart. */
const CHART_YEARS = 10;

export function buildConstructionSection(ctx: SheetContext): SectionContent {
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
  if (recent.mean < 1) return ctx.t("need.completedUnderOne", { period, belowOne: recent.mean - 1 });
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
  const unit = unitText(ctx, "dwellings");
  const figures = series.flatMap(([label, points]) =>
    points
      .filter((p) => p.year >= firstYear && p.year <= lastYear)
      .map((p) =>
        makeFigure(ctx, {
          label,
          region: ctx.ownRegion(),
          ...cellValue(p.value),
          unit,
          decimals: 0,
          year: p.year,
          source: construction.source,
        }),
      ),
  );
  const data = figures.flatMap(({ year, value, label }) =>
    value === null || year === null ? [] : [{ year, value, series: label }],
  );
  if (data.length === 0) return notAvailableBlock(ctx, title);
  const footnotes = [
    ...(figures.some((figure) => figure.value === null) ? [ctx.footnote(ctx.t("symbolsFootnote"))] : []),
    ...ctx.notesOf(construction.notes),
  ];
  // The years with a number, not the chart's window: Haram, split from Ålesund in 2024, has none before 2024.
  const shownYears = data.map((row) => row.year);
  const source = ctx.sourceLine(construction.source, shownYears);
  // Bars of height zero draw an empty frame with a lone "0" on the axis: the sentence says it instead.
  if (data.every((row) => row.value === 0)) {
    const paragraph = ctx.t("need.noneStartedOrCompleted", { years: formatYearSpan(shownYears) });
    return { kind: "text", title, paragraphs: [paragraph], source, footnotes, span: 1, figures };
  }
  return {
    kind: "chart",
    id: "boligbygging",
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
    figures,
  };
}

/** Decimals of a mean a year: one below 10 so small municipalities read "2,4", not "2". */
function perYearDecimals(perYear: number): number {
  return Math.abs(perYear) < 10 ? 1 : 0;
}

/** A mean a year, without sign (perYearDecimals). */
export function formatPerYear(perYear: number): string {
  return formatNumber(Math.abs(perYear), perYearDecimals(perYear));
}

/** An estimate after "om lag", without sign: whole units and at most two significant digits (3 338 → 3 300). */
export function formatAbout(value: number): string {
  return formatNumber(aboutValue(value));
}

/** The number "om lag" prints, without sign, for comparing with what the sheet prints. */
function aboutValue(value: number): number {
  const size = Math.abs(value);
  const factor = size < 100 ? 1 : 10 ** (Math.floor(Math.log10(size)) - 1);
  return Math.round(size / factor) * factor;
}

/** Where an estimate of the change in households lands: at most one household either way over the whole period
 * reads as "about as many as today". */
type Direction = "more" | "same" | "fewer";
const directionOf = (households: number): Direction =>
  Math.abs(households) < 1.5 ? "same" : households > 0 ? "more" : "fewer";

/** "mellom 130 og 150 per år": estimates a year, as sizes (smaller first), in the words of their range. */
function describePerYear(ctx: SheetContext, smaller: number, larger: number): string {
  // Under one household a year rounds to 0 after "om lag": it gets its own words.
  if (larger < 0.5) return ctx.t("need.perYear.underOne", { belowOne: larger - 1 });
  if (smaller < 0.5) return ctx.t("need.perYear.upTo", { high: formatAbout(larger) });
  if (formatAbout(smaller) === formatAbout(larger)) return ctx.t("need.perYear.about", { count: formatAbout(larger) });
  return ctx.t("need.perYear.range", { low: formatAbout(smaller), high: formatAbout(larger) });
}

/** The change in households as the range between the estimates ("mellom 1 300 og 1 500 flere husholdninger"), and
 * a year when both ends go the same way. */
function describeChange(ctx: SheetContext, need: HousingNeed): { change: string; perYear: string | null } {
  const years = need.toYear - need.fromYear;
  const low = directionOf(need.low);
  const high = directionOf(need.high);
  if (low === "fewer" && high === "more")
    return {
      change: ctx.t("need.change.fewerToMore", {
        fewer: formatAbout(need.low),
        more: formatAbout(need.high),
        low: need.low,
        high: need.high,
      }),
      perYear: null,
    };
  if (low === "same" && high === "same") return { change: ctx.t("need.change.same"), perYear: null };
  // Both ends one way (or one of them about as many as today): sizes, smaller first.
  const [smaller, larger] = high === "fewer" || low === "fewer" ? [need.high, need.low] : [need.low, need.high];
  const perYear = describePerYear(ctx, Math.abs(smaller) / years, Math.abs(larger) / years);
  if (low === "same") {
    return { change: ctx.t("need.change.sameToMore", { more: formatAbout(need.high), high: need.high }), perYear };
  }
  if (high === "same") {
    return { change: ctx.t("need.change.fewerToSame", { fewer: formatAbout(need.low), low: need.low }), perYear };
  }
  // Both ends the same way: the direction word follows either.
  const change =
    formatAbout(smaller) === formatAbout(larger)
      ? ctx.t("need.change.about", { count: formatAbout(larger), change: need.high })
      : ctx.t("need.change.range", { low: formatAbout(smaller), high: formatAbout(larger), change: need.high });
  return { change, perYear };
}

/** The words of a housing-need estimate the section and the key finding share. */
export function describeNeed(ctx: SheetContext, need: HousingNeed) {
  return {
    fromYear: need.fromYear,
    toYear: need.toYear,
    stable: directionOf(need.low) === "same" && directionOf(need.high) === "same",
    ...describeChange(ctx, need),
  };
}

/** The method in one sentence: which household sizes the ends of the range rest on, with their years. */
function describeMethod(ctx: SheetContext, need: HousingNeed): string {
  const size = formatNumber(need.householdSize, 2);
  if (!need.trend) return ctx.t("need.methodConstant", { sizeYear: need.sizeYear, size });
  return ctx.t("need.methodTrend", {
    sizeYear: need.sizeYear,
    size,
    toYear: need.toYear,
    trendFrom: need.trend.fromYear,
    fromSize: formatNumber(need.trend.fromSize, 2),
  });
}

/** Which verdict the completions and the range support, judged against the printed ends of the range; none when
 * nothing was built and nothing is needed. */
function compareWithNeed(need: HousingNeed, recent: RecentCompletions): string | null {
  const high = directionOf(need.high);
  if (high === "fewer") return "verdictDecline";
  if (high === "same") return recent.mean > 0 ? "verdictAbove" : null;
  const years = need.toYear - need.fromYear;
  const printed = (households: number) =>
    households / years < 0.5 ? households / years : aboutValue(households / years);
  if (recent.mean >= printed(need.high)) return "verdictAbove";
  if (directionOf(need.low) === "more" && recent.mean < printed(need.low)) return "verdictBelow";
  return "verdictWithin";
}

function housingNeedBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const title = ctx.t("tables.need");
  const need = estimateHousingNeed(record, ctx.input.dataset.dataYear);
  const recent = recentCompletions(record);
  if (!need || !record.projection || !record.households) return notAvailableBlock(ctx, title);
  const paragraphs = [ctx.paragraph([ctx.t("need.households", describeNeed(ctx, need)), describeMethod(ctx, need)])];
  if (recent) {
    const completions = describeCompletions(ctx, recent);
    paragraphs.push(
      ctx.t("need.completed", { completions: completions.charAt(0).toUpperCase() + completions.slice(1) }),
    );
    const verdict = compareWithNeed(need, recent);
    if (verdict)
      paragraphs.push(
        ctx.t(`need.${verdict}`, {
          years: formatYears(recent),
          fromYear: need.fromYear,
          toYear: need.toYear,
          households: need.high,
        }),
      );
  }
  paragraphs.push(ctx.t("need.caveat"));
  const sources = [
    ctx.sourceLine(record.projection.source, [record.projection.data.baseYear]),
    ctx.sourceLine(record.households.source, need.trend ? [need.trend.fromYear, need.sizeYear] : [need.sizeYear]),
  ];
  if (record.construction && recent) sources.push(ctx.sourceLine(record.construction.source, [recent.from, recent.to]));
  const method = need.trend
    ? ctx.t("need.sourceMethod", { trendYears: `${need.trend.fromYear}–${need.sizeYear}` })
    : ctx.t("need.sourceMethodConstant", { sizeYear: need.sizeYear });
  return {
    kind: "text",
    title,
    paragraphs,
    source: `${joinSourceLines(sources)}; ${method}`,
    footnotes: [],
    span: 1,
    figures: housingNeedFigures(ctx, need, recent),
  };
}

/** The estimates the text gives as a rounded range, the household sizes they rest on, and the completions a year. */
function housingNeedFigures(ctx: SheetContext, need: HousingNeed, recent: RecentCompletions | null): Figure[] {
  const { record } = ctx.input;
  const region = ctx.ownRegion();
  const households = record.households!.source;
  const estimate = ctx.texts.text("figures.computedFrom", {
    sources: [record.projection!.source, households].map((source) => ctx.sourceName(source)).join("; "),
  });
  const change = (label: string, value: number) =>
    makeFigure(ctx, {
      label: ctx.texts.text(label),
      region,
      value,
      unit: unitText(ctx, "households"),
      decimals: 0,
      year: need.toYear,
      fromYear: need.fromYear,
      source: estimate,
    });
  const size = (year: number, value: number) =>
    makeFigure(ctx, {
      label: ctx.texts.text("figures.householdSize"),
      region,
      value,
      unit: unitText(ctx, "personsPerHousehold"),
      decimals: 2,
      year,
      source: households,
    });
  return [
    change("figures.householdsLow", need.low),
    change("figures.householdsHigh", need.high),
    ...(need.trend ? [size(need.trend.fromYear, need.trend.fromSize)] : []),
    size(need.sizeYear, need.householdSize),
    ...(recent && record.construction
      ? [
          makeFigure(ctx, {
            label: ctx.texts.text("figures.completedMean"),
            region,
            value: recent.mean,
            unit: unitText(ctx, "dwellingsPerYear"),
            decimals: perYearDecimals(recent.mean),
            year: recent.to,
            fromYear: recent.from,
            source: record.construction.source,
          }),
        ]
      : []),
  ];
}
