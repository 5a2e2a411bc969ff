// Section 1, Befolkning: development since the first year, age structure, households, immigrants.

import type { RegionRole } from "../../charts/roles.js";
import { numericValue } from "../../data/types.js";
import { personsAged } from "../../model/ages.js";
import { HOUSEHOLD_TYPES, type MunicipalityRecord, OPEN_AGE } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { changeBetween, indicatorNumber, latestNumber, numberAt, SHEET_AGE_GROUPS } from "../figures.js";
import { formatNumber, formatPercent, formatSigned } from "../format.js";
import type { Block, SectionContent } from "../model.js";
import { indexChart, indexSeries, notAvailableBlock, printNumber, printPercent, round, share } from "./common.js";

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
  const data = ctx.regions().flatMap(({ record: region, label, role }) => {
    const total = (region.population?.data.total ?? []).filter((p) => p.year >= first.year && p.year <= latest.year);
    return indexSeries(total, first.year, label, role);
  });
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
 * and 25 years compare by what a year of age holds, and each bar's area is the group's share. */
function ageGroupsBlock(ctx: SheetContext): Block {
  const { record, country } = ctx.input;
  const population = record.population;
  const title = ctx.t("charts.ageGroups", { year: population?.data.ageYear ?? "" });
  if (!population || population.data.byAge.length === 0) return notAvailableBlock(ctx, title);
  const own = ageGroupShares(record).map((value) => (value === null ? null : round(value, 1)));
  const national = ageGroupShares(country).map((value) => (value === null ? null : round(value, 1)));
  const countryLabel = ctx.t("regions.country");
  const data = SHEET_AGE_GROUPS.flatMap(([group, firstAge, lastAge], index) => {
    const { from, to } = ageGroupSpan(firstAge, lastAge);
    const rows: [string, RegionRole, number | null | undefined][] = [
      [record.shortName, "municipality", own[index]],
      [countryLabel, "country", national[index]],
    ];
    return rows.flatMap(([region, role, value]) =>
      value === null || value === undefined
        ? []
        : [{ group, from, to, share: value, perYear: round(value / (to - from), 3), region, role }],
    );
  });
  const openGroup = SHEET_AGE_GROUPS.find(([, , lastAge]) => lastAge === OPEN_AGE)?.[0];
  const footnotes = own.some((v) => v === null) ? [ctx.footnote(ctx.t("symbolsFootnote"))] : [];
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
        ctx.t("alt.ageGroupShare", { group, share: printPercent(own[index] ?? null) }),
      ).join(", "),
      share67: printPercent(indicatorNumber(record, "andel_67_pluss")),
      country67: printPercent(indicatorNumber(country, "andel_67_pluss")),
    }),
    note: ctx.t("chartNotes.ageGroupsWidth", { openGroup, openYears: OPEN_GROUP_YEARS }),
    source: ctx.sourceLine(population.source, [population.data.ageYear]),
    footnotes: [...footnotes, ...ctx.notesOf(population.notes)],
    span: 1,
  };
}

function householdShares(record: MunicipalityRecord): Map<string, number | null> {
  const households = record.households?.data;
  const total = households ? numericValue(households.total) : null;
  return new Map(
    HOUSEHOLD_TYPES.map((type) => [type, share(households ? numericValue(households.byType[type]) : null, total)]),
  );
}

function householdTypesBlock(ctx: SheetContext): Block {
  const { record, country } = ctx.input;
  const households = record.households;
  const title = ctx.t("charts.householdTypes", { year: households?.data.year ?? "" });
  if (!households) return notAvailableBlock(ctx, title);
  const own = householdShares(record);
  const national = householdShares(country);
  const countryLabel = ctx.t("regions.country");
  const data = HOUSEHOLD_TYPES.flatMap((type, order) => {
    const category = ctx.t(`householdTypes.${type}`);
    const rows: [string, RegionRole, number | null | undefined][] = [
      [record.shortName, "municipality", own.get(type)],
      [countryLabel, "country", national.get(type)],
    ];
    return rows.flatMap(([region, role, value]) =>
      value === null || value === undefined ? [] : [{ category, region, role, value: round(value, 1), order }],
    );
  });
  const hasSymbols = [...own.values()].some((value) => value === null);
  const largest = HOUSEHOLD_TYPES.reduce((best, type) => ((own.get(type) ?? -1) > (own.get(best) ?? -1) ? type : best));
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
      largestShare: printPercent(own.get(largest) ?? null),
      largestType: ctx.t(`householdTypes.${largest}`).toLowerCase(),
    }),
    source: ctx.sourceLine(households.source, [households.data.year]),
    footnotes: [...(hasSymbols ? [ctx.footnote(ctx.t("symbolsFootnote"))] : []), ...ctx.notesOf(households.notes)],
    span: 1,
  };
}

function immigrantsBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const immigrants = record.immigrants;
  const title = ctx.t("keyFigures.immigrants");
  if (!immigrants) return notAvailableBlock(ctx, title);
  const latest = latestNumber(immigrants.data.immigrants);
  const year = latest?.year ?? ctx.input.dataset.dataYear;
  const row = (region: MunicipalityRecord) => {
    const population = numberAt(region.population?.data.total, year);
    const own = numberAt(region.immigrants?.data.immigrants, year);
    const born = numberAt(region.immigrants?.data.norwegianBornToImmigrantParents, year);
    return [printPercent(share(own, population)), printPercent(share(born, population))];
  };
  const regions = ctx.regions();
  return {
    kind: "table",
    title: `${title} ${year}`,
    columns: ["", ...regions.map((r) => r.label)],
    numeric: [false, ...regions.map(() => true)],
    rows: [
      [ctx.t("tables.immigrantShare"), ...regions.map((r) => row(r.record)[0]!)],
      [ctx.t("tables.bornToImmigrantsShare"), ...regions.map((r) => row(r.record)[1]!)],
      [
        ctx.t("tables.immigrantCount"),
        printNumber(numberAt(immigrants.data.immigrants, year)),
        ...regions.slice(1).map(() => ""),
      ],
    ],
    highlightRow: -1,
    // The year only when some column has a number for it (a municipality without figures falls back to the data year).
    source: ctx.sourceLine(
      immigrants.source,
      regions.some((r) => row(r.record).some((cell) => cell !== "..")) ? [year] : [],
    ),
    footnotes: ctx.notesOf(immigrants.notes),
    span: 1,
  };
}
