// SSB KLASS classifications: the municipality list (131), centrality (128) and municipality changes, as the
// KLASS API returns them (JSON codesAt / changes / corresponds) or as KLASS exports them (CSV, and the change-list CSV
// with "0101 - Halden" cells joined by no-break spaces).
import { keepFullRows, parseCsvRows } from "./csv.js";
import { lineAt } from "./diagnostics.js";
import * as message from "./messages.js";
import type { FileReading, ReadContext } from "./read-context.js";
import type { ClassificationChange, ClassificationCode, ClassificationTable, SourceFormat } from "./types.js";

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const text = (value: unknown): string => (typeof value === "string" ? value : value == null ? "" : String(value));
const optionalText = (value: unknown): string | null =>
  value === null || value === undefined || value === "" ? null : String(value);

export function isKlassCodesJson(doc: JsonObject): boolean {
  return Array.isArray(doc.codes);
}

export function isKlassChangesJson(doc: JsonObject): boolean {
  return Array.isArray(doc.codeChanges);
}

export function isKlassCorrespondenceJson(doc: JsonObject): boolean {
  return Array.isArray(doc.correspondenceItems);
}

/** Which classification a code list is, from its content: "128" when its level-1 classes are
 * "Sentralitet: …", "131" when its codes are four-digit municipality numbers. */
export function inferClassification(codes: readonly ClassificationCode[]): string | null {
  if (codes.some((code) => code.level === "1" && code.name.startsWith("Sentralitet"))) return "128";
  const municipal = codes.filter((code) => /^\d{4}$/.test(code.code)).length;
  return codes.length > 0 && municipal / codes.length >= 0.9 ? "131" : null;
}

function inferChangeClassification(changes: readonly ClassificationChange[]): string | null {
  return changes.length > 0 && changes.every((c) => /^\d{4}$/.test(c.oldCode) && /^\d{4}$/.test(c.newCode))
    ? "131"
    : null;
}

function classificationTable(
  classification: string | null,
  declared: string | undefined,
  format: SourceFormat,
  what: string,
  codes: readonly ClassificationCode[],
  changes: readonly ClassificationChange[],
  context: ReadContext,
): FileReading {
  const number = declared ?? classification;
  if (number === null) {
    context.sink.warning("classification", undefined, message.unknownClassification());
    return { recognisedAs: `KLASS (ukjent klassifikasjon, ${what})`, tables: [], classifications: [] };
  }
  const table: ClassificationTable = {
    source: { table: `klass${number}`, publisher: "SSB", file: context.file, format, title: `KLASS ${number}` },
    classification: number,
    codes,
    changes,
  };
  return { recognisedAs: `KLASS ${number} (${what})`, tables: [], classifications: [table] };
}

function codeFromRecord(record: JsonObject): ClassificationCode {
  return {
    code: text(record.code),
    parentCode: optionalText(record.parentCode),
    level: text(record.level),
    name: text(record.name),
    validFrom: optionalText(record.validFrom),
    validTo: optionalText(record.validTo),
    notes: text(record.notes),
  };
}

export function readKlassCodesJson(doc: JsonObject, context: ReadContext, declared?: string): FileReading {
  const codes: ClassificationCode[] = [];
  for (const [i, record] of (doc.codes as unknown[]).entries()) {
    if (!isObject(record) || text(record.code) === "") {
      context.sink.error(
        "record",
        `codes[${i}]`,
        message.malformedJsonStat(`codes[${i}]`, "et objekt med «code» og «name»"),
      );
      continue;
    }
    codes.push(codeFromRecord(record));
  }
  return classificationTable(inferClassification(codes), declared, "klass-json", "JSON codesAt", codes, [], context);
}

export function readKlassChangesJson(doc: JsonObject, context: ReadContext, declared?: string): FileReading {
  const changes: ClassificationChange[] = [];
  for (const [i, record] of (doc.codeChanges as unknown[]).entries()) {
    if (!isObject(record) || text(record.oldCode) === "" || text(record.newCode) === "") {
      context.sink.error(
        "record",
        `codeChanges[${i}]`,
        message.malformedJsonStat(`codeChanges[${i}]`, "et objekt med «oldCode» og «newCode»"),
      );
      continue;
    }
    changes.push({
      oldCode: text(record.oldCode),
      oldName: text(record.oldName),
      newCode: text(record.newCode),
      newName: text(record.newName),
      changeOccurred: text(record.changeOccurred),
    });
  }
  return classificationTable(
    inferChangeClassification(changes),
    declared,
    "klass-json",
    "JSON endringer",
    [],
    changes,
    context,
  );
}

/** Which classification a 131 correspondence points to: "128" when every target is a centrality class 01–06. */
function inferCorrespondenceTarget(codes: readonly ClassificationCode[]): string | null {
  return codes.length > 0 && codes.every((c) => /^\d{4}$/.test(c.code) && /^0[1-6]$/.test(c.parentCode ?? ""))
    ? "128"
    : null;
}

/** The later of two validity periods: open-ended first, then the latest start. */
const isLater = (a: ClassificationCode, b: ClassificationCode): boolean =>
  (a.validTo == null) !== (b.validTo == null) ? a.validTo == null : (a.validFrom ?? "") > (b.validFrom ?? "");

/**
 * A correspondence (`classifications/131/corresponds?targetClassificationId=128`): each municipality as a code of
 * the target classification with its class as the parent, the item valid last when its class changed between
 * versions (TABLES.md §11). The centrality index is not in a correspondence: `notes` stays empty.
 */
