// Reads the semicolon-separated config files a statistician edits (indikatormodell.csv, sammenligning.csv):
// UTF-8 with or without BOM, a header line, lines starting with # are comments; every row keeps its line number.
import { CsvError, parse } from "csv-parse/sync";
import { UserError } from "../errors.js";

export interface ConfigRow {
  /** 1-based line number in the file, for messages. */
  readonly line: number;
  /** Cells by lower-cased header name, trimmed. */
  readonly cells: Readonly<Record<string, string>>;
  /** How many cells the line had. */
  readonly width: number;
}

export interface ConfigTable {
  readonly header: readonly string[];
  readonly rows: readonly ConfigRow[];
}

export function readConfigTable(text: string, file: string, required: readonly string[]): ConfigTable {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` csv-parse returns { record, info } per row; its overloads type the result as string[][].
    parsed = parse(text, {
      delimiter: ";",
      bom: true,
      info: true,
      comment: "#",
      comment_no_infix: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new UserError(`${file}${line ? `, linje ${line}` : ""}: kan ikke lese CSV (${error.message}).`);
    }
    throw error;
  }
  const first = parsed[0];
  if (!first) throw new UserError(`${file}: filen er tom; ventet en overskriftslinje med ${required.join(";")}.`);
  const header = first.record.map((name) => name.trim().toLowerCase());
  const missing = required.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    throw new UserError(
      `${file}, linje ${first.info.lines}: mangler kolonne ${missing.map((m) => `«${m}»`).join(", ")}; ` +
        `ventet overskriften ${required.join(";")}, fant ${first.record.join(";")}.`,
    );
  }
  const rows = parsed.slice(1).map(({ record, info }): ConfigRow => {
    const cells: Record<string, string> = {};
    header.forEach((name, index) => {
      cells[name] = record[index] ?? "";
    });
    return { line: info.lines, cells, width: record.length };
  });
  return { header, rows };
}
