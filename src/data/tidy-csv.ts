// "Tidy" CSVs as analysts publish PxWeb data (one row per region, year and category, value last). They carry
// no reliable table number, so dataset.json declares which columns are what; see data/README.md.
import { guessDelimiter, keepFullRows, parseCsvRows } from "./csv.js";
import type { FileDeclaration } from "./dataset-json.js";
import { lineAt } from "./diagnostics.js";
import * as message from "./messages.js";
import { measureLookup } from "./plausibility.js";
import { type FileReading, type ReadContext, readCell, readRegion, readYear } from "./read-context.js";
import type { Observation } from "./types.js";

export function readTidyCsv(text: string, declaration: FileDeclaration, context: ReadContext): FileReading {
  const tableId = declaration.table ?? "";
  const publisher = declaration.publisher ?? "SSB";
  const recognisedAs = `${publisher} ${tableId} (CSV oppgitt i dataset.json)`;
  const none: FileReading = { recognisedAs, tables: [], classifications: [] };
  const rows = parseCsvRows(text, declaration.delimiter ?? guessDelimiter(text), context);
  if (rows === null) return none;
  const header = rows[0];
  const names = header?.cells.map((name) => name.trim()) ?? [];
  const dimensionColumns = Object.entries(declaration.dimensions ?? {});
  const wanted = [
    declaration.region ?? "",
    declaration.year ?? "",
    declaration.value ?? "",
    ...dimensionColumns.map(([, column]) => column),
  ];
  const missing = wanted.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    context.sink.error("columns", lineAt(header?.line ?? 1), message.missingColumns(missing, names));
    return none;
  }
  if (rows.length < 2) {
    context.sink.error("rows", lineAt(header?.line ?? 1), message.noDataRows());
    return none;
  }
  const regionColumn = names.indexOf(declaration.region ?? "");
  const yearColumn = names.indexOf(declaration.year ?? "");
  const valueColumn = names.indexOf(declaration.value ?? "");
  const dimensions = dimensionColumns.map(([id, column]) => ({ id, index: names.indexOf(column) }));
  const constantKeys = declaration.keys ?? {};
  const empty = declaration.empty ?? "..";

  const measureOf = measureLookup(tableId);
  const observations: Observation[] = [];
  for (const row of keepFullRows(rows.slice(1), names.length, context)) {
    const at = lineAt(row.line);
    const region = readRegion(row.cells[regionColumn] ?? "", context, at);
    if (region === null) continue;
    const year = readYear(row.cells[yearColumn] ?? "", context, at, region);
    if (year === null) continue;
    const keys: Record<string, string> = { ...constantKeys };
    for (const { id, index } of dimensions) keys[id] = (row.cells[index] ?? "").trim();
    const rule = { measure: measureOf(keys), bare: false };
    const cell = readCell(row.cells[valueColumn] ?? "", context, at, empty, region, rule);
    if (cell === null) continue;
    // toPrecision drops the binary noise of the multiplication (0.103 × 100 = 10.299999999999999).
    const value =
      declaration.fraction === true && typeof cell === "number" ? Number((cell * 100).toPrecision(15)) : cell;
    observations.push({ region, year, keys, value, at });
  }
  return {
    recognisedAs,
    tables: [
      {
        source: {
          table: tableId,
          publisher,
          file: context.file,
          format: "tidy-csv",
          title: declaration.title ?? tableId,
        },
        dimensions: [...new Set([...dimensions.map(({ id }) => id), ...Object.keys(constantKeys)])],
        observations,
      },
    ],
    classifications: [],
  };
}
