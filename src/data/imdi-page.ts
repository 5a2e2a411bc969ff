// Reads IMDi's yearly page «Nøkkeltall bosetting ÅÅÅÅ» (https://www.imdi.no/bosetting/bosettingstall/), saved as
// HTML: refugees settled («Antall bosatte personer») per municipality, from the section «Oversikt over bosettingen i
// kommunene i ÅÅÅÅ» with one table per county, and per county from the table «Oversikt over bosettingen i fylkene i
// ÅÅÅÅ». Only the settled column is read; the others (anmodet, vedtatt, avtalt …) are not used and may hold text
// («avventer vedtak»). Municipalities are named, not numbered (settlement-names.ts). A page for a year still running
// is not read: its numbers are not a year's.
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { lineAt } from "./diagnostics.js";
import * as message from "./messages.js";
import type { FileReading, ReadContext } from "./read-context.js";
import { COUNTIES_2024, COUNTRY } from "./regions.js";
import type { SettlementCounty } from "./settlement-names.js";
import { findTableSpec } from "./tables.js";
import type { Cell, Observation, ObservationTable } from "./types.js";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const TABLE = "imdi-bosetting";
/** The column read, by its header (without IMDi's trailing colon), and its catalogue code. */
const SETTLED_HEADER = "antall bosatte personer";
const COLUMN = "Kolonne";
const SETTLED = "bosatte";

const MUNICIPALITIES_HEADING = /^oversikt over bosettingen i kommunene i (\d{4})\b\s*(.*)$/i;
const COUNTIES_HEADING = /^oversikt over bosettingen i fylkene i (\d{4})\b/i;
const COUNTY_HEADING = /^(.+?)\s+[-–]\s+oversikt over bosettingen i (\d{4})\b/i;
/** «(tall per 15. januar 2025)», «(oppdatert 28. september)»: when the figures were counted. */
const COUNTED = /\(((?:tall per|oppdatert)\s+\d{1,2}\.\s*[a-zæøå]+(?:\s+(\d{4}))?)\)/i;
/** A whole number as IMDi writes it: «1924», or with thousands apart «1 924». */
const WHOLE = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$|^\d+$/;

/** Whether a file is one of IMDi's settlement pages. */
export function isSettlementPage(text: string): boolean {
  return /^<(?:!doctype html|html|h[1-6]|table)\b/i.test(text.trimStart()) && /bosettingen i kommunene i/i.test(text);
}

const isElement = (node: Node): node is Element => "tagName" in node;

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

const clean = (text: string): string => text.replace(/[\s\u00a0]+/g, " ").trim();

interface Heading {
  readonly kind: "heading";
  readonly level: number;
  readonly text: string;
  readonly line: number;
}

/** Headings and tables in document order; a table's own content is not searched for headings. */
type Item = Heading | { readonly kind: "table"; readonly element: Element };

function collectItems(node: Node, items: Item[]): Item[] {
  if (isElement(node)) {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level !== undefined) {
      const line = node.sourceCodeLocation?.startLine ?? 0;
      items.push({ kind: "heading", level: Number(level), text: clean(textOf(node)), line });
      return items;
    }
    if (node.tagName === "table") {
      items.push({ kind: "table", element: node });
      return items;
    }
  }
  if ("childNodes" in node) for (const child of node.childNodes) collectItems(child, items);
  return items;
}

/** Every `tag` element under `node`, in document order (not those inside another `tag`). */
export function elementsIn(node: Node, tag: string, found: Element[] = []): Element[] {
  if (isElement(node) && node.tagName === tag) found.push(node);
  else if ("childNodes" in node) for (const child of node.childNodes) elementsIn(child, tag, found);
  return found;
}

interface TableRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/** The table's header texts (its first row with header cells) and its other rows. */
function readRows(table: Element): { headers: string[]; rows: TableRow[] } {
  const rows = elementsIn(table, "tr");
  const headerRow = rows.find((row) => row.childNodes.some((cell) => isElement(cell) && cell.tagName === "th"));
  const cellsOf = (row: Element): string[] =>
    row.childNodes
      .filter((c): c is Element => isElement(c) && (c.tagName === "td" || c.tagName === "th"))
      .map((cell) => clean(textOf(cell)));
  return {
    headers: headerRow === undefined ? [] : cellsOf(headerRow),
    rows: rows
      .filter((row) => row !== headerRow)
      .map((row) => ({ cells: cellsOf(row), line: row.sourceCodeLocation?.startLine ?? 0 }))
      .filter((row) => row.cells.length > 0),
  };
}

