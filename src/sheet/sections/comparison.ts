// Section 6, Sammenligning: the municipality against its comparison municipalities, who they are and why,
// and its place in the indicator model.
import { KOSTRA_GROUPING } from "../../data/kostra-groups.js";
import { GRID, type SheetBenchmarkIndicator, type SheetContext, type SheetDriver } from "../context.js";
import { makeFigure, printFigure, unitText } from "../figure.js";
import { latestNumber } from "../figures.js";
import { formatYearSpan, joinList, round } from "../format.js";
import type { Block, Figure, SectionContent } from "../model.js";
import { printNumber, printPercent } from "./common.js";

/** Standard deviations beyond which a point is drawn at the edge, so one extreme value cannot squash the others. */
const CHART_LIMIT = 3;

export function buildComparisonSection(ctx: SheetContext): SectionContent {
  const blocks: Block[] = [];
  const benchmark = benchmarkBlock(ctx);
  if (benchmark) blocks.push(benchmark);
  blocks.push(neighboursTableBlock(ctx), methodBlock(ctx));
  return { id: "comparison", heading: ctx.t("sections.comparison"), lead: comparisonLead(ctx), blocks };
}

/** The lead names what chose the comparison municipalities: an adviser's list, or the rule (or that the rule found
 * no other municipality in the group or county). */
function comparisonLead(ctx: SheetContext): string {
  const { pool, manual } = ctx.input.comparison;
  if (manual > 0) return ctx.t("leads.comparisonManual");
  switch (pool.rule) {
    case "nearest":
      return ctx.t("leads.comparison");
    case "kostra":
      return ctx.t(pool.others === 0 ? "comparison.aloneKostra" : "leads.comparisonKostra", { group: pool.group });
    case "fylke":
      return ctx.t(pool.others === 0 ? "comparison.aloneFylke" : "leads.comparisonFylke", {
        county: ctx.input.county.shortName,
      });
  }
}

/** How the comparison municipalities were chosen: the advisers' list first, then the rule for the rest. */
function choiceParagraphs(ctx: SheetContext): string[] {
  const total = ctx.input.neighbours?.length ?? 0;
  const { pool, manual } = ctx.input.comparison;
  // The neighbours the rule chose: those after the advisers' list.
  const count = total - manual;
  const paragraphs = manual > 0 ? [ctx.t("comparison.manual", { manual, count: total, filled: count })] : [];
  if (manual > 0 && count === 0) return paragraphs;
  if (pool.rule === "nearest")
    return [...paragraphs, ctx.t(count > 0 ? "comparison.method" : "comparison.none", { count })];
  const place =
    pool.rule === "kostra"
      ? { group: pool.group, groupingYear: KOSTRA_GROUPING.year }
      : { county: ctx.input.county.shortName };
  // Alone in its group or county: the lead has said so.
  if (pool.others === 0) return paragraphs;
  if (count === 0) return [...paragraphs, ctx.t("comparison.none")];
  const chosen = { count, others: pool.others, all: count === pool.others, single: count === 1 };
  return [...paragraphs, ctx.t(`comparison.${pool.rule}`, { ...place, ...chosen })];
}

function benchmarkBlock(ctx: SheetContext): Block | null {
  // An indicator the municipality has no value for has no row: a footnote names it.
  const indicators = ctx.input.benchmark?.filter((indicator) =>
    indicator.values.some((value) => value.role === "municipality"),
  );
  if (!indicators || indicators.length === 0) return null;
  const data = indicators.flatMap((indicator) =>
    indicator.values.map((value) => {
      const capped = Math.max(-CHART_LIMIT, Math.min(CHART_LIMIT, value.z));
      return {
        indicator: indicator.label,
        value: round(capped, 2),
        // The true value beside a point drawn at the edge.
        ...(printNumber(capped, 1) === printNumber(value.z, 1) ? {} : { label: printNumber(value.z, 1) }),
        region: value.name,
        role: value.role,
      };
    }),
  );
  const footnotes = [ctx.footnote(ctx.t("comparison.benchmarkZero")), ...benchmarkYearNotes(ctx, indicators)];
  const missing = (ctx.input.benchmark ?? []).filter((indicator) => !indicators.includes(indicator));
  if (missing.length > 0)
    footnotes.push(
      ctx.footnote(
        ctx.t("comparison.benchmarkMissing", {
          labels: joinList(
            missing.map((indicator) => indicator.label.toLowerCase()),
            ctx.t("and"),
          ),
        }),
      ),
    );
  if (data.some((row) => "label" in row))
    footnotes.push(ctx.footnote(ctx.t("comparison.benchmarkCapped", { limit: CHART_LIMIT })));
  const source = benchmarkSource(ctx, indicators);
  return {
    kind: "chart",
    id: "sammenligning",
    title: ctx.t("charts.benchmark"),
    chart: {
      template: "benchmark-strip",
      data,
      width: GRID.fullWidth,
      height: 13 * indicators.length + 34,
      // The legend names the roles found in the rows (Oslo is its own county: no county rows, no county in it).
      params: { ...ctx.regionNames(), nameComparison: ctx.t("comparison.legendComparisons") },
    },
    alt: ctx.t("alt.benchmark", { count: indicators.length }),
    source,
    footnotes,
    span: 2,
    figures: benchmarkFigures(ctx, indicators),
  };
}

