// Section 5, Husbankens virkemidler: startlån and bostøtte per 1000 inhabitants against comparisons, county and
// country, and the municipality's own figures for the last years.
import type { HusbankenMeasure, MunicipalityRecord } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { cellValue, makeFigure, printFigure, type UnitKey, unitText } from "../figure.js";
import { latestNumber, numberAt, per1000 } from "../figures.js";
import { joinList } from "../format.js";
import type { Block, SectionContent } from "../model.js";
import {
  barRegions,
  barRows,
  barsHeight,
  barsWithout,
  notAvailableBlock,
  printNumber,
  suppressedBlock,
} from "./common.js";

const TABLE_YEARS = 5;

export function buildHusbankenSection(ctx: SheetContext): SectionContent {
  return {
    id: "husbanken",
    heading: ctx.t("sections.husbanken"),
    lead: ctx.t(ctx.input.countyIsMunicipality ? "leads.husbankenCountry" : "leads.husbanken"),
    blocks: [
      perInhabitantBlock(ctx, "startLoanCount", "startLoans"),
      perInhabitantBlock(ctx, "housingAllowanceHouseholds", "housingAllowance"),
      husbankenTableBlock(ctx),
    ],
  };
}

/** A Husbanken measure per 1000 inhabitants in a year. For a county or the country with members whose count is
 * hidden, per 1000 inhabitants of the members in the sum: Rogaland's households with bostøtte without Utsira's,
 * divided by the population with Utsira's, would print too low a rate. */
export function husbankenPer1000(record: MunicipalityRecord, measure: HusbankenMeasure, year: number): number | null {
  const value = numberAt(record.husbanken?.data[measure], year);
  const hidden = hiddenPopulationAt(record, measure, year);
  if (hidden === undefined) return per1000(value, record, year);
  const population = numberAt(record.population?.data.total, year);
  if (value === null || hidden === null || population === null || population - hidden <= 0) return null;
  return (value / (population - hidden)) * 1000;
}

/** The inhabitants of an area's members whose count is hidden that year; undefined when none is, null when one of
 * them has no population figure. */
function hiddenPopulationAt(
  record: MunicipalityRecord,
  measure: HusbankenMeasure,
  year: number,
): number | null | undefined {
  const cell = record.husbanken?.data.hiddenPopulation?.[measure]?.find((point) => point.year === year)?.value;
  if (cell === undefined) return undefined;
  return typeof cell === "number" ? cell : null;
}

function perInhabitantBlock(
  ctx: SheetContext,
  measure: HusbankenMeasure,
  key: "startLoans" | "housingAllowance",
): Block {
  const { record, country } = ctx.input;
  const husbanken = record.husbanken;
  const latest = latestNumber(husbanken?.data[measure]);
  const title = ctx.t(`charts.${key}`, { year: latest?.year ?? "" });
  if (!husbanken || !latest) {
    // Figures that exist but are suppressed say so, rather than "not available".
    const last = husbanken?.data[measure].at(-1);
    if (husbanken && last?.value === ":") {
      return suppressedBlock(
        ctx,
        ctx.t(`charts.${key}`, { year: last.year }),
        ctx.sourceLine(husbanken.source, [last.year]),
        makeFigure(ctx, {
          label: ctx.t(`figures.${key}`),
          region: ctx.ownRegion(),
          value: null,
          symbol: last.value,
          unit: unitText(ctx, "per1000"),
          decimals: 1,
          year: last.year,
          source: husbanken.source,
        }),
      );
    }
    return notAvailableBlock(ctx, title);
  }
  const year = latest.year;
  const regions = barRegions(ctx);
  const unit = unitText(ctx, "per1000");
  const figures = regions.map((region) =>
    makeFigure(ctx, {
      label: ctx.t(`figures.${key}`),
      region,
      value: husbankenPer1000(region.record, measure, year),
      unit,
      decimals: 1,
      year,
      source: region.record.husbanken?.source ?? husbanken.source,
    }),
  );
  const rows = barRows(regions, figures);
  const countryValue = husbankenPer1000(country, measure, year);
  return {
    kind: "chart",
    id: key === "startLoans" ? "startlan" : "bostotte",
    title,
    chart: {
      template: "bars-horizontal",
      data: rows,
      width: GRID.columnWidth,
      height: barsHeight(rows.length),
    },
    alt: ctx.t(`alt.${key}`, {
      value: printNumber(husbankenPer1000(record, measure, year), 1),
      // Without the country's figure (a member lacks the year) the sentence leaves the comparison out.
      country: countryValue === null ? "" : printNumber(countryValue, 1),
      year,
    }),
    source: ctx.sourceLine(husbanken.source, [year]),
    footnotes: [
      ...ctx.notesOf(husbanken.notes),
      ...hiddenLeftOut(ctx, regions, measure, year),
      ...barsWithout(ctx, regions, figures, year),
    ],
    span: 1,
    figures,
  };
}

