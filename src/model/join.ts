// Joins the raw tables of a dataset into one MunicipalityRecord per municipality of today's register, every
// part carrying its source and the notes on how it was put on today's borders. A missing table gives a null
// part, not an error: the sheet says the figure is missing.
import type { RawDataset } from "../data/read-dataset.js";
import { findTableSpec, type Topic } from "../data/tables.js";
import type { ClassificationTable, Diagnostic, Observation, SourceRef } from "../data/types.js";
import { buildChangeMap, listBuiltinChanges, mergeChanges } from "./changes.js";
import { type HarmonisedTable, harmoniseTable } from "./harmonise.js";
import { assignKostraGroups } from "./kostra-groups.js";
import * as message from "./messages.js";
import { findCounty, MUNICIPALITIES, shortNameOf } from "./municipalities.js";
import * as parts from "./parts.js";
import type { AreaFigures, MunicipalityRecord, RecordParts, Sourced, WrittenForm } from "./record.js";

export interface JoinContext {
  /** Written form per municipality (data/register/maalform.csv). */
  readonly writtenForms: ReadonlyMap<string, WrittenForm>;
}

export interface JoinResult {
  readonly records: MunicipalityRecord[];
  /** The country's and counties' own figures where the files publish them. */
  readonly areas: AreaFigures[];
  readonly diagnostics: Diagnostic[];
}

interface RegisterRow {
  readonly code: string;
  readonly name: string;
}

/** Today's municipalities: the dataset's KLASS 131 list when it has one, else the built-in register. */
export function selectRegister(classifications: readonly ClassificationTable[]): {
  rows: RegisterRow[];
  fromDataset: boolean;
} {
  const rows = classifications
    .filter((table) => table.classification === "131")
    .flatMap((table) => table.codes)
    .filter((code) => /^\d{4}$/.test(code.code) && code.code !== "9999" && !code.validTo)
    .map((code) => ({ code: code.code, name: code.name }));
  const unique = [...new Map(rows.map((row) => [row.code, row])).values()].sort((a, b) => a.code.localeCompare(b.code));
  if (unique.length > 0) return { rows: unique, fromDataset: true };
  return { rows: MUNICIPALITIES.map(({ code, name }) => ({ code, name })), fromDataset: false };
}

/** Centrality class and index by municipality code from KLASS 128 (class = parent code, index = notes). */
export function readCentrality(
  classifications: readonly ClassificationTable[],
): Map<string, { class: number; index: number | null }> {
  const result = new Map<string, { class: number; index: number | null }>();
  for (const table of classifications.filter((t) => t.classification === "128")) {
    for (const code of table.codes) {
      if (!/^\d{4}$/.test(code.code) || code.parentCode === null) continue;
      const centralityClass = Number(code.parentCode);
      if (!(centralityClass >= 1 && centralityClass <= 6)) continue;
      // KLASS's CSV export keeps the index in `notes`; a correspondence has the class only.
      const index = code.notes === undefined || code.notes === "" ? null : Number(code.notes);
      result.set(code.code, { class: centralityClass, index: index !== null && Number.isFinite(index) ? index : null });
    }
  }
  return result;
}

type PartBuilder<T> = (observations: readonly Observation[]) => T | null;

/** Tables by topic, harmonised; tables for several topics (07459) appear under each. */
function harmoniseByTopic(raw: RawDataset, changes: ReturnType<typeof buildChangeMap>) {
  const byTopic = new Map<Topic, HarmonisedTable[]>();
  const diagnostics: Diagnostic[] = [];
  for (const table of raw.tables) {
    const spec = findTableSpec(table.source.table, table.source.title);
    if (!spec) continue;
    const harmonised = harmoniseTable(table, changes);
    if (harmonised.unknownCodes.length > 0) {
      diagnostics.push({
        severity: "warning",
        file: table.source.file,
        message: message.unknownCodes(table.source.table, harmonised.unknownCodes),
      });
    }
    for (const topic of spec.topics) {
      const list = byTopic.get(topic) ?? [];
      list.push(harmonised);
      byTopic.set(topic, list);
    }
  }
  return { byTopic, diagnostics };
}

/** The first year an edition has figures for (a projection's base year), over all its files and regions: a file
 * of the country's and counties' rows alone (fetch's "-landet-fylker" twin) is the same edition as the rest. */
function baseYears(tables: readonly HarmonisedTable[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const table of tables)
    for (const regions of [table.byRegion, table.byArea])
      for (const observations of regions.values())
        for (const o of observations)
          first.set(table.source.table, Math.min(first.get(table.source.table) ?? o.year, o.year));
  return first;
}

/** SSB publishes each projection as a new table (14288 from 2024, 14746 from 2026): when a dataset holds several,
 * the newest (the latest base year) is used, never a sum of them, and each older one is named in a warning. */
function keepNewestEdition(byTopic: Map<Topic, HarmonisedTable[]>, topic: Topic): Diagnostic[] {
  const tables = byTopic.get(topic) ?? [];
  const years = baseYears(tables);
  const [newestTable, newest] = [...years].reduce<[string, number] | [undefined, number]>(
    (best, [table, year]) => (year > best[1] || (year === best[1] && table > (best[0] ?? "")) ? [table, year] : best),
    [undefined, Number.NEGATIVE_INFINITY],
  );
  const older = tables.filter((table) => table.source.table !== newestTable);
  if (older.length === 0 || newestTable === undefined) return [];
  byTopic.set(
    topic,
    tables.filter((table) => table.source.table === newestTable),
  );
  return older.map((table) => ({
    severity: "warning" as const,
    file: table.source.file,
    message: message.olderEdition(table.source.table, years.get(table.source.table) ?? newest, newestTable, newest),
  }));
}

