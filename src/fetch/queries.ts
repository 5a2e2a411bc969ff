// The requests `faktaark fetch` makes: for each SSB table of the catalogue its PxWebApi v2 metadata and then one
// data GET (two for 07459), and the KLASS municipality register, its changes and centrality. Codes come from
// src/data/tables.ts, so the catalogue stays the one place that names them; src/fetch/metadata.ts checks each one
// against SSB's metadata before a data URL is built from it.
//
// Regions: tables with SSB's standard `Region` dimension are asked for `codelist[Region]=agg_KommSummer` with
// `outputValues[Region]=aggregated`. That is SSB's "municipalities, aggregated time series" grouping: every
// series on today's municipal borders, merged and renumbered municipalities summed by SSB itself, one code per
// current municipality ("K-3103", which the reader turns into "3103"). It is ~360 regions instead of ~1000
// (every code ever used, counties, the country), so the cubes stay far under SSB's 800 000-cell limit, and SSB
// knows how to put split municipalities' history on new borders, which faktaark can only mark as missing.
// A table whose metadata does not offer that codelist is asked for every region (`valueCodes[Region]=*`):
// faktaark's own harmonising (src/model/harmonise.ts) then puts old codes on today's borders. KOSTRA tables have
// their own region dimension (the catalogue's `regionDimension`) with current codes only.

export const DEFAULT_BASE_URL = "https://data.ssb.no/api/pxwebapi/v2";
export const DEFAULT_KLASS_URL = "https://data.ssb.no/api/klass/v1";

export type ResponseKind =
  | "json-stat"
  | "px-metadata"
  | "px-tables"
  | "klass-codes"
  | "klass-changes"
  | "klass-correspondence"
  /** IMDi's hub page and its yearly settlement pages (HTML, imdi.ts). */
  | "imdi-hub"
  | "imdi-page";

/** A request whose URL is known before the run starts (KLASS). */
export interface FetchRequest {
  /** File name in the dataset directory: "klass-131.json". */
  readonly file: string;
  /** "klass131", "klass128"; for the log. */
  readonly table: string;
  /** What it is, in progress lines and messages: "KLASS 131 (kommuner 2026-01-01)". */
  readonly what: string;
  readonly url: string;
  readonly kind: ResponseKind;
}

export interface TableQuery {
  /** The catalogue's table number (for the projection: the edition to fall back on). */
  readonly table: string;
  /** File name suffix when a table is fetched in several parts. */
  readonly part?: string;
  readonly what: string;
  /** The region codelist to ask for, when the table's metadata offers it. */
  readonly codelist?: string;
  /** Time selection: `from(2000)` for a series, `top(N)` for the latest N periods (newest first in v2). */
  readonly time: string;
  /** Catalogue dimensions left out of this request, so SSB eliminates (sums) them. */
  readonly eliminate?: readonly string[];
  /** Dimensions not in the catalogue that this request splits by. */
  readonly split?: Readonly<Record<string, string>>;
  /** The country's and counties' own rows instead of the municipalities (see AREA_CODES), for a municipality
   * request with this codelist: without it, the municipality request asks for every region, these included. */
  readonly areasBeside?: string;
}

/** What one data request selects, after the metadata check. */
export interface Selection {
  /** The region variable, with a codelist, or with the codes of the areas asked for (all when absent). */
  readonly region: { readonly dimension: string; readonly codelist?: string; readonly codes?: readonly string[] };
  /** Variable → the codes (or one filter such as `*`) asked for, in catalogue order. */
  readonly values: readonly (readonly [string, readonly string[]])[];
  readonly time: string;
}

const MUNICIPALITIES_SUMMED = "agg_KommSummer";

// Years: series the sheet draws go back as far as it shows; tables only read for their latest year get a few
// years so a late publication still leaves the previous one. `top(N)` never names a year that may not exist.
const MUNICIPALITY_QUERIES: readonly TableQuery[] = [
  {
    table: "07459",
    part: "totalt",
    what: "folkemengde 2000–",
    codelist: MUNICIPALITIES_SUMMED,
    time: "from(2000)",
    eliminate: ["Kjonn"],
  },
  {
    table: "07459",
    part: "alder-kjonn",
    what: "folkemengde etter alder og kjønn, siste år",
    codelist: MUNICIPALITIES_SUMMED,
    time: "top(1)",
    split: { Alder: "*" },
  },
  { table: "09817", what: "innvandrere", codelist: MUNICIPALITIES_SUMMED, time: "top(15)" },
  { table: "06070", what: "husholdninger", codelist: MUNICIPALITIES_SUMMED, time: "top(5)" },
  { table: "06265", what: "boliger etter bygningstype", codelist: MUNICIPALITIES_SUMMED, time: "top(5)" },
  { table: "11084", what: "eierstatus", codelist: MUNICIPALITIES_SUMMED, time: "top(5)" },
  { table: "05940", what: "boligbygging 2000–", codelist: MUNICIPALITIES_SUMMED, time: "from(2000)" },
  // All projection years, sex and age eliminated. Projections by age group are not fetched: 14746's age
  // groupings are SSB codelists whose codes are not confirmed (TABLES.md §8). The newest edition is searched for.
  { table: "14746", what: "befolkningsframskriving", codelist: MUNICIPALITIES_SUMMED, time: "*" },
  // Three-year periods ("2022-2024"): the latest five, for the sheet's latest and the trend behind it.
  { table: "12944", what: "vedvarende lavinntekt", codelist: MUNICIPALITIES_SUMMED, time: "top(5)" },
  { table: "14545", what: "kvadratmeterpris brukte boliger", codelist: MUNICIPALITIES_SUMMED, time: "top(3)" },
  // KOSTRA: regions in the catalogue's region variable, current codes only.
  { table: "12008", what: "kommunalt disponerte boliger", time: "top(10)" },
  // 13995 starts in 2022 (13138 before it is not read): its four years.
  { table: "13995", what: "sosialhjelpsmottakere", time: "top(4)" },
];

