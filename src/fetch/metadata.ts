// PxWebApi v2's `/tables/{id}/metadata` (a JSON-stat2 dataset without values) and the check every data request
// passes first: each code faktaark would send is one SSB lists, each variable it leaves out is one SSB lets it leave
// out. The codes come from the catalogue (src/data/tables.ts); nothing is asked for that the metadata does not list.
// Shape: janbrus/pxwebapi-skills ssb-pxwebapi-v2-skill/references/json-stat2.md and codelists-and-filters.md
// (metadata is a JSON-stat2 dataset; `dimension.X.extension.elimination` says whether X may be left out;
// `dimension.X.extension.codelists` lists its `agg_`/`vs_` lists), PxTools/PxWeb2's generated `extension_dimension`.
import { AREA_CODES, type TableSpec } from "../data/tables.js";
import * as message from "./messages.js";
import type { Selection, TableQuery } from "./queries.js";

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export interface VariableMetadata {
  readonly id: string;
  /** Codes in SSB's order. */
  readonly codes: readonly string[];
  readonly eliminable: boolean;
  readonly codelists: readonly string[];
  /** Code → SSB's label, when the answer has them. */
  readonly labels?: ReadonlyMap<string, string>;
}

export interface TableMetadata {
  readonly variables: ReadonlyMap<string, VariableMetadata>;
}

/** The codes of a JSON-stat2 category index, which may be an object (code → position) or a list. */
function codesOf(index: unknown): string[] {
  if (Array.isArray(index)) return index.map(String);
  if (!isObject(index)) return [];
  return Object.entries(index)
    .sort(([, a], [, b]) => Number(a) - Number(b))
    .map(([code]) => code);
}

function codelistsOf(extension: JsonObject): string[] {
  // SSB writes `codelists` (JB, verified 2026-09-09); PxWeb2's generated client spells it `codeLists`.
  const lists = extension.codelists ?? extension.codeLists;
  return Array.isArray(lists)
    ? lists.flatMap((list) => (isObject(list) && typeof list.id === "string" ? [list.id] : []))
    : [];
}

function labelsOf(label: unknown): Map<string, string> {
  if (!isObject(label)) return new Map();
  return new Map(Object.entries(label).flatMap(([code, text]) => (typeof text === "string" ? [[code, text]] : [])));
}

/** The variables of a metadata answer, or null when it is not JSON-stat2 with `id` and `dimension`. */
export function parseTableMetadata(doc: unknown): TableMetadata | null {
  if (!isObject(doc) || !Array.isArray(doc.id) || !isObject(doc.dimension)) return null;
  const dimensions = doc.dimension;
  const variables = new Map<string, VariableMetadata>();
  for (const id of doc.id.map(String)) {
    const dimension = dimensions[id];
    if (!isObject(dimension)) return null;
    const extension = isObject(dimension.extension) ? dimension.extension : {};
    variables.set(id, {
      id,
      codes: codesOf(isObject(dimension.category) ? dimension.category.index : undefined),
      // Absent means no promise that it may be left out.
      eliminable: extension.elimination === true,
      codelists: codelistsOf(extension),
      labels: labelsOf(isObject(dimension.category) ? dimension.category.label : undefined),
    });
  }
  return { variables };
}

export interface Plan {
  readonly selection: Selection;
  /** Lines for the progress log: an unconfirmed code left out, a region codelist SSB does not offer. */
  readonly notes: readonly string[];
}

/** A plan, a refusal (the table is not fetched, and that is a failure), or a twin not needed (see areasBeside). */
export type PlanResult = { readonly plan: Plan } | { readonly refusal: string } | { readonly skip: string };

/** The region variable of a table: SSB's standard `Region`, or the catalogue's (KOSTRA). */
export const regionDimensionOf = (spec: TableSpec): string => spec.regionDimension ?? "Region";

/**
 * The selection for one query, checked against the table's metadata: a refusal names the first code or variable
 * SSB does not have (before any data request); an unconfirmed value SSB does not list is left out with a note when
 * its variable keeps another value.
 */
export function planSelection(
  query: TableQuery,
  spec: TableSpec,
  table: string,
  metadata: TableMetadata,
  counties: readonly string[] = [],
): PlanResult {
  const notes: string[] = [];
  const listedVariables = [...metadata.variables.keys()];
  const variable = (id: string): VariableMetadata | string =>
    metadata.variables.get(id) ?? message.unknownVariable(id, table, listedVariables);

  const regionId = regionDimensionOf(spec);
  const region = variable(regionId);
  if (typeof region === "string") return { refusal: region };
  let codelist = query.codelist;
  if (codelist !== undefined && !region.codelists.includes(codelist)) {
    notes.push(message.codelistMissing(`tabell ${table} (${query.what})`, codelist));
    codelist = undefined;
  }
  let areaCodes: string[] | undefined;
  if (query.areasBeside !== undefined) {
    if (!region.codelists.includes(query.areasBeside)) return { skip: message.areasWithMunicipalities(table) };
    const scheme = AREA_CODES[regionId];
    const wanted = scheme === undefined ? [] : [scheme.country, ...counties.map(scheme.county)];
    areaCodes = wanted.filter((code) => region.codes.includes(code));
    if (areaCodes.length === 0) return { refusal: message.noAreas(table, regionId, wanted) };
    const missing = wanted.filter((code) => !areaCodes?.includes(code));
    if (missing.length > 0) notes.push(message.areasLeftOut(table, regionId, missing));
  }

  const values: [string, string[]][] = [];
  for (const [id, dimension] of Object.entries(spec.dimensions)) {
    if (query.eliminate?.includes(id)) continue;
    const found = variable(id);
    if (typeof found === "string") return { refusal: found };
    const wanted = Object.values(dimension.values);
    const missing = wanted.filter((value) => !found.codes.includes(value.code));
    const required = missing.find((value) => value.evidence.grade !== "unconfirmed");
    if (required !== undefined || missing.length === wanted.length) {
      const first = required ?? (missing[0] as (typeof missing)[number]);
      return { refusal: message.unknownCode(first.code, id, table, found.codes) };
    }
    for (const value of missing) notes.push(message.unconfirmedLeftOut(value.code, id, table));
    for (const value of wanted) {
      if (value.labelMustMatch === undefined || missing.includes(value)) continue;
      const label = found.labels?.get(value.code);
      if (label === undefined || !value.labelMustMatch.test(label)) {
        return { refusal: message.labelMismatch(value.code, id, table, label, value.label) };
      }
    }
    values.push([id, wanted.filter((value) => !missing.includes(value)).map((value) => value.code)]);
  }
  for (const [id, selection] of Object.entries(query.split ?? {})) {
    const found = variable(id);
    if (typeof found === "string") return { refusal: found };
    values.push([id, [selection]]);
  }
  const time = variable("Tid");
  if (typeof time === "string") return { refusal: time };

  const asked = new Set([regionId, "Tid", ...values.map(([id]) => id)]);
  const leftOut = [...metadata.variables.values()].find((v) => !asked.has(v.id) && !v.eliminable);
  if (leftOut !== undefined) return { refusal: message.notEliminable(leftOut.id, table) };

  return {
    plan: {
      selection: {
        region: { dimension: regionId, ...(codelist ? { codelist } : {}), ...(areaCodes ? { codes: areaCodes } : {}) },
        values,
        time: query.time,
      },
      notes,
    },
  };
}