const headerKey = (header: string): string => header.replace(/:$/, "").trim().toLowerCase();

/** The settled column of a table whose first column is `first` («Kommune», «Fylke»), or null. */
function settledColumn(headers: readonly string[], first: string): { index: number; header: string } | null {
  if (headerKey(headers[0] ?? "") !== first) return null;
  const index = headers.findIndex((header) => headerKey(header) === SETTLED_HEADER);
  return index < 1 ? null : { index, header: headers[index] as string };
}

/** Where a settled cell was found, for messages; `region` when the row is a municipality's. */
interface CellPlace {
  readonly county: string;
  readonly name: string;
  readonly column: string;
  readonly line: number;
  readonly region?: string;
}

/** What the tables of one page add to: its observations, and its county table's figures for the country. */
interface PageReading {
  readonly year: number;
  readonly context: ReadContext;
  readonly observations: Observation[];
  readonly counties: { county: SettlementCounty; value: Cell | null }[];
}

const add = (page: PageReading, region: string, value: Cell, at: string): void => {
  page.observations.push({ region, year: page.year, keys: { [COLUMN]: SETTLED }, value, at });
};

/** A cell of the settled column, or null with an error (the row's municipality's, when it has one). */
function readSettled(raw: string, place: CellPlace, context: ReadContext): Cell | null {
  if (raw === ":") return ":";
  if (WHOLE.test(raw)) return Number(raw.replace(/\D/g, ""));
  const text = message.settlementBadValue(place.county, place.name, place.column, raw);
  context.sink.error("value", lineAt(place.line), text, place.region);
  return null;
}

export function readSettlementPage(text: string, context: ReadContext): FileReading {
  const { sink } = context;
  const spec = findTableSpec(TABLE);
  const items = collectItems(parse(text, { sourceCodeLocationInfo: true }), []);
  const start = items.find(
    (item): item is Heading => item.kind === "heading" && MUNICIPALITIES_HEADING.test(item.text),
  );
  const none: FileReading = { recognisedAs: "IMDi Bosettingstall (HTML)", tables: [], classifications: [] };
  if (start === undefined) {
    sink.error("imdi-heading", undefined, message.settlementNoHeading());
    return none;
  }
  const [, yearText = "", rest = ""] = MUNICIPALITIES_HEADING.exec(start.text) ?? [];
  const year = Number(yearText);
  const recognisedAs = `IMDi Bosettingstall ${year} (HTML)`;
  const counted = COUNTED.exec(rest);
  // IMDi writes the year of the count only when it is not the page's own («tall per 15. januar 2025» on 2024's page).
  if (counted?.[1] !== undefined && (counted[2] === undefined || Number(counted[2]) === year)) {
    sink.warning("imdi-running", lineAt(start.line), message.settlementRunningYear(year, clean(counted[1])));
    return { ...none, recognisedAs: `${recognisedAs}, året pågår` };
  }
  if (year > context.maxYear) {
    sink.error("year-range", lineAt(start.line), message.yearAfterLastYear(year, context.maxYear));
    return { ...none, recognisedAs };
  }

  const page: PageReading = { year, context, observations: [], counties: [] };
  let heading: Heading | undefined;
  let inMunicipalities = false;
  let municipalityTables = 0;
  for (const item of items) {
    if (item.kind === "heading") {
      heading = item;
      if (item === start) inMunicipalities = true;
      else if (inMunicipalities && item.level <= start.level) inMunicipalities = false;
      continue;
    }
    const title = heading?.text ?? "";
    const at = lineAt(heading?.line ?? 0);
    const countyTable = COUNTIES_HEADING.exec(title);
    if (!inMunicipalities && countyTable !== null) {
      if (Number(countyTable[1]) === year) readCountyTable(item.element, page);
      else sink.error("imdi-year", at, message.settlementOtherYear(title, year));
      continue;
    }
    if (!inMunicipalities) continue;
    const countyHeading = heading === start ? null : COUNTY_HEADING.exec(title);
    if (countyHeading === null) {
      sink.error("imdi-table", at, message.settlementTableWithoutCounty());
      continue;
    }
    const [, countyName = "", headingYear = ""] = countyHeading;
    if (Number(headingYear) !== year) sink.error("imdi-year", at, message.settlementOtherYear(title, year));
    else if (readMunicipalityTable(item.element, countyName, at, page)) municipalityTables += 1;
  }
  if (municipalityTables === 0) {
    sink.error("imdi-tables", lineAt(start.line), message.settlementNoTables(year));
    return { ...none, recognisedAs };
  }
  addCountry(page);
  const table: ObservationTable = {
    source: {
      table: TABLE,
      publisher: spec?.publisher ?? "IMDi",
      file: context.file,
      format: "imdi-html",
      title: spec?.title ?? "Bosettingstall",
    },
    dimensions: [COLUMN],
    observations: page.observations,
  };
  return { recognisedAs, tables: [table], classifications: [] };
}

