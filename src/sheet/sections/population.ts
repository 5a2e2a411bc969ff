// Section 1, Befolkning: development since the first year, age structure, households, immigrants.

import { numericValue } from "../../data/types.js";
import { personsAged } from "../../model/ages.js";
import { HOUSEHOLD_TYPES, type MunicipalityRecord, OPEN_AGE, type Series } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { cellValue, makeFigure, PERCENT, printFigure, unitText } from "../figure.js";
import { changeBetween, indicatorNumber, latestNumber, numberAt, SHEET_AGE_GROUPS } from "../figures.js";
import { formatNumber, formatPercent, formatSigned, round } from "../format.js";
import type { Block, SectionContent } from "../model.js";
import { indexChart, indexFigures, indexRows, notAvailableBlock, printNumber, printPercent, share } from "./common.js";

export function buildPopulationSection(ctx: SheetContext): SectionContent {
  const { record } = ctx.input;
  const population = record.population;
  const latest = latestNumber(population?.data.total);
  const first = population?.data.total.find((p) => numericValue(p.value) !== null);
  const change = latest && first ? changeBetween(population?.data.total, first.year, latest.year) : null;
  // The sentence says the direction in words ("29,2 % flere enn"), so the figure itself is unsigned.
  const changeText = change ? formatPercent(Math.abs(change.percent), 1) : "";
  const lead = latest
    ? ctx.t("leads.population", {
        population: formatNumber(latest.value),
        year: latest.year,
        change: changeText,
        difference: change?.absolute ?? 0,
        same: changeText === formatPercent(0, 1),
        fromYear: first?.year,
      })
    : ctx.t("notAvailable");
  return {
    id: "population",
    heading: ctx.t("sections.population"),
    lead,
    blocks: [populationIndexBlock(ctx), ageGroupsBlock(ctx), householdTypesBlock(ctx), immigrantsBlock(ctx)],
  };
}

function populationIndexBlock(ctx: SheetContext): Block {
  const record = ctx.record;
  const population = record.population;
  const latest = latestNumber(population?.data.total);
  const first = population?.data.total.find((p) => numericValue(p.value) !== null);
  const title = ctx.t("charts.populationIndex", { fromYear: first?.year ?? "" });
  if (!population || !latest || !first) return notAvailableBlock(ctx, title);
  const label = ctx.t("keyFigures.population");
  const series = ctx.regions().map((region) => {
    const total = (region.record.population?.data.total ?? []).filter(
      (p) => p.year >= first.year && p.year <= latest.year,
    );
    const source = region.record.population?.source ?? population.source;
    return { region, figures: indexFigures(ctx, total, first.year, { label, region, source }) };
  });
  const data = series.flatMap(({ region, figures }) => indexRows(figures, region.label, region.role));
  const countryChange = changeBetween(ctx.input.country.population?.data.total, first.year, latest.year);
  const change = changeBetween(population.data.total, first.year, latest.year);
  return {
    kind: "chart",
    id: "befolkning",
    title,
    chart: indexChart(data),
    alt: ctx.t("alt.populationIndex", {
      difference: change?.absolute ?? 0,
      from: printNumber(numberAt(population.data.total, first.year)),
      fromYear: first.year,
      to: formatNumber(latest.value),
      toYear: latest.year,
      change: change ? formatSigned(change.percent, 1, "\u00a0%") : "..",
      countryDifference: countryChange?.absolute ?? 0,
      countryChange: countryChange ? formatPercent(Math.abs(countryChange.percent), 1) : "..",
    }),
    source: ctx.sourceLine(population.source, [first.year, latest.year]),
    // The county's and the country's lines say how they were summed (years some municipalities lack).
    footnotes: ctx.notesOf([
      ...population.notes,
      ...ctx.regions().flatMap(({ record: region }) => (region === record ? [] : (region.population?.notes ?? []))),
    ]),
    span: 1,
    figures: series.flatMap(({ figures }) => figures),
  };
}

