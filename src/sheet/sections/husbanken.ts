// Section 5, Husbankens virkemidler: startlån and bostøtte per 1000 inhabitants against comparisons, county and
// country, and the municipality's own figures for the last years.
import type { HusbankenUse, MunicipalityRecord } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { latestNumber, numberAt, per1000 } from "../figures.js";
import { formatNumber } from "../format.js";
import type { Block, SectionContent } from "../model.js";
import { barsHeight, notAvailableBlock, printNumber, regionBars, suppressedBlock } from "./common.js";

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

/** A Husbanken measure per 1000 inhabitants in a year. */
export function husbankenPer1000(record: MunicipalityRecord, measure: keyof HusbankenUse, year: number): number | null {
  return per1000(numberAt(record.husbanken?.data[measure], year), record, year);
}

function perInhabitantBlock(
  ctx: SheetContext,
  measure: keyof HusbankenUse,
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
      );
    }
    return notAvailableBlock(ctx, title);
  }
  const year = latest.year;
  const rows = regionBars(ctx, (region) => husbankenPer1000(region, measure, year));
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
      country: printNumber(husbankenPer1000(country, measure, year), 1),
      year,
    }),
    source: ctx.sourceLine(husbanken.source, [year]),
    footnotes: ctx.notesOf(husbanken.notes),
    span: 1,
  };
}

function husbankenTableBlock(ctx: SheetContext): Block {
  const husbanken = ctx.record.husbanken;
  const title = ctx.t("tables.husbankenTable");
  if (!husbanken) return notAvailableBlock(ctx, title, 2);
  const last = latestNumber(husbanken.data.startLoanCount)?.year ?? ctx.input.dataset.dataYear - 1;
  const years = Array.from({ length: TABLE_YEARS }, (_, i) => last - TABLE_YEARS + 1 + i);
  const cell = (measure: keyof HusbankenUse, year: number, scale = 1, decimals = 0) => {
    const value = husbanken.data[measure].find((p) => p.year === year)?.value;
    if (value === undefined) return "..";
    return typeof value === "number" ? formatNumber(value / scale, decimals) : value;
  };
  const hasSymbol = (["startLoanCount", "startLoanAmount", "housingAllowanceHouseholds"] as const).some((m) =>
    husbanken.data[m].some((p) => years.includes(p.year) && typeof p.value === "string"),
  );
  return {
    kind: "table",
    title,
    columns: [
      ctx.t("tables.year"),
      ctx.t("tables.startLoanCount"),
      ctx.t("tables.startLoanAmount"),
      ctx.t("tables.housingAllowance"),
      ctx.t("tables.rentalGrant"),
      ctx.t("tables.adaptationGrant"),
    ],
    numeric: [false, true, true, true, true, true],
    rows: years.map((year) => [
      String(year),
      cell("startLoanCount", year),
      cell("startLoanAmount", year, 1000, 1),
      cell("housingAllowanceHouseholds", year),
      cell("rentalGrantDwellings", year),
      cell("adaptationGrants", year),
    ]),
    highlightRow: -1,
    // The years of rows with at least one number: a year of ".." only is no figure from the source.
    source: ctx.sourceLine(
      husbanken.source,
      years.filter((year) => Object.values(husbanken.data).some((series) => numberAt(series, year) !== null)),
    ),
    footnotes: hasSymbol ? [ctx.footnote(ctx.t("symbolsFootnote"))] : [],
    span: 2,
  };
}