/** Every region's z-score on the indicators drawn, with the years and table of the municipality's own value (an
 * indicator the municipality has no value for is not drawn; a footnote names it). */
function benchmarkFigures(ctx: SheetContext, indicators: readonly SheetBenchmarkIndicator[]): Figure[] {
  const unit = unitText(ctx, "standardScore");
  return indicators.flatMap(({ label, source, values }) =>
    values.map((value) =>
      makeFigure(ctx, {
        label,
        region: { record: value, label: value.name },
        value: value.z,
        unit,
        decimals: 2,
        year: source?.toYear ?? null,
        fromYear: source?.fromYear,
        source: source ?? computedFrom(ctx, indicators),
      }),
    ),
  );
}

/** "beregnet fra SSB, tabell 07459; SSB, KLASS 128; …": the tables the standardised indicators rest on. */
function computedFrom(ctx: SheetContext, indicators: readonly SheetBenchmarkIndicator[]): string {
  const tables = new Set(
    indicators.flatMap((indicator) => (indicator.source ? [ctx.sourceName(indicator.source)] : [])),
  );
  return ctx.texts.text("figures.computedFrom", { sources: [...tables].join("; ") });
}

/** Footnotes for the means that rest on fewer years than their window ("snittet for 2024–2025, de to årene med tall"),
 * so a row of the chart never stands for years it has no numbers for. */
function benchmarkYearNotes(ctx: SheetContext, indicators: readonly SheetBenchmarkIndicator[]): number[] {
  return indicators.flatMap(({ label, source }) => {
    if (!source?.mean || source.mean.allYears || source.fromYear === null || source.toYear === null) return [];
    const { yearCount } = source.mean;
    const note = ctx.t("comparison.benchmarkPartialMean", {
      label,
      single: yearCount === 1,
      years: formatYearSpan([source.fromYear, source.toYear]),
      yearsWithNumbers: ctx.t(`need.yearsWithNumbers.${yearCount}`),
    });
    return [ctx.footnote(note)];
  });
}

/** "Kilde: SSB (2016–2026), sammenstilt …": the publishers and the years the municipality's values rest on. */
function benchmarkSource(ctx: SheetContext, indicators: readonly SheetBenchmarkIndicator[]): string {
  const sources = indicators.flatMap((indicator) => (indicator.source ? [indicator.source] : []));
  return ctx.t("comparison.benchmarkSource", {
    publishers: joinList([...new Set(sources.map((source) => source.publisher))], ctx.t("and")),
    years: formatYearSpan(sources.flatMap((source) => [source.fromYear, source.toYear].filter((y) => y !== null))),
  });
}

