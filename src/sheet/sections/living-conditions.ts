// Section Levekår og boligmarked: persistent low income (SSB 12944), the price per m² of used dwellings (SSB 14545)
// and municipal dwellings per 1000 inhabitants with their trend (KOSTRA 12008), against the county and the country.
import { PERIOD_YEARS } from "../../data/cells.js";
import type { Cell } from "../../data/types.js";
import type { MunicipalityRecord, Series } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { changeBetween, latestNumber, numberAt } from "../figures.js";
import { formatCell, formatSigned, formatYearSpan } from "../format.js";
import type { Block, SectionContent } from "../model.js";
import { barsHeight, notAvailableBlock, printPercent, regionBars, suppressedBlock } from "./common.js";
import { joinSourceLines } from "./housing.js";

/** Years back the trend of municipal dwellings is measured over. */
export const MUNICIPAL_DWELLINGS_TREND_YEARS = 5;

export function buildLivingConditionsSection(ctx: SheetContext): SectionContent {
  return {
    id: "livingConditions",
    heading: ctx.t("sections.livingConditions"),
    lead: ctx.t(ctx.input.countyIsMunicipality ? "leads.livingConditionsCountry" : "leads.livingConditions", {
      county: ctx.input.county.shortName,
    }),
    blocks: [lowIncomeBlock(ctx), livingConditionsTable(ctx)],
  };
}

/** The years of 12944's three-year period that ends in `year`. */
export const lowIncomePeriod = (year: number): number[] =>
  Array.from({ length: PERIOD_YEARS }, (_, i) => year - PERIOD_YEARS + 1 + i);

const lowIncomeShare = (region: MunicipalityRecord, year: number): number | null =>
  numberAt(region.lowIncome?.data.share, year);

function lowIncomeBlock(ctx: SheetContext): Block {
  const { record, country } = ctx.input;
  const part = record.lowIncome;
  const latest = latestNumber(part?.data.share);
  const last = part?.data.share.at(-1);
  const periodOf = (year: number): string => formatYearSpan(lowIncomePeriod(year));
  if (!part || !latest) {
    const title = ctx.t("charts.lowIncome", { period: last ? periodOf(last.year) : "" });
    if (part && last?.value === ":")
      return suppressedBlock(ctx, title, ctx.sourceLine(part.source, lowIncomePeriod(last.year)));
    return notAvailableBlock(ctx, title);
  }
  const rows = regionBars(ctx, (region) => lowIncomeShare(region, latest.year));
  const period = periodOf(latest.year);
  return {
    kind: "chart",
    id: "lavinntekt",
    title: ctx.t("charts.lowIncome", { period }),
    chart: { template: "bars-horizontal", data: rows, width: GRID.columnWidth, height: barsHeight(rows.length) },
    alt: ctx.t("alt.lowIncome", {
      value: printPercent(latest.value),
      country: printPercent(lowIncomeShare(country, latest.year)),
      period,
    }),
    source: ctx.sourceLine(part.source, lowIncomePeriod(latest.year)),
    footnotes: ctx.notesOf(part.notes),
    span: 1,
  };
}

/** The cell a region prints for a year: its number, or SSB's symbol (":" suppressed) when it has none. */
const cellAt = (series: Series | undefined, year: number): Cell | undefined =>
  series?.find((p) => p.year === year)?.value;

function livingConditionsTable(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const regions = ctx.regions().map((region) => region.record);
  const rows: string[][] = [];
  const sources: string[] = [];
  const footnotes: number[] = [];
  let symbolShown = false;
  const printed = (cell: Cell | undefined, decimals: number): string => {
    if (typeof cell === "string" && cell !== "-") symbolShown = true;
    return formatCell(cell ?? "..", decimals);
  };

  const prices = record.housePrices;
  // The latest year the municipality has a row for, even when its price is hidden: the sheet shows the ":".
  const priceYear = prices?.data.pricePerM2.at(-1)?.year;
  if (prices && priceYear !== undefined) {
    rows.push([
      ctx.t("tables.pricePerM2", { year: priceYear }),
      ...regions.map((r) => printed(cellAt(r.housePrices?.data.pricePerM2, priceYear), 0)),
    ]);
    rows.push([
      ctx.t("tables.transactions", { year: priceYear }),
      ...regions.map((r) => printed(cellAt(r.housePrices?.data.transactions, priceYear), 0)),
    ]);
    sources.push(ctx.sourceLine(prices.source, [priceYear]));
    footnotes.push(...ctx.notesOf(prices.notes));
  }

  const dwellings = record.municipalDwellings;
  const latest = latestNumber(dwellings?.data.per1000);
  if (dwellings && latest) {
    const from = latest.year - MUNICIPAL_DWELLINGS_TREND_YEARS;
    rows.push([
      ctx.t("tables.municipalDwellings", { year: latest.year }),
      ...regions.map((r) => printed(cellAt(r.municipalDwellings?.data.per1000, latest.year), 1)),
    ]);
    const changes = regions.map((r) => changeBetween(r.municipalDwellings?.data.per1000, from, latest.year));
    rows.push([
      ctx.t("tables.municipalDwellingsChange", { from, to: latest.year }),
      ...changes.map((change) => (change === null ? ".." : formatSigned(change.absolute, 1))),
    ]);
    const shownYears = changes[0] === null ? [latest.year] : [from, latest.year];
    sources.push(ctx.sourceLine(dwellings.source, shownYears));
    // The county's and the country's columns carry how their rate was computed.
    const aggregateNotes = ctx.input.country.municipalDwellings?.notes ?? [];
    footnotes.push(...ctx.notesOf([...dwellings.notes, ...aggregateNotes]));
  }

  const title = ctx.t("tables.livingConditions");
  if (rows.length === 0) return notAvailableBlock(ctx, title);
  if (symbolShown) footnotes.push(ctx.footnote(ctx.t("symbolsFootnote")));
  return {
    kind: "table",
    title,
    columns: [ctx.t("tables.indicator"), ...ctx.regions().map((region) => region.label)],
    numeric: [false, ...regions.map(() => true)],
    rows,
    highlightRow: -1,
    source: joinSourceLines(sources),
    footnotes: [...new Set(footnotes)].sort((a, b) => a - b),
    span: 1,
  };
}
