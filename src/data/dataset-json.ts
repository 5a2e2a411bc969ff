// `dataset.json`: the dataset's name, whether it is sample data, and declarations for files whose content
// does not say what they are (tidy CSVs as analysts publish them, JSON-stat without a table number, KLASS
// exports of other classifications). Read as `unknown` and normalised with precise messages.

import { isSsbSymbol } from "./cells.js";
import * as message from "./messages.js";
import type { DatasetMeta, Diagnostic, SsbSymbol } from "./types.js";

export const DATASET_JSON = "dataset.json";

export interface FileDeclaration {
  /** SSB table number ("05940") or faktaark's own id ("husbanken"). */
  readonly table?: string;
  /** Printed in the source line; default "SSB". */
  readonly publisher?: string;
  readonly title?: string;
  /** KLASS classification number for a code list whose content does not tell. */
  readonly classification?: string;
  /** Tidy CSV: the column with the region code or name, the year (or date), and the value. */
  readonly region?: string;
  readonly year?: string;
  readonly value?: string;
  /** Tidy CSV: dimension id → column; columns not named here are ignored. */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** Tidy CSV: keys every row gets, e.g. { "ContentsCode": "Fullforte" }. */
  readonly keys?: Readonly<Record<string, string>>;
  /** Tidy CSV: "," or ";"; guessed from the header when absent. */
  readonly delimiter?: string;
  /** Tidy CSV: what an empty value cell means; default ".." (missing). */
  readonly empty?: SsbSymbol;
  /** Tidy CSV: the values are shares written as fractions (0.103); they are read as per cent (10.3). */
  readonly fraction?: boolean;
}

export interface DatasetConfig {
  readonly meta: DatasetMeta;
  /** Declarations by path relative to the dataset directory, with "/" separators. */
  readonly files: ReadonlyMap<string, FileDeclaration>;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "en liste" : typeof value === "string" ? `«${value}»` : typeof value;

/** The defaults when a dataset has no dataset.json: named after its directory, not sample data. */
export function defaultDatasetConfig(dirName: string): DatasetConfig {
  return { meta: { name: dirName, sample: false }, files: new Map() };
}

export function normaliseDatasetConfig(raw: unknown, dirName: string, diagnostics: Diagnostic[]): DatasetConfig {
  const report = (at: string | undefined, text: string): void => {
    diagnostics.push(
      at === undefined
        ? { severity: "error", file: DATASET_JSON, message: text }
        : { severity: "error", file: DATASET_JSON, at, message: text },
    );
  };
  const config = defaultDatasetConfig(dirName);
  if (!isObject(raw)) {
    report(undefined, message.datasetJsonNotObject(describe(raw)));
    return config;
  }
  let name = config.meta.name;
  if (raw.name !== undefined) {
    if (typeof raw.name === "string" && raw.name.trim() !== "") name = raw.name.trim();
    else report("name", message.datasetJsonField("name", "en tekst", describe(raw.name)));
  }
  let sample = config.meta.sample;
  if (raw.sample !== undefined) {
    if (typeof raw.sample === "boolean") sample = raw.sample;
    else report("sample", message.datasetJsonField("sample", "true eller false", describe(raw.sample)));
  }
  const files = new Map<string, FileDeclaration>();
  if (raw.files !== undefined) {
    if (!isObject(raw.files))
      report("files", message.datasetJsonField("files", "et objekt med filstier", describe(raw.files)));
    else {
      for (const [path, declaration] of Object.entries(raw.files)) {
        const normalised = normaliseDeclaration(declaration, `files.${path}`, report);
        if (normalised) files.set(path.replace(/\\/g, "/").replace(/^\.\//, ""), normalised);
      }
    }
  }
  return { meta: { name, sample }, files };
}

const TEXT_FIELDS = ["table", "publisher", "title", "classification", "region", "year", "value", "delimiter"] as const;

function normaliseDeclaration(
  raw: unknown,
  at: string,
  report: (at: string, text: string) => void,
): FileDeclaration | null {
  if (!isObject(raw)) {
    report(at, message.datasetJsonField(at, "et objekt", describe(raw)));
    return null;
  }
  const declaration: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const value = raw[field];
    if (value === undefined) continue;
    if (typeof value === "string" && value !== "") declaration[field] = value;
    else report(`${at}.${field}`, message.datasetJsonField(`${at}.${field}`, "en tekst", describe(value)));
  }
  for (const field of ["dimensions", "keys"] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if (isObject(value) && Object.values(value).every((v) => typeof v === "string")) declaration[field] = value;
    else report(`${at}.${field}`, message.datasetJsonField(`${at}.${field}`, "et objekt med tekster", describe(value)));
  }
  if (raw.empty !== undefined) {
    if (typeof raw.empty === "string" && isSsbSymbol(raw.empty)) declaration.empty = raw.empty;
    else
      report(
        `${at}.empty`,
        message.datasetJsonField(`${at}.empty`, "et av SSBs symboler .. : - .", describe(raw.empty)),
      );
  }
  if (raw.fraction !== undefined) {
    if (typeof raw.fraction === "boolean") declaration.fraction = raw.fraction;
    else
      report(`${at}.fraction`, message.datasetJsonField(`${at}.fraction`, "true eller false", describe(raw.fraction)));
  }
  const tidy = ["region", "year", "value"].filter((field) => declaration[field] !== undefined);
  if (tidy.length > 0 && (tidy.length < 3 || declaration.table === undefined)) {
    const missing = ["table", "region", "year", "value"].filter((field) => declaration[field] === undefined);
    report(
      at,
      message.datasetJsonField(
        at,
        `også ${missing.map((f) => `«${f}»`).join(", ")} for en tabell i CSV`,
        "at de mangler",
      ),
    );
    return null;
  }
  return declaration as FileDeclaration;
}

/** Whether a declaration describes a tidy CSV (it names the region, year and value columns). */
export function isTidyDeclaration(declaration: FileDeclaration | undefined): boolean {
  return declaration?.value !== undefined && declaration.region !== undefined && declaration.year !== undefined;
}
