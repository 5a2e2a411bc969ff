// Recognising a file by its content, never by its name.
import { parse } from "csv-parse/sync";
import { guessDelimiter } from "./csv.js";
import { type FileDeclaration, isTidyDeclaration } from "./dataset-json.js";
import { isFaktaarkCsvHeader } from "./faktaark-csv.js";
import { isSettlementPage } from "./imdi-page.js";
import { isChangeListCsv, isKlassCsvHeader } from "./klass.js";
import { isKostraGroupCsv } from "./kostra-groups.js";
import { matchStatbankTitle } from "./statbank-csv.js";

export type DetectedFormat =
  | { readonly kind: "json" }
  | { readonly kind: "tidy-csv" }
  | { readonly kind: "statbank-csv" }
  | { readonly kind: "faktaark-csv" }
  | { readonly kind: "imdi-html" }
  | { readonly kind: "klass-csv"; readonly delimiter: string }
  | { readonly kind: "klass-change-list"; readonly delimiter: string }
  | { readonly kind: "kostra-groups"; readonly delimiter: string }
  | { readonly kind: "unknown" };

/** The first `lines` rows of a CSV, or [] when they do not parse. */
function headRows(text: string, delimiter: string, lines: number): string[][] {
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, to_line: lines + 1 });
  } catch {
    return [];
  }
}

export function detectFormat(text: string, declaration: FileDeclaration | undefined): DetectedFormat {
  if (isTidyDeclaration(declaration)) return { kind: "tidy-csv" };
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return { kind: "json" };
  if (isSettlementPage(start)) return { kind: "imdi-html" };
  const end = start.indexOf("\n");
  const firstLine = (end === -1 ? start : start.slice(0, end)).trim();
  if (matchStatbankTitle(firstLine)) return { kind: "statbank-csv" };
  const delimiter = guessDelimiter(start);
  const [header = [], firstRow] = headRows(start, delimiter, 2);
  if (isFaktaarkCsvHeader(header)) return { kind: "faktaark-csv" };
  if (isKlassCsvHeader(header)) return { kind: "klass-csv", delimiter };
  if (isChangeListCsv(header, firstRow)) return { kind: "klass-change-list", delimiter };
  if (isKostraGroupCsv(header, firstRow)) return { kind: "kostra-groups", delimiter };
  return { kind: "unknown" };
}
