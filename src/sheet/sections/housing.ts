// Section 2, Boforhold: dwellings by building type, owners and renters, crowding, household size.
import { type Cell, numericValue } from "../../data/types.js";
import { BUILDING_TYPES, type MunicipalityRecord } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { cellValue, makeFigure, PERCENT, printFigure, type TableRef, unitText } from "../figure.js";
import { indicatorNumber, latestNumber } from "../figures.js";
import type { Block, Figure, SectionContent } from "../model.js";
import { notAvailableBlock, printPercent, share } from "./common.js";

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
  const regions = ctx.regions();
  const rows: Figure[][] = [];
  const footnotes: number[] = [];
  const sources: string[] = [];
  /** One row: a figure per region, from the municipality's table. */
  const addRow = (
    label: string,
    source: TableRef,
    spec: { unit: string; decimals: number; year: number },
    read: (region: MunicipalityRecord) => { value: number | null; symbol?: string | undefined },
  ) => rows.push(regions.map((region) => makeFigure(ctx, { label, region, source, ...spec, ...read(region.record) })));
  if (record.tenure) {
    const year = record.tenure.data.year;
    addRow(ctx.t("tables.renters", { year }), record.tenure.source, { unit: PERCENT, decimals: 1, year }, (r) => ({
      value: indicatorNumber(r, "andel_leiere"),
    }));
    sources.push(ctx.sourceLine(record.tenure.source, [year]));
    footnotes.push(...ctx.notesOf(record.tenure.notes));
  }
  if (record.crowding) {
    // A municipality whose shares are all hidden or missing still gets its row, with SSB's symbol for the year.
    const year = latestNumber(record.crowding.data.share)?.year ?? record.crowding.data.share.at(-1)?.year;
    if (year !== undefined) {
      addRow(ctx.t("tables.crowded", { year }), record.crowding.source, { unit: PERCENT, decimals: 1, year }, (r) =>
        shareCellValue(r.crowding?.data.share.find((p) => p.year === year)?.value),
      );
      sources.push(ctx.sourceLine(record.crowding.source, [year]));
      footnotes.push(...ctx.notesOf(record.crowding.notes));
    }
  }
  if (record.households) {
    const year = record.households.data.year;
    const unit = unitText(ctx, "personsPerHousehold");
    addRow(ctx.t("tables.householdSize", { year }), record.households.source, { unit, decimals: 2, year }, (r) => ({
      value: indicatorNumber(r, "husholdningsstorrelse"),
    }));
    sources.push(ctx.sourceLine(record.households.source, [year]));
  }
  const title = ctx.t("tables.housingConditions");
  if (rows.length === 0) return notAvailableBlock(ctx, title);
  return {
    kind: "table",
    title,
    columns: [ctx.t("tables.indicator"), ...regions.map((region) => region.label)],
    numeric: [false, ...regions.map(() => true)],
    rows: rows.map((row) => [row[0]!.label, ...row.map(printFigure)]),
    highlightRow: -1,
    source: joinSourceLines(sources),
    footnotes,
    span: 1,
    figures: rows.flat(),
  };
}

/** Several "Kilde: …" lines as one: "Kilde: SSB, tabell 11084 (2024); SSB, tabell 06070 (2025)". */
export function joinSourceLines(lines: readonly string[]): string {
  const unique = [...new Set(lines)];
  const first = unique[0];
  if (first === undefined || unique.length === 1) return first ?? "";
  const prefixEnd = first.indexOf(": ") + 2;
  return first.slice(0, prefixEnd) + unique.map((line) => line.slice(line.indexOf(": ") + 2)).join("; ");
}

/** A share as the sheet prints it, or SSB's symbol (":" suppressed, ".." missing) when there is no number; SSB's "-"
 * is a share of 0. */
function shareCellValue(cell: Cell | undefined): { value: number | null; symbol: string | undefined } {
  const { value, symbol } = cellValue(cell);
  return { value, symbol: symbol === "-" ? undefined : symbol };
}
