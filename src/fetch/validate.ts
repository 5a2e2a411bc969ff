// Checks a response body before it may replace a file on disk or be used: it must parse as JSON and have the shape
// its kind promises (JSON-stat2, PxWebApi metadata or search, KLASS `codes`/`codeChanges`/`correspondenceItems`), or
// be IMDi's hub with links to its yearly pages, or one of those pages;
// a data answer must then be the table asked for, hold numbers and cover every municipality of the register.
import { isSettlementPage } from "../data/imdi-page.js";
import { findSettlementYears } from "./imdi.js";
import * as message from "./messages.js";
import type { ResponseKind } from "./queries.js";

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? `en liste med ${value.length} elementer`
      : isObject(value)
        ? `et objekt med ${Object.keys(value).slice(0, 6).join(", ") || "ingen felt"}`
        : typeof value;

export type BodyCheck = { readonly doc: unknown } | { readonly problem: string };

function jsonStatProblem(doc: JsonObject, wrong: (expected: string, found: string) => string, withValues: boolean) {
  if (doc.class !== "dataset") return wrong("JSON-stat2 med «class»: «dataset»", describe(doc));
  if (doc.version !== "2.0") return wrong("JSON-stat2 med «version»: «2.0»", describe(doc.version));
  const { id, size, value } = doc;
  if (!Array.isArray(id) || !Array.isArray(size) || id.length !== size.length)
    return wrong("«id» og «size» som like lange lister", `id: ${describe(id)}, size: ${describe(size)}`);
  if (!isObject(doc.dimension)) return wrong("«dimension» som objekt", describe(doc.dimension));
  if (!withValues) return null;
  const cells = size.reduce((product: number, n: unknown) => product * (typeof n === "number" ? n : Number.NaN), 1);
  if (!Array.isArray(value) && !isObject(value)) return wrong("«value» som liste", describe(value));
  if (Array.isArray(value) && value.length !== cells)
    return wrong(`${cells} verdier (produktet av «size»)`, `${value.length}`);
  return null;
}

/** The parsed body when it is usable, else the message saying why not. */
/** IMDi's hub must link at least one yearly page (its years are the `doc`); a yearly page must be one the reader
 * recognises, so an error page or a redesigned site never replaces a good file. */
function checkSettlementPage(text: string, kind: "imdi-hub" | "imdi-page", what: string, url: string): BodyCheck {
  if (kind === "imdi-page")
    return isSettlementPage(text) ? { doc: text } : { problem: message.notSettlementPage(what, url) };
  const years = findSettlementYears(text);
  return years.length > 0 ? { doc: years } : { problem: message.noSettlementLinks(what, url) };
}

export function checkBody(text: string, kind: ResponseKind, what: string, url: string): BodyCheck {
  if (kind === "imdi-hub" || kind === "imdi-page") return checkSettlementPage(text, kind, what, url);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const reported = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    return { problem: message.notJson(what, url, reported ? Number(reported[1]) : text.length, text.length) };
  }
  const wrong = (expected: string, found: string): string => message.wrongShape(what, url, expected, found);
  if (!isObject(doc)) return { problem: wrong("et JSON-objekt", describe(doc)) };
  const list = (items: unknown, needsItems: boolean, expected: string): string | null =>
    Array.isArray(items) && (!needsItems || items.length > 0) ? null : wrong(expected, describe(doc));
  const problem = ((): string | null => {
    switch (kind) {
      case "json-stat":
        return jsonStatProblem(doc, wrong, true);
      case "px-metadata":
        return jsonStatProblem(doc, wrong, false);
      case "px-tables":
        return list(doc.tables, false, "PxWebApi-søk med «tables»");
      case "klass-codes":
        return list(doc.codes, true, "KLASS «codes» med koder");
      case "klass-changes":
        return list(doc.codeChanges, false, "KLASS «codeChanges»");
      case "klass-correspondence":
        return list(doc.correspondenceItems, true, "KLASS «correspondenceItems» med koder");
    }
  })();
  return problem === null ? { doc } : { problem };
}

export interface AnswerExpectation {
  /** The table number asked for. */
  readonly table: string;
  readonly regionDimension: string;
  /** Today's municipality codes (KLASS 131 of this run). */
  readonly municipalities: readonly string[];
}

/** The table number an answer says it is: `extension.px.tableid`, else the label's "NNNNN:". */
function tableIdOf(doc: JsonObject): string | null {
  const px = isObject(doc.extension) && isObject(doc.extension.px) ? doc.extension.px : {};
  if (typeof px.tableid === "string") return px.tableid;
  return typeof doc.label === "string" ? (/^(\d{5}):/.exec(doc.label)?.[1] ?? null) : null;
}

const hasNumber = (value: unknown): boolean =>
  (Array.isArray(value) ? value : isObject(value) ? Object.values(value) : []).some((v) => typeof v === "number");

/** Null when a JSON-stat2 data answer (already shape-checked) is the table asked for, with numbers for every
 * municipality of the register among its regions ("K-0301" counts as 0301); else the message saying why not. */
export function findAnswerProblem(doc: unknown, expected: AnswerExpectation, what: string, url: string): string | null {
  if (!isObject(doc)) return message.wrongShape(what, url, "et JSON-objekt", describe(doc));
  const id = tableIdOf(doc);
  if (id !== expected.table) return message.wrongTable(what, url, id === null ? "ingen tabellnummer" : `tabell ${id}`);
  if (!hasNumber(doc.value)) return message.emptyCube(what, url);
  const dimension = isObject(doc.dimension) ? doc.dimension[expected.regionDimension] : undefined;
  const index = isObject(dimension) && isObject(dimension.category) ? dimension.category.index : undefined;
  const codes = Array.isArray(index) ? index.map(String) : isObject(index) ? Object.keys(index) : [];
  const regions = new Set(codes.map((code) => code.replace(/^K-/, "")));
  const missing = expected.municipalities.filter((code) => !regions.has(code));
  return missing.length === 0
    ? null
    : message.missingMunicipalities(what, url, missing, expected.municipalities.length);
}
