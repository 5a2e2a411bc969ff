// JSON-stat2 as SSB's PxWebApi returns it (v0 POST and v2 GET): a flat value array over the dimensions in `id`
// order, the last dimension varying fastest. This is the thin mapping from that cube to long observations.
import { AGE, parseAgeBand } from "./age-key.js";
import { isSsbSymbol, MIN_YEAR, parseYear } from "./cells.js";
import { type Measure, measureOfUnit } from "./measures.js";
import * as message from "./messages.js";
import { checkValue, measureLookup } from "./plausibility.js";
import type { FileReading, ReadContext } from "./read-context.js";
import { COUNTRY, normaliseRegionCode } from "./regions.js";
import { titleWithoutNumber } from "./tables.js";
import type { Cell, Observation, ObservationTable } from "./types.js";

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An observation of a cube. Its `at` ("value[40]") is made only when a message needs it: a national file
 * holds millions of cells, and a string per cell doubled the reading time. */
class CubeObservation implements Observation {
  constructor(
    readonly region: string,
    readonly year: number,
    readonly keys: Readonly<Record<string, string>>,
    readonly value: Cell,
    readonly index: number,
  ) {}

  get at(): string {
    return `value[${this.index}]`;
  }
}

export function isJsonStat(doc: JsonObject): boolean {
  return doc.class === "dataset" && Array.isArray(doc.id) && Array.isArray(doc.size) && isObject(doc.dimension);
}

export interface JsonStatDeclaration {
  /** Table number when the file does not carry one. */
  readonly table?: string;
}

/** The table id: from dataset.json, extension.px.tableid, or the label's leading "NNNNN:". */
function findTableId(doc: JsonObject, declared: JsonStatDeclaration): string | null {
  if (declared.table !== undefined) return declared.table;
  const px = isObject(doc.extension) && isObject(doc.extension.px) ? doc.extension.px : undefined;
  if (px && typeof px.tableid === "string" && px.tableid !== "") return px.tableid;
  const label = typeof doc.label === "string" ? /^(\d{5}):/.exec(doc.label) : null;
  return label?.[1] ?? null;
}

/** Category codes in index order; `index` may be an object (code → position) or an array of codes. */
function categoryCodes(dimension: unknown): string[] | null {
  if (!isObject(dimension) || !isObject(dimension.category)) return null;
  const { index, label } = dimension.category;
  if (Array.isArray(index)) return index.map(String);
  if (isObject(index)) {
    const codes: string[] = [];
    for (const [code, position] of Object.entries(index)) {
      if (typeof position !== "number") return null;
      codes[position] = code;
    }
    return codes.length === Object.keys(index).length ? codes : null;
  }
  // A single-category dimension may carry only labels.
  return isObject(label) ? Object.keys(label) : null;
}

function roleOf(doc: JsonObject, role: "geo" | "time" | "metric"): string | undefined {
  const roles = isObject(doc.role) ? doc.role[role] : undefined;
  return Array.isArray(roles) && typeof roles[0] === "string" ? roles[0] : undefined;
}

/** The status symbol of cell i: `status` may be an array, an object keyed by position, or one string for all. */
function statusAt(status: unknown, i: number): unknown {
  if (status === undefined || status === null) return undefined;
  if (typeof status === "string") return status;
  if (Array.isArray(status)) return status[i];
  return isObject(status) ? status[String(i)] : undefined;
}

/** The kind of each content code whose `category.unit.{code}.base` says it ("personer", "prosent"). */
function unitMeasures(dimension: unknown): Map<string, Measure> {
  const measures = new Map<string, Measure>();
  const units = isObject(dimension) && isObject(dimension.category) ? dimension.category.unit : undefined;
  for (const [code, unit] of Object.entries(isObject(units) ? units : {})) {
    const measure = isObject(unit) && typeof unit.base === "string" ? measureOfUnit(unit.base) : null;
    if (measure !== null) measures.set(code, measure);
  }
  return measures;
}

