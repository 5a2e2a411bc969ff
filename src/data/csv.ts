// CSV through csv-parse, with line numbers kept for messages and parser errors turned into diagnostics.
import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { lineAt } from "./diagnostics.js";
import * as message from "./messages.js";
import type { ReadContext } from "./read-context.js";

export interface CsvRow {
  readonly cells: readonly string[];
  /** Line of the file the row ends on (1-based). */
  readonly line: number;
}

interface RecordWithInfo {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/** `;` when the first line has more semicolons than commas outside quotes, else `,`. */
export function guessDelimiter(text: string): ";" | "," {
  const end = text.indexOf("\n");
  const first = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
  const semicolons = first.split(";").length;
  const commas = first.split(",").length;
  return semicolons >= commas && semicolons > 1 ? ";" : ",";
}

/**
 * All non-empty rows from line `fromLine` on (lines keep their numbers in the file), or null (with a diagnostic)
 * when the text is not valid CSV. csv-parse makes an error object, stack and all, for every row whose length is not
 * the first row's, even when told to let it pass: a title line above the header made 06070's 3,5 MB take 1,4 s
 * instead of 0,25 s, so a reader whose first line is not a row starts after it.
 */
export function parseCsvRows(text: string, delimiter: string, context: ReadContext, fromLine = 1): CsvRow[] | null {
  try {
    const records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      from_line: fromLine,
    }) as unknown as RecordWithInfo[];
    return records.map(({ record, info }) => ({ cells: record, line: info.lines }));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === "number" ? error.lines : undefined;
      const at = line === undefined ? undefined : lineAt(line);
      const text = error.code === "CSV_QUOTE_NOT_CLOSED" ? message.unclosedQuote() : message.csvSyntax(error.message);
      context.sink.error("csv", at, text);
      return null;
    }
    throw error;
  }
}

/** Reports rows shorter than the header: the last one as a possibly truncated file. Returns the full rows. */
export function keepFullRows(rows: readonly CsvRow[], width: number, context: ReadContext): CsvRow[] {
  const kept: CsvRow[] = [];
  for (const [i, row] of rows.entries()) {
    if (row.cells.length >= width) {
      kept.push(row);
      continue;
    }
    const last = i === rows.length - 1;
    context.sink.error(
      "columns",
      lineAt(row.line),
      last ? message.lastRowTooShort(width, row.cells.length) : message.rowTooShort(width, row.cells.length),
    );
  }
  return kept;
}