/** The note on the areas of a chart whose rate leaves out members with a hidden count. */
function hiddenLeftOut(
  ctx: SheetContext,
  regions: ReturnType<typeof barRegions>,
  measure: HusbankenMeasure,
  year: number,
): number[] {
  const names = regions
    .filter((region) => typeof hiddenPopulationAt(region.record, measure, year) === "number")
    .map((region) => region.label);
  if (names.length === 0) return [];
  return [ctx.footnote(ctx.t("chartNotes.hiddenLeftOut", { names: joinList(names, ctx.t("and")), year }))];
}

function husbankenTableBlock(ctx: SheetContext): Block {
  const husbanken = ctx.record.husbanken;
  const title = ctx.t("tables.husbankenTable");
  if (!husbanken) return notAvailableBlock(ctx, title, 2);
  const last = latestNumber(husbanken.data.startLoanCount)?.year ?? ctx.input.dataset.dataYear - 1;
  const years = Array.from({ length: TABLE_YEARS }, (_, i) => last - TABLE_YEARS + 1 + i);
  const columns: [HusbankenMeasure, string, UnitKey, number][] = [
    ["startLoanCount", "tables.startLoanCount", "loans", 0],
    ["startLoanAmount", "tables.startLoanAmount", "millionKroner", 1],
    ["housingAllowanceHouseholds", "tables.housingAllowance", "allowanceHouseholds", 0],
    ["rentalGrantDwellings", "tables.rentalGrant", "dwellings", 0],
    ["adaptationGrants", "tables.adaptationGrant", "grants", 0],
  ];
  const labels = columns.map(([, label]) => ctx.t(label));
  const units = columns.map(([, , unit]) => unitText(ctx, unit));
  const rows = years.map((year) =>
    columns.map(([measure, , , decimals], column) => {
      const { value, symbol } = cellValue(husbanken.data[measure].find((p) => p.year === year)?.value);
      return makeFigure(ctx, {
        label: labels[column]!,
        region: ctx.ownRegion(),
        // The source counts thousands of kroner; the table millions.
        value: value === null || measure !== "startLoanAmount" ? value : value / 1000,
        symbol,
        unit: units[column]!,
        decimals,
        year,
        source: husbanken.source,
      });
    }),
  );
  const hasSymbol = (["startLoanCount", "startLoanAmount", "housingAllowanceHouseholds"] as const).some((m) =>
    husbanken.data[m].some((p) => years.includes(p.year) && typeof p.value === "string"),
  );
  return {
    kind: "table",
    title,
    columns: [ctx.t("tables.year"), ...labels],
    numeric: [false, ...columns.map(() => true)],
    rows: years.map((year, index) => [String(year), ...rows[index]!.map(printFigure)]),
    highlightRow: -1,
    // The years of rows with at least one number: a year of ".." only is no figure from the source.
    source: ctx.sourceLine(
      husbanken.source,
      years.filter((year) => Object.values(husbanken.data).some((series) => numberAt(series, year) !== null)),
    ),
    footnotes: hasSymbol ? [ctx.footnote(ctx.t("symbolsFootnote"))] : [],
    span: 2,
    figures: rows.flat(),
  };
}
