// The requests `faktaark fetch` makes: one PxWebApi v2 GET per SSB table of the catalogue (two for 07459), and
// the KLASS municipality register, its changes and centrality. Codes come from src/data/tables.ts, so the
// catalogue stays the one place that names them.
//
// Regions: tables with SSB's standard `Region` dimension are asked for `codelist[Region]=agg_KommSummer` with
// `outputValues[Region]=aggregated`. That is SSB's "municipalities, aggregated time series" grouping: every
// series on today's municipal borders, merged and renumbered municipalities summed by SSB itself, one code per
// current municipality ("K-3103", which the reader turns into "3103"). It is ~360 regions instead of ~1000
// (every code ever used, counties, the country), so the cubes stay far under SSB's 800 000-cell limit, and SSB
// knows how to put split municipalities' history on new borders, which faktaark can only mark as missing.
// Not every table carries that grouping, so each such request has a fallback with plain `valueCodes[Region]=*`,
// used when SSB rejects the first with HTTP 400: faktaark's own harmonising (src/model/harmonise.ts) then puts
// old codes on today's borders. KOSTRA tables have their own region dimension with current codes only.
import { TABLES, type TableSpec } from "../data/tables.js";

export const DEFAULT_BASE_URL = "https://data.ssb.no/api/pxwebapi/v2";
export const DEFAULT_KLASS_URL = "https://data.ssb.no/api/klass/v1";

export type ResponseKind = "json-stat" | "klass-codes" | "klass-changes";

export interface FetchRequest {
  /** File name in the dataset directory: "ssb-07459-totalt.json", "klass-131.json". */
  readonly file: string;
  /** SSB table number or "klass131"; for the log and --tables. */
  readonly table: string;
  /** What it is, in progress lines and messages: "tabell 07459 (folkemengde 2000–)". */
  readonly what: string;
  readonly url: string;
  readonly kind: ResponseKind;
  /** The same request with every region, when SSB rejects the region codelist (see above). */
  readonly fallback?: { readonly url: string; readonly codelist: string };
}

interface RegionSelection {
  readonly dimension: string;
  /** An aggregation to ask for, with a fallback to every region. */
  readonly codelist?: string;
}

const MUNICIPALITIES_SUMMED: RegionSelection = { dimension: "Region", codelist: "agg_KommSummer" };
const KOSTRA_REGIONS: RegionSelection = { dimension: "KOKkommuneregion0000" };

interface TableQuery {
  readonly table: string;
  /** File name suffix when a table is fetched in several parts. */
  readonly part?: string;
  readonly what: string;
  readonly region: RegionSelection;
  /** Time selection: `from(2000)` for a series, `top(N)` for the latest N periods (newest first in v2). */
  readonly time: string;
  /** Catalogue dimensions left out of this request, so SSB eliminates (sums) them. */
  readonly eliminate?: readonly string[];
  /** Dimensions not in the catalogue that this request splits by. */
  readonly split?: Readonly<Record<string, string>>;
}

// Years: series the sheet draws go back as far as it shows; tables only read for their latest year get a few
// years so a late publication still leaves the previous one. `top(N)` never names a year that may not exist.
const QUERIES: readonly TableQuery[] = [
  {
    table: "07459",
    part: "totalt",
    what: "folkemengde 2000–",
    region: MUNICIPALITIES_SUMMED,
    time: "from(2000)",
    eliminate: ["Kjonn"],
  },
  {
    table: "07459",
    part: "alder-kjonn",
    what: "folkemengde etter alder og kjønn, siste år",
    region: MUNICIPALITIES_SUMMED,
    time: "top(1)",
    split: { Alder: "*" },
  },
  { table: "09817", what: "innvandrere", region: MUNICIPALITIES_SUMMED, time: "top(15)" },
  { table: "06070", what: "husholdninger", region: MUNICIPALITIES_SUMMED, time: "top(5)" },
  { table: "06265", what: "boliger etter bygningstype", region: MUNICIPALITIES_SUMMED, time: "top(5)" },
  { table: "11084", what: "eierstatus", region: MUNICIPALITIES_SUMMED, time: "top(5)" },
  { table: "05940", what: "boligbygging 2000–", region: MUNICIPALITIES_SUMMED, time: "from(2000)" },
  // All projection years, sex and age eliminated. Projections by age group are not fetched: 14746's age
  // groupings are SSB codelists whose codes are not confirmed (TABLES.md §8).
  { table: "14746", what: "befolkningsframskriving", region: MUNICIPALITIES_SUMMED, time: "*" },
  { table: "12008", what: "kommunalt disponerte boliger", region: KOSTRA_REGIONS, time: "top(10)" },
];