/** Each query with a region codelist followed by its twin for SSB's own country and county rows ("Hele landet",
 * the counties), which the sheet uses instead of faktaark's sums: a small request of its own, since the codelist
 * has municipalities only (AREA_CODES in the catalogue has the codes and their evidence). A query without a
 * codelist (KOSTRA 12008) asks for every region, the country (EAK) and the counties (EKAnn) among them. */
export const QUERIES: readonly TableQuery[] = MUNICIPALITY_QUERIES.flatMap((query) => {
  const { codelist, ...rest } = query;
  if (codelist === undefined) return [query];
  const twin: TableQuery = {
    ...rest,
    part: query.part ? `${query.part}-landet-fylker` : "landet-fylker",
    what: `${query.what}, landet og fylkene`,
    areasBeside: codelist,
  };
  return [query, twin];
});

/** SSB tables `fetch` can download, in catalogue order. */
export const FETCHABLE_TABLES: readonly string[] = [...new Set(QUERIES.map((query) => query.table))];

/** The queries for --tables (all when absent). */
export function selectQueries(tables?: readonly string[]): TableQuery[] {
  const wanted = tables === undefined ? undefined : new Set(tables);
  return QUERIES.filter((query) => wanted === undefined || wanted.has(query.table));
}

/** "ssb-07459-totalt.json"; `table` is the table actually fetched (a newer projection edition has its own number). */
export const fileOf = (query: TableQuery, table: string): string =>
  `ssb-${table}${query.part ? `-${query.part}` : ""}.json`;

export const whatOf = (query: TableQuery, table: string): string => `tabell ${table} (${query.what})`;

// Brackets, commas, parentheses and `*` stay readable in URLs and logs; SSB reads them literally.
const encodeValue = (value: string): string => encodeURIComponent(value).replace(/%2C/gi, ",");

function buildUrl(base: string, path: string, params: readonly (readonly [string, string])[]): string {
  const query = params.map(([key, value]) => `${key}=${encodeValue(value)}`).join("&");
  return `${base.replace(/\/+$/, "")}${path}?${query}`;
}

export const metadataUrl = (baseUrl: string, table: string): string =>
  buildUrl(baseUrl, `/tables/${table}/metadata`, [["lang", "no"]]);

/** PxWebApi v2's table search (words are ANDed at SSB); one page of 100 is far more than the editions there are. */
export const searchUrl = (baseUrl: string, words: string): string =>
  buildUrl(baseUrl, "/tables", [
    ["lang", "no"],
    ["query", words],
    ["pageSize", "100"],
  ]);

export function dataUrl(baseUrl: string, table: string, selection: Selection): string {
  const { dimension, codelist, codes } = selection.region;
  const params: [string, string][] = [
    ["lang", "no"],
    ["outputFormat", "json-stat2"],
    [`valueCodes[${dimension}]`, codes === undefined ? "*" : codes.join(",")],
  ];
  if (codelist) {
    params.push([`codelist[${dimension}]`, codelist]);
    params.push([`outputValues[${dimension}]`, "aggregated"]);
  }
  for (const [id, codes] of selection.values) params.push([`valueCodes[${id}]`, codes.join(",")]);
  params.push(["valueCodes[Tid]", selection.time]);
  return buildUrl(baseUrl, `/tables/${table}/data`, params);
}

/** KLASS: the register first (every data answer is checked against it), then changes and centrality. */
export function klassRequests(klassUrl: string, year: number): FetchRequest[] {
  const today = `${year}-01-01`;
  return [
    {
      file: "klass-131.json",
      table: "klass131",
      what: `KLASS 131 (kommuner ${today})`,
      url: buildUrl(klassUrl, "/classifications/131/codesAt", [
        ["date", today],
        ["language", "nb"],
      ]),
      kind: "klass-codes",
    },
    {
      file: "klass-131-endringer.json",
      table: "klass131",
      what: "KLASS 131 (kommuneendringer fra 2018)",
      // `to` is 2 January so changes that took effect on 1 January this year are certainly included.
      url: buildUrl(klassUrl, "/classifications/131/changes", [
        ["from", "2018-01-01"],
        ["to", `${year}-01-02`],
        ["language", "nb"],
      ]),
      kind: "klass-changes",
    },
    {
      // The six centrality classes only (TABLES.md §11): their names.
      file: "klass-128.json",
      table: "klass128",
      what: `KLASS 128 (sentralitetsklasser ${today})`,
      url: buildUrl(klassUrl, "/classifications/128/codesAt", [
        ["date", today],
        ["language", "nb"],
      ]),
      kind: "klass-codes",
    },
    {
      // Each municipality's class: 131's correspondence to 128 over a range, since `correspondsAt` has answered
      // empty for a year whose correspondence was not published yet (TABLES.md §11). The reader keeps, per
      // municipality, the item valid last.
      file: "klass-131-128.json",
      table: "klass128",
      what: "KLASS 131→128 (kommunenes sentralitetsklasse fra 2018)",
      url: buildUrl(klassUrl, "/classifications/131/corresponds", [
        ["targetClassificationId", "128"],
        ["from", "2018-01-01"],
        ["to", `${year}-01-02`],
        ["language", "nb"],
      ]),
      kind: "klass-correspondence",
    },
  ];
}