function cellOf(value: unknown, status: unknown): Cell | undefined {
  if (typeof value === "number") return value;
  if (value === null || value === undefined) {
    return typeof status === "string" && isSsbSymbol(status) ? status : "..";
  }
  return undefined;
}

/** Age codes as the join reads them: SSB's age-group codelists use codes that say nothing of the ages ("F340");
 * their labels do ("0-4 år"), so such a code is replaced by its label. */
function readableAges(codes: readonly string[], dimension: unknown): string[] {
  const labels =
    isObject(dimension) && isObject(dimension.category) && isObject(dimension.category.label)
      ? dimension.category.label
      : {};
  return codes.map((code) => {
    const label = labels[code];
    return parseAgeBand(code) === null && typeof label === "string" && parseAgeBand(label) !== null ? label : code;
  });
}

export function readJsonStat(doc: JsonObject, context: ReadContext, declared: JsonStatDeclaration = {}): FileReading {
  const { sink } = context;
  const tableId = findTableId(doc, declared);
  const label = typeof doc.label === "string" ? doc.label : "";
  const recognisedAs = `SSB ${tableId ?? "(uten tabellnummer)"} (JSON-stat2)`;
  const empty: FileReading = { recognisedAs, tables: [], classifications: [] };
  if (tableId === null) {
    sink.error("table", "label", message.missingTableId());
    return empty;
  }
  const ids = (doc.id as unknown[]).map(String);
  const sizes = (doc.size as unknown[]).map(Number);
  const dimensions = doc.dimension as JsonObject;
  if (ids.length !== sizes.length) {
    sink.error("structure", "size", message.malformedJsonStat("size", `${ids.length} tall, ett per id`));
    return empty;
  }
  const codes: string[][] = [];
  for (const [d, id] of ids.entries()) {
    const list = categoryCodes(dimensions[id]);
    if (list === null) {
      sink.error(
        "structure",
        `dimension.${id}`,
        message.malformedJsonStat(`dimension.${id}.category`, "index eller label"),
      );
      return empty;
    }
    if (list.length !== sizes[d]) {
      sink.error("structure", `dimension.${id}`, message.sizeMismatch(id, sizes[d] ?? 0, list.length));
      return empty;
    }
    codes.push(id === AGE ? readableAges(list, dimensions[id]) : list);
  }
  const total = sizes.reduce((product, size) => product * size, 1);
  const values = doc.value;
  if (Array.isArray(values)) {
    if (values.length !== total) {
      sink.error("structure", "value", message.valueLengthMismatch(total, sizes, values.length));
      return empty;
    }
  } else if (!isObject(values)) {
    sink.error("structure", "value", message.malformedJsonStat("value", "en liste med tall"));
    return empty;
  }

  const regionId = roleOf(doc, "geo") ?? ids.find((id) => id === "Region" || /region/i.test(id));
  const timeId = roleOf(doc, "time") ?? ids.find((id) => id === "Tid");
  if (timeId === undefined || !ids.includes(timeId)) {
    sink.error("structure", "role.time", message.malformedJsonStat("role.time", "en tidsdimensjon (Tid)"));
    return empty;
  }
  const regionDim = regionId === undefined ? -1 : ids.indexOf(regionId);
  const timeDim = ids.indexOf(timeId);
  const timeCodes = codes[timeDim] ?? [];
  const years = timeCodes.map((code) => {
    const at = `dimension.${timeId}.category.index.${code}`;
    const year = parseYear(code);
    if (year === null) sink.error("year", at, message.badYear(code));
    else if (year > context.maxYear) sink.error("year-range", at, message.yearAfterLastYear(year, context.maxYear));
    else if (year < MIN_YEAR) sink.warning("year-range", at, message.yearOutOfRange(year, context.maxYear));
    else return year;
    return null;
  });
  const regions = regionDim < 0 ? [COUNTRY] : (codes[regionDim] ?? []).map((code) => normaliseRegionCode(code) ?? code);
  const otherDims = ids.map((_, d) => d).filter((d) => d !== regionDim && d !== timeDim);
  const otherIds = otherDims.map((d) => ids[d] ?? "");

  // Each combination of the other dimensions gets a number, so one keys object is shared by every
  // observation with the same other categories.
  const otherStride = new Array<number>(ids.length).fill(0);
  let combos = 1;
  for (let k = otherDims.length - 1; k >= 0; k -= 1) {
    const d = otherDims[k] ?? 0;
    otherStride[d] = combos;
    combos *= sizes[d] ?? 1;
  }
  const keysCache: (Readonly<Record<string, string>> | undefined)[] = new Array(combos);
  const keysFor = (position: Int32Array, combo: number): Readonly<Record<string, string>> => {
    const cached = keysCache[combo];
    if (cached) return cached;
    const keys: Record<string, string> = {};
    for (const [k, d] of otherDims.entries()) keys[otherIds[k] ?? ""] = codes[d]?.[position[d] ?? 0] ?? "";
    keysCache[combo] = keys;
    return keys;
  };

  // A value's kind, once per combination: the catalogue's, else the file's own unit for its content code.
  const contentsId = roleOf(doc, "metric") ?? "ContentsCode";
  const units = unitMeasures(dimensions[contentsId]);
  const catalogueMeasure = measureLookup(tableId);
  const measures: (Measure | null | undefined)[] = new Array(combos);
  const measureFor = (keys: Readonly<Record<string, string>>, combo: number): Measure | null => {
    const known = measures[combo];
    if (known !== undefined) return known;
    const code = keys[contentsId];
    const measure = catalogueMeasure(keys) ?? (code === undefined ? undefined : units.get(code)) ?? null;
    measures[combo] = measure;
    return measure;
  };

  const valueAt: (i: number) => unknown = Array.isArray(values)
    ? (i) => values[i]
    : (i) => (values as JsonObject)[String(i)];
  const status = doc.status;
  const observations: Observation[] = [];
  // An odometer over the dimensions, last one fastest; `combo` follows it so no per-cell loop is needed.
  const count = ids.length;
  const position = new Int32Array(count);
  const limit = Int32Array.from(sizes);
  const comboStep = Int32Array.from(otherStride);
  let combo = 0;
  for (let i = 0; i < total; i += 1) {
    const year = years[position[timeDim] as number];
    if (year !== null && year !== undefined) {
      const value = valueAt(i);
      const cell = typeof value === "number" ? value : cellOf(value, statusAt(status, i));
      const region = regions[regionDim < 0 ? 0 : (position[regionDim] as number)] as string;
      if (cell === undefined) {
        sink.error("value", `value[${i}]`, message.nonNumericValue(JSON.stringify(value)), region);
      } else {
        const keys = keysFor(position, combo);
        const refused = typeof cell === "number" ? checkValue(cell, measureFor(keys, combo), String(value)) : null;
        if (refused === null) observations.push(new CubeObservation(region, year, keys, cell, i));
        else sink.error("plausible", `value[${i}]`, refused, region);
      }
    }
    for (let d = count - 1; d >= 0; d -= 1) {
      const next = (position[d] as number) + 1;
      if (next < (limit[d] as number)) {
        position[d] = next;
        combo += comboStep[d] as number;
        break;
      }
      combo -= (next - 1) * (comboStep[d] as number);
      position[d] = 0;
    }
  }

  const table: ObservationTable = {
    source: {
      table: tableId,
      publisher: "SSB",
      file: context.file,
      format: "json-stat2",
      title: titleWithoutNumber(label),
      ...(typeof doc.updated === "string" ? { updated: doc.updated } : {}),
    },
    dimensions: otherIds,
    observations,
  };
  return { recognisedAs, tables: [table], classifications: [] };
}
