// Raw tables as read from source files, before they are joined to municipalities.

/** SSB's symbols for a cell without an ordinary number: missing, suppressed, zero ("null"), impossible. */
export type SsbSymbol = ".." | ":" | "-" | ".";

/** A cell of a statistical table: a number, or the symbol SSB printed instead. `-` is kept as a symbol so the
 * sheet can print it as SSB does; use `numericValue` to compute with it (as 0). */
export type Cell = number | SsbSymbol;

export type SourceFormat =
  | "json-stat2"
  | "statbank-csv"
  | "klass-json"
  | "klass-csv"
  | "kostra-csv"
  | "faktaark-csv"
  | "tidy-csv"
  | "imdi-html";

/** Where a table came from: enough to print "Kilde: SSB, tabell 07459" and to find the file again. */
export interface SourceRef {
  /** SSB table number ("07459"), "husbanken" for the Husbanken CSV, "klass131" etc. for classifications. */
  readonly table: string;
  /** Publisher as printed in the source line: "SSB", "Husbanken", "FHI", "IMDi". */
  readonly publisher: string;
  /** Path of the file relative to the dataset directory. */
  readonly file: string;
  readonly format: SourceFormat;
  /** The table's own title, as the source gives it. */
  readonly title: string;
  /** ISO date the publisher last updated the table, when the source says. */
  readonly updated?: string;
}

/** One value of a table in long form. */
export interface Observation {
  /** Region code normalised: 4-digit municipality ("0301"), 2-digit county ("03"), or "0" for the country. */
  readonly region: string;
  readonly year: number;
  /** Code of each further dimension (SSB's code where the source has codes, its label where it has only labels). */
  readonly keys: Readonly<Record<string, string>>;
  readonly value: Cell;
  /** Line number or JSON path, for messages. */
  readonly at: string;
}

/** One statistical table read from one file. */
export interface ObservationTable {
  readonly source: SourceRef;
  /** Ids of the dimensions in `keys`, besides region and time. */
  readonly dimensions: readonly string[];
  readonly observations: readonly Observation[];
}

/** A problem found while reading; `error` makes a file (or a part of it) unusable, `warning` does not. */
export interface Diagnostic {
  readonly severity: "error" | "warning";
  /** The municipality (code as the file writes it, normalised) a row-level problem belongs to. */
  readonly region?: string;
  readonly file: string;
  /** "line 12", "value[40]", "dimension.Region" … */
  readonly at?: string;
  readonly message: string;
}

export function numericValue(cell: Cell): number | null {
  if (typeof cell === "number") return cell;
  return cell === "-" ? 0 : null;
}

/** One code of a KLASS classification (131 municipalities, 128 centrality, 104 counties …). */
export interface ClassificationCode {
  readonly code: string;
  readonly parentCode: string | null;
  readonly level: string;
  readonly name: string;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly notes?: string;
}

/** One change of a KLASS classification: an old code that became a new one on a date. */
export interface ClassificationChange {
  readonly oldCode: string;
  readonly oldName: string;
  readonly newCode: string;
  readonly newName: string;
  /** ISO date the change took effect ("2020-01-01"). */
  readonly changeOccurred: string;
}

export interface ClassificationTable {
  readonly source: SourceRef;
  /** KLASS classification number: "131" municipalities, "128" centrality, "112" KOSTRA groups, "104" counties. */
  readonly classification: string;
  readonly codes: readonly ClassificationCode[];
  readonly changes: readonly ClassificationChange[];
}

/** `dataset.json` in a dataset directory (optional). */
export interface DatasetMeta {
  /** Shown in reports and on the sheet ("Eksempeldata", "SSB 2025"). */
  readonly name: string;
  /** Sample data: every sheet says "Eksempeldata" on every page. */
  readonly sample: boolean;
}
