// Section 4, Befolkningsframskriving: the projection to 2050 with its low/high band, and the elderly.
import {
  AGED_67_TO_79,
  AGED_80_PLUS,
  computeProjectedChange,
  type ProjectedAges,
  projectedSeries,
  projectionStart,
} from "../../indicators/catalogue.js";
import { personsAged } from "../../model/ages.js";
import { type MunicipalityRecord, OPEN_AGE, type Series } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { cellValue, makeFigure, printFigure, type TableRef, unitText } from "../figure.js";
import { latestNumber, numberAt } from "../figures.js";
import { formatNumber, formatPercent } from "../format.js";
import type { Block, SectionContent } from "../model.js";
import { indexChart, indexFigures, indexRows, joinSourceLines, notAvailableBlock, printNumber } from "./common.js";

/** Years shown in the projection table. */
const TABLE_YEARS = [2030, 2040, 2050];
/** First year of registered population in the projection chart. */
const HISTORY_FROM = 2000;

export function buildProjectionSection(ctx: SheetContext): SectionContent {
  const projection = ctx.record.projection;
  return {
    id: "projection",
    heading: ctx.t("sections.projection"),
    lead: projection ? ctx.t("leads.projection", { baseYear: projection.data.baseYear }) : ctx.t("notAvailable"),
    blocks: [projectionBandBlock(ctx), projectionAgeBlock(ctx), projectionTableBlock(ctx)],
  };
}

/** A projected series read from today: projectionStart, then the projection's years after it. */
function seriesFromToday(record: MunicipalityRecord, ages: ProjectedAges | null): Series {
  const start = projectionStart(record, ages);
  if (!start) return [];
  return [start, ...projectedSeries(record, ages).filter((p) => p.year > start.year)];
}

/** The sentence under the projection chart when the registered figure has already left the projection's band. */
function outsideBandNote(ctx: SheetContext): string | undefined {
  const projection = ctx.input.record.projection?.data;
  const now = latestNumber(ctx.input.record.population?.data.total);
  if (!projection || !now) return undefined;
  const low = numberAt(projection.low, now.year);
  const high = numberAt(projection.high, now.year);
  if (low === null || high === null || (now.value >= low && now.value <= high)) return undefined;
  return ctx.t("chartNotes.projectionOutsideBand", {
    year: now.year,
    registered: formatNumber(now.value),
    difference: now.value < low ? now.value - low : now.value - high,
    baseYear: projection.baseYear,
    low: formatNumber(low),
    high: formatNumber(high),
  });
}

function projectionBandBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const projection = record.projection;
  const lastYear = projection?.data.main.at(-1)?.year ?? 2050;
  const title = ctx.t("charts.projection", { fromYear: HISTORY_FROM, toYear: lastYear });
  if (!projection) return notAvailableBlock(ctx, title, 2);
  // The template tells the parts apart by these codes; the words it prints come from the params.
  const registered = "registrert";
  const projected = "framskrevet";
  // Registered years run up to the latest, past the projection's base year, so the reader sees where today's
  // figure lies against the band.
  const persons = unitText(ctx, "persons");
  const region = ctx.ownRegion();
  const population = record.population;
  const registeredLabel = ctx.t("series.registered");
  const registeredFigures = (population?.data.total ?? [])
    .filter((p) => p.year >= HISTORY_FROM)
    .map((p) =>
      makeFigure(ctx, {
        label: registeredLabel,
        region,
        ...cellValue(p.value),
        unit: persons,
        decimals: 0,
        year: p.year,
        source: population?.source ?? projection.source,
      }),
    );
  const history = registeredFigures.flatMap(({ year, value }) =>
    value === null ? [] : [{ year, value, low: null, high: null, kind: registered }],
  );
  const alternative = (label: string, series: Series, year: number) =>
    makeFigure(ctx, {
      label,
      region,
      ...cellValue(series.find((p) => p.year === year)?.value),
      unit: persons,
      decimals: 0,
      year,
      source: projection.source,
    });
  const [mainLabel, lowLabel, highLabel] = [ctx.t("series.main"), ctx.t("series.low"), ctx.t("series.high")];
  const projectedFigures = projection.data.main.map((p) => ({
    main: alternative(mainLabel, projection.data.main, p.year),
    low: alternative(lowLabel, projection.data.low, p.year),
    high: alternative(highLabel, projection.data.high, p.year),
  }));
  const future = projectedFigures.flatMap(({ main, low, high }) =>
    main.value === null
      ? []
      : [{ year: main.year, value: main.value, low: low.value, high: high.value, kind: projected }],
  );
  const now = latestNumber(record.population?.data.total);
  return {
    kind: "chart",
    id: "framskriving",
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
    note: outsideBandNote(ctx),
    source: ctx.sourceLine(projection.source, [projection.data.baseYear]),
    footnotes: ctx.notesOf(projection.notes),
    span: 2,
    figures: [...registeredFigures, ...projectedFigures.flatMap(({ main, low, high }) => [main, low, high])],
  };
}

function projectionAgeBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const projection = record.projection;
  const fromYear = projectionStart(record, null)?.year ?? ctx.input.dataset.dataYear;
  const title = ctx.t("charts.projectionAge", { year: fromYear });
  if (!projection || projection.data.byAgeGroup.length === 0) return notAvailableBlock(ctx, title);
  const lastYear = projection.data.main.at(-1)?.year ?? 2050;
  const series = (label: string, ages: ProjectedAges | null) =>
    indexFigures(ctx, seriesFromToday(record, ages), fromYear, {
      label,
      region: ctx.ownRegion(),
      source: projection.source,
    });
  const total = series(ctx.t("series.total"), null);
  const aged67to79 = series(ctx.t("series.age67to79"), AGED_67_TO_79);
  const aged80 = series(ctx.t("series.age80plus"), AGED_80_PLUS);
  const data = [
    // Age groups are not regions: series colours, so the 80+ line never reads as the country.
    ...indexRows(total, ctx.t("series.total"), "series1"),
    ...indexRows(aged67to79, ctx.t("series.age67to79"), "series2"),
    ...indexRows(aged80, ctx.t("series.age80plus"), "series3"),
  ];
  const change80 = computeProjectedChange(record, AGED_80_PLUS, lastYear);
  const changeTotal = computeProjectedChange(record, null, lastYear);
  return {
    kind: "chart",
    id: "framskriving-alder",
    title,
    chart: indexChart(data),
    alt: ctx.t("alt.projectionAge", {
      change80: change80?.percent ?? 0,
      percent80: change80 ? formatPercent(Math.abs(change80.percent), 0) : "..",
      changeTotal: changeTotal?.percent ?? 0,
      percentTotal: changeTotal ? formatPercent(Math.abs(changeTotal.percent), 0) : "..",
      fromYear,
      toYear: lastYear,
    }),
    source: ctx.sourceLine(projection.source, [projection.data.baseYear]),
    footnotes: [],
    span: 1,
    figures: [...total, ...aged67to79, ...aged80],
  };
}

function projectionTableBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const projection = record.projection;
  const title = ctx.t("tables.projectionTable");
  if (!projection) return notAvailableBlock(ctx, title);
  const elderly80 = projectedSeries(record, AGED_80_PLUS);
  // The first row is today's registered figure, the start every alternative is read from (as in the chart), in the
  // main column only: the alternatives do not differ in a year already counted.
  const population = record.population;
  const registered = latestNumber(population?.data.total);
  const region = ctx.ownRegion();
  const persons = unitText(ctx, "persons");
  const figure = (label: string, year: number, value: number | null, source: TableRef) =>
    makeFigure(ctx, { label, region, value, unit: persons, decimals: 0, year, source });
  const registeredRows =
    population && registered
      ? [
          {
            label: ctx.t("tables.registeredYear", { year: registered.year }),
            cells: [
              null,
              figure(ctx.t("series.registered"), registered.year, registered.value, population.source),
              null,
              figure(
                ctx.t("series.age80plus"),
                registered.year,
                population.data.ageYear === registered.year ? personsAged(population.data.byAge, 80, OPEN_AGE) : null,
                population.source,
              ),
            ],
          },
        ]
      : [];
  const after = registered?.year ?? projection.data.baseYear - 1;
  const projectedRows = TABLE_YEARS.filter((year) => year > after).map((year) => ({
    label: String(year),
    cells: [
      figure(ctx.t("series.low"), year, numberAt(projection.data.low, year), projection.source),
      figure(ctx.t("series.main"), year, numberAt(projection.data.main, year), projection.source),
      figure(ctx.t("series.high"), year, numberAt(projection.data.high, year), projection.source),
      figure(ctx.t("series.age80plus"), year, numberAt(elderly80, year), projection.source),
    ],
  }));
  const rows = [...registeredRows, ...projectedRows];
  const sources = [ctx.sourceLine(projection.source, [projection.data.baseYear])];
  if (population && registered) sources.push(ctx.sourceLine(population.source, [registered.year]));
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
    rows: rows.map(({ label, cells }) => [label, ...cells.map((cell) => (cell ? printFigure(cell) : ""))]),
    highlightRow: -1,
    source: joinSourceLines(sources),
    footnotes: [],
    span: 1,
    figures: rows.flatMap(({ cells }) => cells.flatMap((cell) => cell ?? [])),
  };
}
