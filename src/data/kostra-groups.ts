// SSB's KOSTRA groups (kommunegruppering): one group per municipality, as a CSV `knr,name,value` with the group
// number in `value` – the layout of ../shared/data/reference/kostragrupper_kommuner_2024.csv. Read into a
// classification table (KLASS 112) whose codes carry the group as their parent, SSB's region code `EKGnn`.
import { keepFullRows, parseCsvRows } from "./csv.js";
import { lineAt } from "./diagnostics.js";
import * as message from "./messages.js";
import type { FileReading, ReadContext } from "./read-context.js";
import type { Evidence } from "./tables.js";
import type { ClassificationCode } from "./types.js";

/**
 * The KOSTRA grouping as SSB publishes it. KLASS 112 is «Kodeliste for KOSTRA - kommunegruppering»; its version
 * 1450 is the grouping per 2020 that still holds (SSB's «KOSTRA-gruppene» page: 17 groups, renumbered municipalities
 * of 2024 in the correspondence from 2024, Haram placed in group 1). The groups are the region codes EKG01–EKG17
 * in SSB's KOSTRA tables.
 */
export const KOSTRA_GROUPING = {
  classification: "112",
  /** The grouping's year: SSB's «grupperingen per 2020». */
  year: 2020,
  groups: 17,
  regionCodePrefix: "EKG",
  evidence: {
    grade: "doc",
    source:
      "TABLES.md §9 (EKG01–EKG17 KOSTRA-grupper) and §11 (KLASS 112, version 1450 = 2020 grouping), from JB " +
      "klass-vardok.md and kostra.md, verified live 2026-09-20; one group per municipality: " +
      "../shared/data/reference/kostragrupper_kommuner_2024.csv (SOURCES.md), whose group sizes match SSB's table",
  } satisfies Evidence,
} as const;

const COLUMNS = ["knr", "name", "value"] as const;

/** A group as the file writes it: the number (`10`) or SSB's region code (`EKG10`). */
const GROUP = /^(?:EKG)?(\d{1,2})$/i;

/** The group number 1–17 a cell names, or null. */
function parseGroup(cell: string): number | null {
  const match = GROUP.exec(cell.trim());
  const group = match ? Number(match[1]) : Number.NaN;
  return group >= 1 && group <= KOSTRA_GROUPING.groups ? group : null;
}

/** SSB's region code of a group: 10 → "EKG10". */
function formatKostraGroupCode(group: number): string {
  return `${KOSTRA_GROUPING.regionCodePrefix}${String(group).padStart(2, "0")}`;
}

/** The group number of a region code "EKG10", or null. */
export function parseKostraGroupCode(code: string | null): number | null {
  return code?.startsWith(KOSTRA_GROUPING.regionCodePrefix) ? parseGroup(code) : null;
}

/** The header is exactly knr, name, value and the first row names a group: other `knr,name,value` lists (målform)
 * are not taken for one. */
export function isKostraGroupCsv(names: readonly string[], firstRow: readonly string[] | undefined): boolean {
  const lower = names.map((name) => name.trim().toLowerCase());
  if (lower.length !== COLUMNS.length || !COLUMNS.every((column) => lower.includes(column))) return false;
  return parseGroup(firstRow?.[lower.indexOf("value")] ?? "") !== null;
}

export function readKostraGroupCsv(text: string, delimiter: string, context: ReadContext): FileReading {
  const recognisedAs = `KOSTRA-grupper (KLASS ${KOSTRA_GROUPING.classification}, CSV)`;
  const rows = parseCsvRows(text, delimiter, context);
  if (rows === null) return { recognisedAs, tables: [], classifications: [] };
  const names = rows[0]?.cells.map((name) => name.trim().toLowerCase()) ?? [];
  const [knr, name, value] = COLUMNS.map((column) => names.indexOf(column)) as [number, number, number];
  const codes: ClassificationCode[] = [];
  const lineOf = new Map<string, number>();
  for (const row of keepFullRows(rows.slice(1), COLUMNS.length, context)) {
    const at = lineAt(row.line);
    const code = (row.cells[knr] ?? "").trim();
    if (!/^\d{4}$/.test(code)) {
      context.sink.error("knr", at, message.badMunicipalityCode(code));
      continue;
    }
    const group = parseGroup(row.cells[value] ?? "");
    if (group === null) {
      context.sink.error("kostra-group", at, message.badKostraGroup(row.cells[value] ?? ""), code);
      continue;
    }
    const first = lineOf.get(code);
    if (first !== undefined) {
      context.sink.error("duplicate", at, message.kostraGroupTwice(code, first), code);
      continue;
    }
    lineOf.set(code, row.line);
    codes.push({ code, parentCode: formatKostraGroupCode(group), level: "2", name: (row.cells[name] ?? "").trim() });
  }
  const table = {
    source: {
      table: `klass${KOSTRA_GROUPING.classification}`,
      publisher: "SSB",
      file: context.file,
      format: "kostra-csv" as const,
      title: `KOSTRA-grupper, kommunegruppering per ${KOSTRA_GROUPING.year}`,
    },
    classification: KOSTRA_GROUPING.classification,
    codes,
    changes: [],
  };
  return { recognisedAs, tables: [], classifications: [table] };
}