export function readKlassCorrespondenceJson(doc: JsonObject, context: ReadContext, declared?: string): FileReading {
  const latest = new Map<string, ClassificationCode>();
  for (const [i, record] of (doc.correspondenceItems as unknown[]).entries()) {
    if (!isObject(record) || text(record.sourceCode) === "" || text(record.targetCode) === "") {
      const where = `correspondenceItems[${i}]`;
      context.sink.error(
        "record",
        where,
        message.malformedJsonStat(where, "et objekt med «sourceCode» og «targetCode»"),
      );
      continue;
    }
    const code: ClassificationCode = {
      code: text(record.sourceCode),
      parentCode: text(record.targetCode),
      level: "2",
      name: text(record.sourceName),
      validFrom: optionalText(record.validFrom),
      validTo: optionalText(record.validTo),
      notes: "",
    };
    const known = latest.get(code.code);
    if (known === undefined || isLater(code, known)) latest.set(code.code, code);
  }
  const codes = [...latest.values()];
  return classificationTable(
    inferCorrespondenceTarget(codes),
    declared,
    "klass-json",
    "JSON korrespondanse fra 131",
    codes,
    [],
    context,
  );
}

/** A KLASS CSV export: header "code","parentCode","level","name",… separated by commas or semicolons. */
export function isKlassCsvHeader(names: readonly string[]): boolean {
  const lower = names.map((name) => name.trim().toLowerCase());
  return lower[0] === "code" && lower.includes("name") && lower.includes("level");
}

export function readKlassCsv(text: string, delimiter: string, context: ReadContext, declared?: string): FileReading {
  const rows = parseCsvRows(text, delimiter, context);
  const names = rows?.[0]?.cells.map((name) => name.trim()) ?? [];
  if (rows === null || rows.length < 2) {
    if (rows !== null) context.sink.error("rows", undefined, message.noDataRows());
    return { recognisedAs: "KLASS (CSV)", tables: [], classifications: [] };
  }
  const column = (name: string): number => names.indexOf(name);
  const [code, parent, level, name, notes, from, to] = [
    column("code"),
    column("parentCode"),
    column("level"),
    column("name"),
    column("notes"),
    column("validFrom"),
    column("validTo"),
  ];
  // Older exports leave trailing empty fields out (`"1";"";"1";"Bolig";;`), so rows need only reach "name".
  const needed = Math.max(code, level, name) + 1;
  const codes: ClassificationCode[] = keepFullRows(rows.slice(1), needed, context).map(({ cells }) => ({
    code: (cells[code] ?? "").trim(),
    parentCode: parent < 0 ? null : optionalText(cells[parent]),
    level: (cells[level] ?? "").trim(),
    name: (cells[name] ?? "").trim(),
    validFrom: from < 0 ? null : optionalText(cells[from]),
    validTo: to < 0 ? null : optionalText(cells[to]),
    notes: notes < 0 ? "" : (cells[notes] ?? ""),
  }));
  return classificationTable(inferClassification(codes), declared, "klass-csv", "CSV", codes, [], context);
}

// "0101 - Halden" with no-break spaces (U+00A0) around the hyphen in SSB's export; plain spaces also accepted.
const CHANGE_CELL = /^(\d{2,4})[\s\u00a0]+-[\s\u00a0]+(.+)$/;

/** The change-list export: a header like "kommuner_2019;kommuner_2020" and cells "0101 - Halden". */
export function isChangeListCsv(names: readonly string[], firstRow: readonly string[] | undefined): boolean {
  const years = names.filter((name) => /_\d{4}$/.test(name.trim()));
  return years.length >= 2 && firstRow !== undefined && CHANGE_CELL.test((firstRow[0] ?? "").trim());
}

export function readKlassChangeListCsv(
  text: string,
  delimiter: string,
  context: ReadContext,
  declared?: string,
): FileReading {
  const rows = parseCsvRows(text, delimiter, context);
  const recognisedAs = "KLASS 131 (CSV endringsliste)";
  if (rows === null || rows.length < 2) {
    if (rows !== null) context.sink.error("rows", undefined, message.noDataRows());
    return { recognisedAs, tables: [], classifications: [] };
  }
  const names = rows[0]?.cells.map((name) => name.trim()) ?? [];
  const yearColumns = names.map((name, index) => ({ index, year: /_(\d{4})$/.exec(name)?.[1] })).filter((c) => c.year);
  const from = yearColumns[0];
  const to = yearColumns[1];
  if (from === undefined || to === undefined) return { recognisedAs, tables: [], classifications: [] };
  const changes: ClassificationChange[] = [];
  for (const row of keepFullRows(rows.slice(1), Math.max(from.index, to.index) + 1, context)) {
    const oldCell = CHANGE_CELL.exec((row.cells[from.index] ?? "").trim());
    const newCell = CHANGE_CELL.exec((row.cells[to.index] ?? "").trim());
    if (!oldCell || !newCell) {
      const bad = oldCell ? row.cells[to.index] : row.cells[from.index];
      context.sink.error("change", lineAt(row.line), message.badChangeCell(bad ?? ""));
      continue;
    }
    changes.push({
      oldCode: oldCell[1] ?? "",
      oldName: (oldCell[2] ?? "").trim(),
      newCode: newCell[1] ?? "",
      newName: (newCell[2] ?? "").trim(),
      changeOccurred: `${to.year}-01-01`,
    });
  }
  return classificationTable(
    inferChangeClassification(changes),
    declared,
    "klass-csv",
    "CSV endringsliste",
    [],
    changes,
    context,
  );
}