/** Where a table keeps a region's observations: a municipality's on today's borders, or an area's own. */
type RegionsOf = (table: HarmonisedTable) => ReadonlyMap<string, readonly Observation[]>;
const ON_TODAYS_BORDERS: RegionsOf = (table) => table.byRegion;
const AREAS: RegionsOf = (table) => table.byArea;

function sourced<T>(
  tables: readonly HarmonisedTable[] | undefined,
  code: string,
  build: PartBuilder<T>,
  regionsOf: RegionsOf,
): Sourced<T> | null {
  if (!tables) return null;
  const used = tables.filter((table) => (regionsOf(table).get(code)?.length ?? 0) > 0);
  const first = used[0];
  if (first === undefined) return null;
  const data = build(used.flatMap((table) => regionsOf(table).get(code) ?? []));
  if (data === null) return null;
  const notes = message.uniqueNotes(used.flatMap((table) => table.notes.get(code) ?? []));
  const source: SourceRef = first.source;
  return { source, files: [...new Set(used.map((table) => table.source.file))], data, notes };
}

export function joinRecords(raw: RawDataset, context: JoinContext): JoinResult {
  const diagnostics: Diagnostic[] = [];
  const register = selectRegister(raw.classifications);
  if (!register.fromDataset) diagnostics.push({ severity: "warning", file: raw.dir, message: message.noRegister() });
  const changes = buildChangeMap(
    register.rows.map((row) => row.code),
    mergeChanges(listBuiltinChanges(), raw.classifications),
  );
  const { byTopic, diagnostics: harmoniseDiagnostics } = harmoniseByTopic(raw, changes);
  diagnostics.push(...harmoniseDiagnostics);
  diagnostics.push(...keepNewestEdition(byTopic, "projection"));
  const centrality = readCentrality(raw.classifications);
  const kostra = assignKostraGroups(
    raw.classifications,
    register.rows.map((row) => row.code),
  );
  diagnostics.push(...kostra.diagnostics);
  const withoutForm = register.rows.filter((row) => !context.writtenForms.has(row.code)).map((row) => row.code);
  if (withoutForm.length > 0) {
    diagnostics.push({ severity: "warning", file: raw.dir, message: message.noWrittenForm(withoutForm) });
  }
  const records = register.rows.map(({ code, name }): MunicipalityRecord => {
    const countyCode = code.slice(0, 2);
    return {
      code,
      name,
      shortName: shortNameOf(code, name),
      county: { code: countyCode, name: findCounty(countyCode)?.name ?? countyCode },
      centrality: centrality.get(code) ?? null,
      kostraGroup: kostra.groups.get(code) ?? null,
      writtenForm: context.writtenForms.get(code) ?? "neutral",
      ...buildParts(byTopic, code, ON_TODAYS_BORDERS),
    };
  });
  // The country and today's counties as the files publish them (SSB's "Hele landet" and county rows).
  const areaCodes = ["0", ...new Set(register.rows.map((row) => row.code.slice(0, 2)))];
  const areas = areaCodes
    .map((code) => ({ code, parts: buildParts(byTopic, code, AREAS) }))
    .filter((area) => Object.values(area.parts).some((part) => part !== null));
  return { records, areas, diagnostics };
}

function buildParts(byTopic: ReadonlyMap<Topic, HarmonisedTable[]>, code: string, regionsOf: RegionsOf): RecordParts {
  return {
    population: sourced(byTopic.get("population"), code, parts.makePopulation, regionsOf),
    immigrants: sourced(byTopic.get("immigrants"), code, parts.makeImmigrants, regionsOf),
    households: sourced(byTopic.get("households"), code, parts.makeHouseholds, regionsOf),
    dwellings: sourced(byTopic.get("dwellings"), code, parts.makeDwellings, regionsOf),
    tenure: sourced(byTopic.get("tenure"), code, parts.makeTenure, regionsOf),
    crowding: sourced(byTopic.get("crowding"), code, parts.makeCrowding, regionsOf),
    construction: sourced(byTopic.get("construction"), code, parts.makeConstruction, regionsOf),
    projection: sourced(byTopic.get("projection"), code, parts.makeProjection, regionsOf),
    municipalDwellings: sourced(byTopic.get("municipalDwellings"), code, parts.makeMunicipalDwellings, regionsOf),
    lowIncome: sourced(byTopic.get("lowIncome"), code, parts.makeLowIncome, regionsOf),
    housePrices: sourced(byTopic.get("housePrices"), code, parts.makeHousePrices, regionsOf),
    socialAssistance: sourced(byTopic.get("socialAssistance"), code, parts.makeSocialAssistance, regionsOf),
    refugees: sourced(byTopic.get("refugees"), code, parts.makeRefugees, regionsOf),
    husbanken: sourced(byTopic.get("husbanken"), code, parts.makeHusbanken, regionsOf),
  };
}
