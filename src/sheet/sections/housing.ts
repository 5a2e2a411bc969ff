// Section 2, Boforhold: dwellings by building type, owners and renters, crowding, household size.
import { type Cell, numericValue } from "../../data/types.js";
import { BUILDING_TYPES, type MunicipalityRecord } from "../../model/record.js";
import { GRID, type SheetContext } from "../context.js";
import { indicatorNumber, latestNumber } from "../figures.js";
import type { Block, SectionContent } from "../model.js";
import { notAvailableBlock, printNumber, printPercent, round, share } from "./common.js";

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
  const data = BUILDING_TYPES.flatMap((type, order) =>
    ctx.regions().map(({ record: region, label, role }) => ({
      category: ctx.t(`buildingTypes.${type}`),
      region: label,
      role,
      value: round(buildingTypeShare(region, type) ?? 0, 1),
      order,
    })),
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
  };
}

function housingConditionsBlock(ctx: SheetContext): Block {
  const { record } = ctx.input;
  const regions = ctx.regions().map((region) => region.record);
  const rows: string[][] = [];
  const footnotes: number[] = [];
  const sources: string[] = [];
  if (record.tenure) {
    rows.push([
      ctx.t("tables.renters", { year: record.tenure.data.year }),
      ...regions.map((r) => printPercent(indicatorNumber(r, "andel_leiere"))),
    ]);
    sources.push(ctx.sourceLine(record.tenure.source, [record.tenure.data.year]));
    footnotes.push(...ctx.notesOf(record.tenure.notes));
  }
  if (record.crowding) {
    // A municipality whose shares are all hidden or missing still gets its row, with SSB's symbol for the year.
    const year = latestNumber(record.crowding.data.share)?.year ?? record.crowding.data.share.at(-1)?.year;
    if (year !== undefined) {
      rows.push([
        ctx.t("tables.crowded", { year }),
        ...regions.map((r) => printShareCell(r.crowding?.data.share.find((p) => p.year === year)?.value)),
      ]);
      sources.push(ctx.sourceLine(record.crowding.source, [year]));
      footnotes.push(...ctx.notesOf(record.crowding.notes));
    }
  }
  if (record.households) {
    rows.push([
      ctx.t("tables.householdSize", { year: record.households.data.year }),
      ...regions.map((r) => printNumber(indicatorNumber(r, "husholdningsstorrelse"), 2)),
    ]);
    sources.push(ctx.sourceLine(record.households.source, [record.households.data.year]));
  }
  const title = ctx.t("tables.housingConditions");
  if (rows.length === 0) return notAvailableBlock(ctx, title);
  return {
    kind: "table",
    title,
    columns: [ctx.t("tables.indicator"), ...ctx.regions().map((region) => region.label)],
    numeric: [false, ...regions.map(() => true)],
    rows,
    highlightRow: -1,
    source: joinSourceLines(sources),
    footnotes,
    span: 1,
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

/** A share as the sheet prints it, or SSB's symbol (":" suppressed, ".." missing) when there is no number. */
function printShareCell(cell: Cell | undefined): string {
  return typeof cell === "string" && cell !== "-" ? cell : printPercent(cell === undefined ? null : numericValue(cell));
}
