// Section 2, Boforhold: dwellings by building type, owners and renters, crowding, household size.
import { type Cell, numericValue } from "../../data/types.js";
import { BUILDING_TYPES, type MunicipalityRecord } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { cellValue, makeFigure, PERCENT, unitText } from "../figure.js";
import { indicatorNumber, latestNumber } from "../figures.js";
import type { Block, SectionContent } from "../model.js";
import { notAvailableBlock, printPercent, share } from "./common.js";
import { RegionTable } from "./region-table.js";

export function buildHousingSection(ctx: SheetContext): SectionContent {
  return {
    id: "housing",
    heading: ctx.t("sections.housing"),
    lead: ctx.t(ctx.input.countyIsMunicipality ? "leads.housingCountry" : "leads.housing", {
      county: ctx.input.county.shortName,
    }),
    blocks: [buildingTypesBlock(ctx), housingConditionsBlock(ctx)],
  };
}

export function buildingTypeShare(record: MunicipalityRecord, type: (typeof BUILDING_TYPES)[number]): number | null {
  const dwellings = record.dwellings?.data;
  if (!dwellings) return null;
  return share(numericValue(dwellings.byBuildingType[type]), numericValue(dwellings.total));
}

function buildingTypesBlock(ctx: SheetContext): Block {
  const { record, country } = ctx.input;
  const dwellings = record.dwellings;
  const title = ctx.t("charts.buildingTypes", { year: dwellings?.data.year ?? "" });
  if (!dwellings) return notAvailableBlock(ctx, title);
  const regions = ctx.regions();
  const figures = BUILDING_TYPES.flatMap((type) => {
    const label = ctx.t(`buildingTypes.${type}`);
    return regions.map((region) => {
      const value = buildingTypeShare(region.record, type);
      return makeFigure(ctx, {
        label,
        region,
        value,
        symbol: value === null ? cellValue(region.record.dwellings?.data.byBuildingType[type]).symbol : undefined,
        unit: PERCENT,
        decimals: 1,
        year: dwellings.data.year,
        source: region.record.dwellings?.source ?? dwellings.source,
      });
    });
  });
  // A share without a number has no bar: never a bar of 0.
  const data = BUILDING_TYPES.flatMap((_, order) =>
    regions.flatMap((region, r) => {
      const figure = figures[order * regions.length + r];
      return figure?.value === null || figure === undefined
        ? []
        : [{ category: figure.label, region: region.label, role: region.role, value: figure.value, order }];
    }),
  );
  return {
    kind: "chart",
    id: "boligtyper",
    title,
    chart: {
      template: "share-compare",
      data,
      width: GRID.columnWidth,
      height: GRID.chartHeight + 30,
      params: ctx.regionNames(),
    },
    alt: ctx.t("alt.buildingTypes", {
      detachedShare: printPercent(buildingTypeShare(record, "detached")),
      countryDetached: printPercent(buildingTypeShare(country, "detached")),
    }),
    source: ctx.sourceLine(dwellings.source, [dwellings.data.year]),
    footnotes: ctx.notesOf(dwellings.notes),
    span: 1,
    figures,
  };
}

function housingConditionsBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const table = new RegionTable(ctx);
  if (record.tenure) {
    const year = record.tenure.data.year;
    const spec = { unit: PERCENT, decimals: 1, year };
    table.addFigure(ctx.t("tables.renters", { year }), record.tenure.source, spec, (r) => ({
      value: indicatorNumber(r, "andel_leiere"),
    }));
    table.cite(ctx.sourceLine(record.tenure.source, [year]), ctx.notesOf(record.tenure.notes));
  }
  if (record.crowding) {
    // A municipality whose shares are all hidden or missing still gets its row, with SSB's symbol for the year.
    const year = latestNumber(record.crowding.data.share)?.year ?? record.crowding.data.share.at(-1)?.year;
    if (year !== undefined) {
      const spec = { unit: PERCENT, decimals: 1, year };
      table.addFigure(ctx.t("tables.crowded", { year }), record.crowding.source, spec, (r) =>
        shareCellValue(r.crowding?.data.share.find((p) => p.year === year)?.value),
      );
      table.cite(ctx.sourceLine(record.crowding.source, [year]), ctx.notesOf(record.crowding.notes));
    }
  }
  if (record.households) {
    const year = record.households.data.year;
    const spec = { unit: unitText(ctx, "personsPerHousehold"), decimals: 2, year };
    table.addFigure(ctx.t("tables.householdSize", { year }), record.households.source, spec, (r) => ({
      value: indicatorNumber(r, "husholdningsstorrelse"),
    }));
    table.cite(ctx.sourceLine(record.households.source, [year]));
  }
  return table.block(ctx.t("tables.housingConditions"));
}

/** A share as the sheet prints it, or SSB's symbol (":" suppressed, ".." missing) when there is no number; SSB's "-"
 * is a share of 0. */
function shareCellValue(cell: Cell | undefined): { value: number | null; symbol: string | undefined } {
  const { value, symbol } = cellValue(cell);
  return { value, symbol: symbol === "-" ? undefined : symbol };
}