function neighboursTableBlock(ctx: SheetContext): Block {
  const neighbours = ctx.input.neighbours ?? [];
  // The distances rest on the same standardised figures as the chart above.
  const source = benchmarkSource(ctx, ctx.input.benchmark ?? []);
  const distanceSource = computedFrom(ctx, ctx.input.benchmark ?? []);
  const persons = unitText(ctx, "persons");
  const records = [ctx.record, ...neighbours.map((n) => n.record)];
  const rows = records.map((record, index) => {
    const population = latestNumber(record.population?.data.total);
    const neighbour = index === 0 ? null : neighbours[index - 1]!;
    const region = { record, label: record.shortName };
    return {
      region,
      population: makeFigure(ctx, {
        label: ctx.t("tables.population"),
        region,
        value: population?.value ?? null,
        unit: persons,
        decimals: 0,
        year: population?.year ?? ctx.input.dataset.dataYear,
        source: record.population?.source ?? source,
      }),
      distance: neighbour
        ? makeFigure(ctx, {
            label: ctx.t("tables.distance"),
            region,
            value: Number.isNaN(neighbour.distance) ? null : neighbour.distance,
            unit: unitText(ctx, "standardDeviations"),
            decimals: 2,
            year: ctx.input.dataset.dataYear,
            source: distanceSource,
          })
        : null,
      alikeOn: neighbour ? neighbour.alikeOn.join(", ") : "",
    };
  });
  return {
    kind: "table",
    title: ctx.t("tables.comparisonTable"),
    columns: [
      ctx.t("tables.municipality"),
      ctx.t("tables.population"),
      ctx.t("tables.distance"),
      ctx.t("tables.alikeOn"),
    ],
    numeric: [false, true, true, false],
    rows: rows.map((row) => [
      row.region.label,
      printFigure(row.population),
      row.distance ? printFigure(row.distance) : "",
      row.alikeOn,
    ]),
    highlightRow: 0,
    rowMunicipalities: records.map((record) => record.code),
    source,
    footnotes: [],
    span: 1,
    figures: rows.flatMap((row) => [row.population, ...(row.distance ? [row.distance] : [])]),
  };
}

function methodBlock(ctx: SheetContext): Block {
  const { rank, county, countyIsMunicipality } = ctx.input;
  const paragraphs = choiceParagraphs(ctx);
  if (rank) {
    paragraphs.push(
      ctx.t("comparison.rank", {
        national: rank.national,
        nationalCount: rank.nationalCount,
        // A county of one municipality (Oslo) adds no rank of its own.
        county: countyIsMunicipality ? null : rank.county,
        countyCount: rank.countyCount,
        countyName: county.shortName,
      }),
    );
    if (rank.drivers.length > 0)
      paragraphs.push(
        ctx.t(`comparison.drivers.${rank.direction}`, {
          drivers: joinList(
            rank.drivers.map((d) => printDriver(ctx, d)),
            ctx.t("and"),
          ),
          raising: rank.raisingCount,
          indicatorCount: rank.indicatorCount,
        }),
      );
  }
  return {
    kind: "text",
    title: ctx.t("comparison.methodTitle"),
    paragraphs,
    source: "",
    footnotes: [],
    span: 1,
    figures: rankFigures(ctx),
  };
}

/** The municipality's places in the indicator model's ranking, in the country and (unless it is its own county) in
 * the county. */
function rankFigures(ctx: SheetContext): Figure[] {
  const { rank, countyIsMunicipality, dataset } = ctx.input;
  if (!rank) return [];
  // The count ("av 17") stays in the text: in the unit it would part the counties' ranks into columns of their own
  // in `faktaark tall`.
  const place = (label: string, value: number) =>
    makeFigure(ctx, {
      label: ctx.texts.text(label),
      region: ctx.ownRegion(),
      value,
      unit: unitText(ctx, "rank"),
      decimals: 0,
      year: dataset.dataYear,
      source: ctx.texts.text("figures.rankSource"),
    });
  return [
    place("figures.rankNational", rank.national),
    ...(countyIsMunicipality ? [] : [place("figures.rankCounty", rank.county)]),
  ];
}

/** "startlån per 1000 innbyggere (4,1 mot 3,2, snitt 2023–2025)": the value, the mean it is measured from, the years. */
function printDriver(ctx: SheetContext, driver: SheetDriver): string {
  // As many decimals as it takes (up to two more) for the value to print on its side of the mean: "1,04 mot 0,98",
  // not "1,0 mot 1,0" for an indicator said to pull the score.
  let decimals = driver.decimals;
  const print = (value: number) => (driver.unit === "%" ? printPercent(value, decimals) : printNumber(value, decimals));
  while (print(driver.value) === print(driver.mean) && decimals < driver.decimals + 2) decimals++;
  const { fromYear, toYear, mean } = driver.source;
  const period =
    fromYear === null || toYear === null
      ? null
      : mean
        ? ctx.t("comparison.periodMean", { from: fromYear, to: toYear, single: mean.yearCount === 1, ...mean })
        : fromYear === toYear
          ? String(toYear)
          : ctx.t("comparison.periodChange", { from: fromYear, to: toYear });
  return ctx.t("comparison.driver", {
    label: driver.label,
    value: print(driver.value),
    mean: print(driver.mean),
    period,
  });
}
