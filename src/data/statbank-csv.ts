// Statistikkbanken's "CSV (semikolonseparert)" download: a quoted title line "07459: …", a blank line, a header,
// then rows. Long layout has one value column named after the statistic ("Personer"); wide layout puts the
// time in the column names ("Personer 2024").
import { parseCell } from "./cells.js";
import { keepFullRows, parseCsvRows } from "./csv.js";
import { lineAt } from "./diagnostics.js";
import { dimensionIdForLabel } from "./dimension-ids.js";
import * as message from "./messages.js";
import { measureLookup } from "./plausibility.js";
import { type FileReading, type ReadContext, readCell, readRegion, readYear } from "./read-context.js";
import { COUNTRY } from "./regions.js";
import type { Observation } from "./types.js";

const TITLE = /^"?(\d{5}):\s*(.*?)"?\s*$/;

/** The table number and title when the first line is a Statistikkbanken title. */
export function matchStatbankTitle(firstLine: string): { table: string; title: string } | null {
  const match = TITLE.exec(firstLine);
  return match?.[1] === undefined ? null : { table: match[1], title: match[2] ?? "" };
}

const WIDE_HEADER = /^(.*\S)\s+(\d{4}(?:K[1-4]|M(?:0[1-9]|1[0-2])|H[12])?)$/;
const REGION_HEADER = /^(region|kommune|fylke)$/i;
const YEAR_HEADER = /^(år|tid|year|kvartal|måned)$/i;
/** Rows looked at to decide which trailing columns hold values. */
const SAMPLE_ROWS = 50;

interface ValueColumn {
  readonly index: number;
  readonly contents: string;
  /** Time code from the header in the wide layout. */
  readonly time?: string;
}

export function readStatbankCsv(text: string, context: ReadContext): FileReading {
  const firstLineEnd = text.indexOf("\n");
  const title = matchStatbankTitle((firstLineEnd === -1 ? text : text.slice(0, firstLineEnd)).trim());
  const tableId = title?.table ?? "";
  const recognisedAs = `SSB ${tableId} (Statistikkbank-CSV)`;
  const empty: FileReading = { recognisedAs, tables: [], classifications: [] };
  // The rows after the title line: the header, then the data.
  const rows = parseCsvRows(text, ";", context, 2);
  if (rows === null) return empty;
  const header = rows[0];
  if (header === undefined) {
    context.sink.error("rows", undefined, message.noDataRows());
    return empty;
  }
  const names = header.cells.map((cell) => cell.trim());
  const data = keepFullRows(rows.slice(1), names.length, context);
  if (data.length === 0 && rows.length <= 1) {
    context.sink.error("rows", lineAt(header.line), message.noDataRows());
    return empty;
  }

  const regionColumn = findRegionColumn(names, data);
  const yearColumn = names.findIndex((name) => YEAR_HEADER.test(name));
  const wide = names
    .map((name, index): ValueColumn | null => {
      if (index === regionColumn || index === yearColumn) return null;
      const match = WIDE_HEADER.exec(name);
      return match?.[1] !== undefined && match[2] !== undefined ? { index, contents: match[1], time: match[2] } : null;
    })
    .filter((column): column is ValueColumn => column !== null);
  const valueColumns = wide.length > 0 ? wide : trailingValueColumns(names, data, regionColumn, yearColumn);
  if (yearColumn < 0 && wide.length === 0) {
    context.sink.error("columns", lineAt(header.line), message.missingYearColumn(names));
    return empty;
  }
  const valueIndexes = new Set(valueColumns.map((column) => column.index));
  const dimensionColumns = names
    .map((name, index) => ({ id: dimensionIdForLabel(name), index }))
    .filter(({ index }) => index !== regionColumn && index !== yearColumn && !valueIndexes.has(index));
  const hasContentsColumn = dimensionColumns.some(({ id }) => id === "ContentsCode");

  const measureOf = measureLookup(tableId);
  const observations: Observation[] = [];
  for (const row of data) {
    const at = lineAt(row.line);
    const region = regionColumn < 0 ? COUNTRY : readRegion(row.cells[regionColumn] ?? "", context, at);
    if (region === null) continue;
    const rowYear = yearColumn < 0 ? null : readYear(row.cells[yearColumn] ?? "", context, at, region);
    if (yearColumn >= 0 && rowYear === null) continue;
    const baseKeys: Record<string, string> = {};
    for (const { id, index } of dimensionColumns) baseKeys[id] = (row.cells[index] ?? "").trim();
    for (const column of valueColumns) {
      const year =
        column.time === undefined
          ? rowYear
          : readYear(column.time, context, `${at}, kolonne «${names[column.index]}»`, region);
      if (year === null) continue;
      const keys = hasContentsColumn ? baseKeys : { ...baseKeys, ContentsCode: column.contents };
      // SSB's download writes bare numbers: a thousands separator there was added by hand.
      const rule = { measure: measureOf(keys), bare: true };
      const value = readCell(row.cells[column.index] ?? "", context, at, undefined, region, rule);
      if (value === null) continue;
      observations.push({ region, year, keys, value, at });
    }
  }
  const dimensions = [...dimensionColumns.map(({ id }) => id), ...(hasContentsColumn ? [] : ["ContentsCode"])];
  return {
    recognisedAs,
    tables: [
      {
        source: {
          table: tableId,
          publisher: "SSB",
          file: context.file,
          format: "statbank-csv",
          title: title?.title ?? "",
        },
        dimensions: [...new Set(dimensions)],
        observations,
      },
    ],
    classifications: [],
  };
}

/** The column headed "region", or the first whose cells read "3801 Horten" / "K-3801 Horten"; -1 for none
 * (a national table such as 10211). */
function findRegionColumn(names: readonly string[], data: readonly { cells: readonly string[] }[]): number {
  const byName = names.findIndex((name) => REGION_HEADER.test(name));
  if (byName >= 0) return byName;
  const first = data[0]?.cells ?? [];
  return first.findIndex((cell) => /^(?:K-|F-)?\d{2,4}\s+\S/.test(cell.trim()));
}

/** Long layout: the value columns are the trailing columns whose cells are all numbers or symbols. */
function trailingValueColumns(
  names: readonly string[],
  data: readonly { cells: readonly string[] }[],
  regionColumn: number,
  yearColumn: number,
): ValueColumn[] {
  const sample = data.slice(0, SAMPLE_ROWS);
  const columns: ValueColumn[] = [];
  for (let index = names.length - 1; index >= 0; index -= 1) {
    if (index === regionColumn || index === yearColumn) break;
    const numeric = sample.every((row) => parseCell(row.cells[index] ?? "") !== null);
    // The last column holds values even when a cell is broken, so that cell is reported, not the layout.
    if (!numeric && columns.length > 0) break;
    columns.unshift({ index, contents: names[index] ?? "" });
    if (!numeric) break;
  }
  return columns;
}
