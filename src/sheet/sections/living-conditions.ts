// Section Levekår og boligmarked: persistent low income (SSB 12944), the price per m² of used dwellings (SSB 14545),
// municipal dwellings per 1000 inhabitants with their trend (KOSTRA 12008) and recipients of social assistance per
// 1000 inhabitants (KOSTRA 13995) and refugees settled per 1000 inhabitants over up to five years (IMDi), against the
// comparison municipalities, the county and the country.
import { PERIOD_YEARS } from "../../data/cells.js";
import type { MunicipalityRecord, Series } from "../../model/record.js";
import { SETTLEMENT_YEARS, settledPer1000, settlementWindow } from "../../model/refugees.js";
import { GRID, type SheetContext } from "../context.js";
import { cellValue, type FigureRegion, makeFigure, PERCENT, unitText } from "../figure.js";
import { changeBetween, latestNumber, numberAt } from "../figures.js";
import { formatYearSpan } from "../format.js";
import type { Block, SectionContent } from "../model.js";
import {
  barRegions,
  barRows,
  barsHeight,
  barsWithout,
  notAvailableBlock,
  printPercent,
  suppressedBlock,
} from "./common.js";
import { RegionTable } from "./region-table.js";

/** Years back the trend of municipal dwellings is measured over. */
export const MUNICIPAL_DWELLINGS_TREND_YEARS = 5;