/** One county's table of municipalities, each name resolved in that county; false when the table cannot be read. */
function readMunicipalityTable(table: Element, countyName: string, at: string, page: PageReading): boolean {
  const { context, year } = page;
  const county = context.settlementNames.county(countyName);
  if (county === null) {
    context.sink.error("imdi-county", at, message.settlementUnknownCounty(countyName));
    return false;
  }
  const { headers, rows } = readRows(table);
  const column = settledColumn(headers, "kommune");
  if (column === null) {
    context.sink.error("imdi-columns", at, message.settlementNoColumn(countyName, headers));
    return false;
  }
  for (const row of rows) {
    const name = row.cells[0] ?? "";
    const resolved = context.settlementNames.municipality(name, county, year);
    if (!("code" in resolved)) {
      const text =
        resolved.unresolved === "ambiguous"
          ? message.settlementAmbiguousName(countyName, name, resolved.codes)
          : message.settlementUnknownName(countyName, name);
      context.sink.error("imdi-name", lineAt(row.line), text);
      continue;
    }
    const place = { county: countyName, name, column: column.header, line: row.line, region: resolved.code };
    const value = readSettled(row.cells[column.index] ?? "", place, context);
    if (value !== null) add(page, resolved.code, value, lineAt(row.line));
  }
  return true;
}

/** The county table: each county's settled refugees, under its number in the page's county structure. */
function readCountyTable(table: Element, page: PageReading): void {
  const { context } = page;
  const { headers, rows } = readRows(table);
  const column = settledColumn(headers, "fylke");
  if (column === null) {
    context.sink.error("imdi-columns", undefined, message.settlementNoColumn("fylkene", headers));
    return;
  }
  for (const row of rows) {
    const name = row.cells[0] ?? "";
    const county = context.settlementNames.county(name);
    if (county === null) {
      context.sink.error("imdi-county", lineAt(row.line), message.settlementUnknownCounty(name));
      continue;
    }
    const place = { county: "fylkene", name, column: column.header, line: row.line };
    const value = readSettled(row.cells[column.index] ?? "", place, context);
    page.counties.push({ county, value });
    if (value !== null) add(page, county.code, value, lineAt(row.line));
  }
}

/** The country: IMDi's county figures summed, when the county table covers every one of today's counties once
 * with a number (on the page for 2022 its sum is IMDi's national figure, 31 258). */
function addCountry(page: PageReading): void {
  const { counties } = page;
  if (counties.length === 0) return;
  const covered = counties.flatMap(({ county }) => county.today).sort();
  const all = Object.values(COUNTIES_2024).sort();
  const numbers = counties.map(({ value }) => value).filter((value): value is number => typeof value === "number");
  if (numbers.length !== counties.length || covered.join() !== all.join()) {
    page.context.sink.warning("imdi-country", undefined, message.settlementNoCountry(page.year));
    return;
  }
  add(
    page,
    COUNTRY,
    numbers.reduce((sum, value) => sum + value, 0),
    "fylkestabellen, summen av fylkene",
  );
}
