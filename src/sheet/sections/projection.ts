// Section 4, Befolkningsframskriving: the projection to 2050 with its low/high band, and the elderly.
import { numericValue } from "../../data/types.js";
import type { AgeGroup, MunicipalityRecord, Series } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { changeBetween, latestNumber, numberAt } from "../figures.js";
import { formatNumber, formatSigned } from "../format.js";
import type { Block, Section } from "../model.js";
import { indexChart, indexSeries, notAvailableBlock, printNumber } from "./common.js";

/** Years shown in the projection table. */
const TABLE_YEARS = [2030, 2040, 2050];
/** First year of registered population in the projection chart. */
const HISTORY_FROM = 2000;

export function buildProjectionSection(ctx: SheetContext): Section {
  const projection = ctx.record.projection;
  return {
    id: "projection",
    heading: ctx.t("sections.projection"),
    lead: projection ? ctx.t("leads.projection", { baseYear: projection.data.baseYear }) : ctx.t("notAvailable"),
    blocks: [projectionBandBlock(ctx), projectionAgeBlock(ctx), projectionTableBlock(ctx)],
  };
}

/** The sum of several age groups' main-alternative series, year by year. */
export function sumAgeGroups(record: MunicipalityRecord, groups: readonly AgeGroup[]): Series {
  const parts = (record.projection?.data.byAgeGroup ?? []).filter((g) => groups.includes(g.group));
  if (parts.length !== groups.length) return [];
  const years = parts[0]?.main.map((p) => p.year) ?? [];
  return years.map((year) => {
    const values = parts.map((part) => numberAt(part.main, year));
    return { year, value: values.some((v) => v === null) ? ".." : values.reduce<number>((a, b) => a + (b ?? 0), 0) };
  });
}

export const ELDERLY_80: readonly AgeGroup[] = ["80-89", "90+"];

function projectionBandBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const projection = record.projection;
  const lastYear = projection?.data.main.at(-1)?.year ?? 2050;
  const title = ctx.t("charts.projection", { fromYear: HISTORY_FROM, toYear: lastYear });
  if (!projection) return notAvailableBlock(ctx, title, 2);
  // The template tells the parts apart by these codes; the words it prints come from the params.
  const registered = "registrert";
  const projected = "framskrevet";
  const history = (record.population?.data.total ?? [])
    .filter((p) => p.year >= HISTORY_FROM && p.year <= projection.data.baseYear)
    .flatMap((p) => {
      const value = numericValue(p.value);
      return value === null ? [] : [{ year: p.year, value, low: null, high: null, kind: registered }];
    });
  const future = projection.data.main.flatMap((p) => {
    const value = numericValue(p.value);
    if (value === null) return [];
    return [
      {
        year: p.year,
        value,
        low: numberAt(projection.data.low, p.year),
        high: numberAt(projection.data.high, p.year),
        kind: projected,
      },
    ];
  });
  const now = latestNumber(record.population?.data.total);
  return {
    kind: "chart",
    title,
    chart: {
      template: "projection-band",
      data: [...history, ...future],
      width: GRID.fullWidth,
      height: GRID.wideChartHeight,
      params: {
        labelMain: ctx.t("series.main"),
        labelHigh: ctx.t("series.high"),
        labelLow: ctx.t("series.low"),
        labelProjected: ctx.t("series.projectedLabel"),
      },
    },
    alt: ctx.t("alt.projection", {
      now: now ? formatNumber(now.value) : "..",
      nowYear: now?.year ?? "",
      main: printNumber(numberAt(projection.data.main, lastYear)),
      low: printNumber(numberAt(projection.data.low, lastYear)),
      high: printNumber(numberAt(projection.data.high, lastYear)),
      toYear: lastYear,
    }),
    source: ctx.sourceLine(projection.source, projection.data.baseYear),
    footnotes: ctx.notesOf(projection.notes),
    span: 2,
  };
}

function projectionAgeBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const projection = record.projection;
  const baseYear = projection?.data.baseYear ?? ctx.input.dataset.dataYear;
  const title = ctx.t("charts.projectionAge", { year: baseYear });
  if (!projection || projection.data.byAgeGroup.length === 0) return notAvailableBlock(ctx, title);
  const lastYear = projection.data.main.at(-1)?.year ?? 2050;
  const elderly80 = sumAgeGroups(record, ELDERLY_80);
  const data = [
    ...indexSeries(projection.data.main, baseYear, ctx.t("series.total")),
    ...indexSeries(sumAgeGroups(record, ["67-79"]), baseYear, ctx.t("series.age67to79")),
    ...indexSeries(elderly80, baseYear, ctx.t("series.age80plus")),
  ];
  const change80 = changeBetween(elderly80, baseYear, lastYear);
  const changeTotal = changeBetween(projection.data.main, baseYear, lastYear);
  return {
    kind: "chart",
    title,
    chart: indexChart(data),
    alt: ctx.t("alt.projectionAge", {
      change80: change80 ? formatSigned(change80.percent, 0, "\u00a0%") : "..",
      changeTotal: changeTotal ? formatSigned(changeTotal.percent, 0, "\u00a0%") : "..",
      fromYear: baseYear,
      toYear: lastYear,
    }),
    source: ctx.sourceLine(projection.source, projection.data.baseYear),
    footnotes: [],
    span: 1,
  };
}

function projectionTableBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const projection = record.projection;
  const title = ctx.t("tables.projectionTable");
  if (!projection) return notAvailableBlock(ctx, title);
  const elderly80 = sumAgeGroups(record, ELDERLY_80);
  const years = [projection.data.baseYear, ...TABLE_YEARS.filter((year) => year > projection.data.baseYear)];
  const rows = years.map((year) => [
    String(year),
    printNumber(numberAt(projection.data.low, year)),
    printNumber(numberAt(projection.data.main, year)),
    printNumber(numberAt(projection.data.high, year)),
    printNumber(numberAt(elderly80, year)),
  ]);
  return {
    kind: "table",
    title,
    columns: [
      ctx.t("tables.year"),
      ctx.t("tables.low"),
      ctx.t("tables.main"),
      ctx.t("tables.high"),
      ctx.t("series.age80plus"),
    ],
    numeric: [false, true, true, true, true],
    rows,
    highlightRow: -1,
    source: ctx.sourceLine(projection.source, projection.data.baseYear),
    footnotes: [],
    span: 1,
  };
}