export function buildLivingConditionsSection(ctx: SheetContext): SectionContent {
  return {
    id: "livingConditions",
    heading: ctx.t("sections.livingConditions"),
    lead: ctx.t(ctx.input.countyIsMunicipality ? "leads.livingConditionsCountry" : "leads.livingConditions", {
      county: ctx.input.county.shortName,
    }),
    // The table of every region's figures needs more than half the width: the chart (or what stands in its place)
    // takes the narrow column beside it.
    blocks: [{ ...lowIncomeBlock(ctx), span: "narrow" }, livingConditionsTable(ctx)],
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
  const figureOf = (region: FigureRegion, year: number, cell: { value: number | null; symbol?: string | undefined }) =>
    makeFigure(ctx, {
      label: ctx.t("figures.lowIncome"),
      region,
      ...cell,
      unit: PERCENT,
      decimals: 1,
      year,
      fromYear: year - PERIOD_YEARS + 1,
      source: (part as NonNullable<typeof part>).source,
    });
  if (!part || !latest) {
    const title = ctx.t("charts.lowIncome", { period: last ? periodOf(last.year) : "" });
    if (!part || last?.value !== ":") return notAvailableBlock(ctx, title);
    const source = ctx.sourceLine(part.source, lowIncomePeriod(last.year));
    return suppressedBlock(ctx, title, source, figureOf(ctx.ownRegion(), last.year, { value: null, symbol: ":" }));
  }
  const regions = barRegions(ctx);
  const figures = regions.map((region) =>
    figureOf(region, latest.year, { value: lowIncomeShare(region.record, latest.year) }),
  );
  const rows = barRows(regions, figures);
  const period = periodOf(latest.year);
  const countryShare = lowIncomeShare(country, latest.year);
  return {
    kind: "chart",
    id: "lavinntekt",
    title: ctx.t("charts.lowIncome", { period }),
    chart: { template: "bars-horizontal", data: rows, width: GRID.narrowColumnWidth, height: barsHeight(rows.length) },
    alt: ctx.t("alt.lowIncome", {
      value: printPercent(latest.value),
      country: countryShare === null ? "" : printPercent(countryShare),
      period,
    }),
    source: ctx.sourceLine(part.source, lowIncomePeriod(latest.year)),
    footnotes: [...ctx.notesOf(part.notes), ...barsWithout(ctx, regions, figures, period)],
    span: 1,
    figures,
  };
}

/** The cell a region has for a year: its number, or SSB's symbol (":" suppressed) when it has none. */
const cellAt = (series: Series | undefined, year: number) => cellValue(series?.find((p) => p.year === year)?.value);

function livingConditionsTable(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const table = new RegionTable(ctx, "regionRows");

  const prices = record.housePrices;
  // The latest year the municipality has a row for, even when its price is hidden: the sheet shows the ":".
  const priceYear = prices?.data.pricePerM2.at(-1)?.year;
  if (prices && priceYear !== undefined) {
    const spec = { decimals: 0, year: priceYear };
    table.addFigure(
      ctx.t("tables.pricePerM2", { year: priceYear }),
      prices.source,
      { ...spec, unit: unitText(ctx, "kronerPerM2") },
      (r) => cellAt(r.housePrices?.data.pricePerM2, priceYear),
    );
    table.addFigure(
      ctx.t("tables.transactions", { year: priceYear }),
      prices.source,
      { ...spec, unit: unitText(ctx, "dwellings") },
      (r) => cellAt(r.housePrices?.data.transactions, priceYear),
    );
    table.cite(ctx.sourceLine(prices.source, [priceYear]), ctx.notesOf(prices.notes));
  }

  const dwellings = record.municipalDwellings;
  const latest = latestNumber(dwellings?.data.per1000);
  if (dwellings && latest) {
    const year = latest.year;
    const from = year - MUNICIPAL_DWELLINGS_TREND_YEARS;
    const unit = unitText(ctx, "per1000");
    table.addFigure(ctx.t("tables.municipalDwellings", { year }), dwellings.source, { unit, decimals: 1, year }, (r) =>
      cellAt(r.municipalDwellings?.data.per1000, year),
    );
    const changeOf = (r: MunicipalityRecord) => changeBetween(r.municipalDwellings?.data.per1000, from, year);
    table.addFigure(
      ctx.t("tables.municipalDwellingsChange", { from, to: year }),
      dwellings.source,
      { unit, decimals: 1, year, fromYear: from },
      (r) => ({ value: changeOf(r)?.absolute ?? null }),
    );
    // The county's and the country's rows carry how their rate was computed.
    const aggregateNotes = ctx.input.country.municipalDwellings?.notes ?? [];
    table.cite(
      ctx.sourceLine(dwellings.source, changeOf(record) === null ? [year] : [from, year]),
      ctx.notesOf([...dwellings.notes, ...aggregateNotes]),
    );
  }

  const social = record.socialAssistance;
  // The latest year the municipality has a row for, even when its rate is hidden: the sheet shows the ":".
  const socialYear = social?.data.per1000.at(-1)?.year;
  if (social && socialYear !== undefined) {
    table.addFigure(
      ctx.t("tables.socialAssistance", { year: socialYear }),
      social.source,
      { unit: unitText(ctx, "per1000"), decimals: 1, year: socialYear },
      (r) => cellAt(r.socialAssistance?.data.per1000, socialYear),
    );
    table.cite(ctx.sourceLine(social.source, [socialYear]), ctx.notesOf(social.notes));
  }

  const refugees = record.refugees;
  const window = settlementWindow(refugees?.data.settled);
  if (refugees && window) {
    const years = formatYearSpan([window.from, window.to]);
    table.addFigure(
      ctx.t("tables.refugeesSettled", { years }),
      refugees.source,
      { unit: unitText(ctx, "per1000"), decimals: 1, year: window.to, fromYear: window.from },
      (r) => cellValue(settledPer1000(r, window)),
    );
    const note = ctx.footnote(
      ctx.t("tables.refugeesSettledNote", {
        years,
        fewer: window.years < SETTLEMENT_YEARS,
        populationYear: window.populationYear,
      }),
    );
    // The population the rate is per 1000 of is named in the note (SSB 07459), not in the table's source line.
    table.cite(ctx.sourceLine(refugees.source, [window.from, window.to]), [...ctx.notesOf(refugees.notes), note]);
  }

  return table.block(
    ctx.t("tables.livingConditions"),
    table.showsSymbol ? [ctx.footnote(ctx.t("symbolsFootnote"))] : [],
  );
}