function ageGroupShares(record: MunicipalityRecord): (number | null)[] {
  const rows = record.population?.data.byAge ?? [];
  const all = rows.length > 0 ? personsAged(rows, 0, OPEN_AGE) : null;
  return SHEET_AGE_GROUPS.map(([, firstAge, lastAge]) => share(personsAged(rows, firstAge, lastAge), all));
}

/** How many years of age the open group ("90+") is drawn as: its width on the age axis, said under the chart. */
const OPEN_GROUP_YEARS = 10;

/** Where a group's bar spans on the age axis: from its first age to its last + 1, the open group OPEN_GROUP_YEARS. */
function ageGroupSpan(firstAge: number, lastAge: number): { from: number; to: number } {
  return { from: firstAge, to: lastAge === OPEN_AGE ? firstAge + OPEN_GROUP_YEARS : lastAge + 1 };
}

/** A histogram: each group's bar as wide as its years of age and as high as its share per year of age, so bands of 3
 * and 25 years compare by what a year of age holds, and each bar's area is the group's share. The figures are the
 * groups' shares. */
function ageGroupsBlock(ctx: SheetContext): Block {
  const { record, country } = ctx.input;
  const population = record.population;
  const title = ctx.t("charts.ageGroups", { year: population?.data.ageYear ?? "" });
  if (!population || population.data.byAge.length === 0) return notAvailableBlock(ctx, title);
  // The municipality against the country, as the chart compares them.
  const regions = ctx.regions().filter((region) => region.role !== "county");
  const shares = regions.map((region) => ageGroupShares(region.record));
  const figures = SHEET_AGE_GROUPS.flatMap(([group], index) => {
    const label = ctx.texts.text("figures.ageGroup", { group });
    return regions.map((region, r) =>
      makeFigure(ctx, {
        label,
        region,
        value: shares[r]?.[index] ?? null,
        unit: PERCENT,
        decimals: 1,
        year: population.data.ageYear,
        source: region.record.population?.source ?? population.source,
      }),
    );
  });
  const data = SHEET_AGE_GROUPS.flatMap(([group, firstAge, lastAge], index) => {
    const { from, to } = ageGroupSpan(firstAge, lastAge);
    return regions.flatMap((region, r) => {
      const value = figures[index * regions.length + r]?.value ?? null;
      return value === null
        ? []
        : [
            {
              group,
              from,
              to,
              share: value,
              perYear: round(value / (to - from), 3),
              region: region.label,
              role: region.role,
            },
          ];
    });
  });
  const own = figures.filter((figure) => figure.regionCode === record.code);
  const openGroup = SHEET_AGE_GROUPS.find(([, , lastAge]) => lastAge === OPEN_AGE)?.[0];
  const footnotes = own.some((figure) => figure.value === null) ? [ctx.footnote(ctx.t("symbolsFootnote"))] : [];
  return {
    kind: "chart",
    id: "aldersfordeling",
    title,
    chart: {
      template: "age-groups",
      data,
      width: GRID.columnWidth,
      height: GRID.chartHeight,
      params: ctx.regionNames(),
    },
    alt: ctx.t("alt.ageGroups", {
      shares: SHEET_AGE_GROUPS.map(([group], index) =>
        ctx.t("alt.ageGroupShare", { group, share: printFigure(own[index]!) }),
      ).join(", "),
      share67: printPercent(indicatorNumber(record, "andel_67_pluss")),
      country67: printPercent(indicatorNumber(country, "andel_67_pluss")),
    }),
    note: ctx.t("chartNotes.ageGroupsWidth", { openGroup, openYears: OPEN_GROUP_YEARS }),
    source: ctx.sourceLine(population.source, [population.data.ageYear]),
    footnotes: [...footnotes, ...ctx.notesOf(population.notes)],
    span: 1,
    figures,
  };
}

function householdTypesBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const households = record.households;
  const title = ctx.t("charts.householdTypes", { year: households?.data.year ?? "" });
  if (!households) return notAvailableBlock(ctx, title);
  const regions = ctx.regions().filter((region) => region.role !== "county");
  const figures = HOUSEHOLD_TYPES.flatMap((type) => {
    const label = ctx.t(`householdTypes.${type}`);
    return regions.map((region) => {
      const data = region.record.households?.data;
      const cell = data?.byType[type];
      const value = share(cell === undefined ? null : numericValue(cell), data ? numericValue(data.total) : null);
      return makeFigure(ctx, {
        label,
        region,
        value,
        symbol: value === null ? cellValue(cell).symbol : undefined,
        unit: PERCENT,
        decimals: 1,
        year: households.data.year,
        source: region.record.households?.source ?? households.source,
      });
    });
  });
  const data = HOUSEHOLD_TYPES.flatMap((_, order) =>
    regions.flatMap((region, r) => {
      const figure = figures[order * regions.length + r];
      return figure?.value === null || figure === undefined
        ? []
        : [{ category: figure.label, region: region.label, role: region.role, value: figure.value, order }];
    }),
  );
  const own = figures.filter((figure) => figure.regionCode === record.code);
  const hasSymbols = own.some((figure) => figure.value === null);
  const largest = own.reduce((best, figure) => ((figure.value ?? -1) > (best.value ?? -1) ? figure : best));
  return {
    kind: "chart",
    id: "husholdninger",
    title,
    chart: {
      template: "share-compare",
      data,
      width: GRID.columnWidth,
      height: GRID.chartHeight,
      params: ctx.regionNames(),
    },
    alt: ctx.t("alt.householdTypes", {
      largestShare: printFigure(largest),
      largestType: largest.label.toLowerCase(),
    }),
    source: ctx.sourceLine(households.source, [households.data.year]),
    footnotes: [...(hasSymbols ? [ctx.footnote(ctx.t("symbolsFootnote"))] : []), ...ctx.notesOf(households.notes)],
    span: 1,
    figures,
  };
}

function immigrantsBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const immigrants = record.immigrants;
  const title = ctx.t("keyFigures.immigrants");
  if (!immigrants) return notAvailableBlock(ctx, title);
  const latest = latestNumber(immigrants.data.immigrants);
  const year = latest?.year ?? ctx.input.dataset.dataYear;
  const regions = ctx.regions();
  const shareRow = (label: string, count: (region: MunicipalityRecord) => Series | undefined) =>
    regions.map((region) =>
      makeFigure(ctx, {
        label,
        region,
        value: share(numberAt(count(region.record), year), numberAt(region.record.population?.data.total, year)),
        unit: PERCENT,
        decimals: 1,
        year,
        source: region.record.immigrants?.source ?? immigrants.source,
      }),
    );
  const shares = [
    shareRow(ctx.t("tables.immigrantShare"), (region) => region.immigrants?.data.immigrants),
    shareRow(
      ctx.t("tables.bornToImmigrantsShare"),
      (region) => region.immigrants?.data.norwegianBornToImmigrantParents,
    ),
  ];
  const count = makeFigure(ctx, {
    label: ctx.t("tables.immigrantCount"),
    region: ctx.ownRegion(),
    value: numberAt(immigrants.data.immigrants, year),
    unit: unitText(ctx, "persons"),
    decimals: 0,
    year,
    source: immigrants.source,
  });
  return {
    kind: "table",
    title: `${title} ${year}`,
    columns: ["", ...regions.map((r) => r.label)],
    numeric: [false, ...regions.map(() => true)],
    rows: [
      ...shares.map((row) => [row[0]!.label, ...row.map(printFigure)]),
      [count.label, printFigure(count), ...regions.slice(1).map(() => "")],
    ],
    highlightRow: -1,
    // The year only when some column has a number for it (a municipality without figures falls back to the data year).
    source: ctx.sourceLine(
      immigrants.source,
      shares.some((row) => row.some((figure) => figure.value !== null)) ? [year] : [],
    ),
    footnotes: ctx.notesOf(immigrants.notes),
    span: 1,
    figures: [...shares.flat(), count],
  };
}