/** SSB tables `fetch` can download, in catalogue order. */
export const FETCHABLE_TABLES: readonly string[] = [...new Set(QUERIES.map((query) => query.table))];

export interface QueryOptions {
  readonly baseUrl: string;
  readonly klassUrl: string;
  /** The register's year: codesAt 1 January of this year. */
  readonly year: number;
  /** SSB tables to fetch; all when absent. The KLASS files are always fetched. */
  readonly tables?: readonly string[];
}

// Brackets, commas, parentheses and `*` stay readable in URLs and logs; SSB reads them literally.
const encodeValue = (value: string): string => encodeURIComponent(value).replace(/%2C/gi, ",");

function buildUrl(base: string, path: string, params: readonly (readonly [string, string])[]): string {
  const query = params.map(([key, value]) => `${key}=${encodeValue(value)}`).join("&");
  return `${base.replace(/\/+$/, "")}${path}?${query}`;
}

function specOf(id: string): TableSpec {
  const spec = TABLES.find((table) => table.id === id);
  if (!spec) throw new Error(`Tabell ${id} mangler i katalogen (src/data/tables.ts).`);
  return spec;
}

function tableParams(query: TableQuery, withCodelist: boolean): [string, string][] {
  const spec = specOf(query.table);
  const params: [string, string][] = [
    ["lang", "no"],
    ["outputFormat", "json-stat2"],
    [`valueCodes[${query.region.dimension}]`, "*"],
  ];
  if (withCodelist && query.region.codelist) {
    params.push([`codelist[${query.region.dimension}]`, query.region.codelist]);
    params.push([`outputValues[${query.region.dimension}]`, "aggregated"]);
  }
  for (const [dimension, { values }] of Object.entries(spec.dimensions)) {
    if (query.eliminate?.includes(dimension)) continue;
    params.push([
      `valueCodes[${dimension}]`,
      Object.values(values)
        .map((value) => value.code)
        .join(","),
    ]);
  }
  for (const [dimension, selection] of Object.entries(query.split ?? {})) {
    params.push([`valueCodes[${dimension}]`, selection]);
  }
  params.push(["valueCodes[Tid]", query.time]);
  return params;
}

function requestFor(query: TableQuery, baseUrl: string): FetchRequest {
  const path = `/tables/${query.table}/data`;
  const file = `ssb-${query.table}${query.part ? `-${query.part}` : ""}.json`;
  const request: FetchRequest = {
    file,
    table: query.table,
    what: `tabell ${query.table} (${query.what})`,
    url: buildUrl(baseUrl, path, tableParams(query, true)),
    kind: "json-stat",
  };
  const codelist = query.region.codelist;
  return codelist === undefined
    ? request
    : { ...request, fallback: { url: buildUrl(baseUrl, path, tableParams(query, false)), codelist } };
}

function klassRequests(klassUrl: string, year: number): FetchRequest[] {
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
      file: "klass-128.json",
      table: "klass128",
      what: `KLASS 128 (sentralitet ${today})`,
      url: buildUrl(klassUrl, "/classifications/128/codesAt", [
        ["date", today],
        ["language", "nb"],
      ]),
      kind: "klass-codes",
    },
  ];
}

/** Every request of one run, KLASS first (the register is what a dataset needs most). */
export function listFetchRequests(options: QueryOptions): FetchRequest[] {
  const wanted = options.tables === undefined ? undefined : new Set(options.tables);
  const tables = QUERIES.filter((query) => wanted === undefined || wanted.has(query.table)).map((query) =>
    requestFor(query, options.baseUrl),
  );
  return [...klassRequests(options.klassUrl, options.year), ...tables];
}
