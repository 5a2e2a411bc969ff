// Writers for the real formats the sample is published in: PxWebApi v2 JSON-stat2, Statistikkbanken CSV
// (ISO-8859-1/windows-1252), KLASS JSON and CSV, and faktaark's own CSV.
import type { Cell } from "../data/types.js";

export interface Category {
  readonly code: string;
  readonly label: string;
}

export interface JsonStatDimension {
  readonly id: string;
  readonly label: string;
  readonly categories: readonly Category[];
  /** For ContentsCode: the unit of each value. */
  readonly unit?: { readonly base: string; readonly decimals: number };
}

export interface JsonStatInput {
  readonly table: string;
  readonly title: string;
  readonly updated: string;
  readonly note: readonly string[];
  readonly dimensions: readonly JsonStatDimension[];
  /** The value at a position: one category code per dimension, in dimension order. */
  readonly value: (codes: readonly string[]) => Cell;
}

/** A PxWebApi v2 JSON-stat2 dataset; symbols go in `status` with a null value, as SSB writes them. */
export function formatJsonStat(input: JsonStatInput): string {
  const ids = input.dimensions.map((d) => d.id);
  const size = input.dimensions.map((d) => d.categories.length);
  const dimension: Record<string, unknown> = {};
  for (const d of input.dimensions) {
    const category: Record<string, unknown> = {
      index: Object.fromEntries(d.categories.map((c, i) => [c.code, i])),
      label: Object.fromEntries(d.categories.map((c) => [c.code, c.label])),
    };
    if (d.unit) category.unit = Object.fromEntries(d.categories.map((c) => [c.code, d.unit]));
    dimension[d.id] = {
      label: d.label,
      category,
      extension: { elimination: d.id !== "ContentsCode" && d.id !== "Tid", show: "value" },
    };
  }
  const values: (number | null)[] = [];
  const status: Record<string, string> = {};
  const codes: string[] = ids.map(() => "");
  const walk = (depth: number): void => {
    const dim = input.dimensions[depth];
    if (dim === undefined) {
      const cell = input.value(codes);
      if (typeof cell === "number") values.push(cell);
      else {
        status[String(values.length)] = cell;
        values.push(null);
      }
      return;
    }
    for (const c of dim.categories) {
      codes[depth] = c.code;
      walk(depth + 1);
    }
  };
  walk(0);
  const doc = {
    version: "2.0",
    class: "dataset",
    label: `${input.table}: ${input.title}`,
    source: "Statistisk sentralbyrå",
    updated: input.updated,
    note: input.note,
    role: { time: ["Tid"], metric: ["ContentsCode"], geo: [ids[0]] },
    id: ids,
    size,
    dimension,
    extension: { px: { tableid: input.table, decimals: 0, language: "no", "official-statistics": true } },
    value: values,
    ...(Object.keys(status).length > 0 ? { status } : {}),
  };
  return `${JSON.stringify(doc)}\n`;
}

// windows-1252 bytes for the characters outside ISO-8859-1 that Norwegian and Sami names use.
const WINDOWS_1252: Readonly<Record<string, number>> = { š: 0x9a, Š: 0x8a, ž: 0x9e, Ž: 0x8e, "–": 0x96 };

/** Text as Statistikkbanken downloads are encoded (ISO-8859-1, with windows-1252's extra letters). */
export function encodeLatin1(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    const code = char.charCodeAt(0);
    const mapped = code <= 0xff ? code : WINDOWS_1252[char];
    if (mapped === undefined) throw new Error(`«${char}» kan ikke skrives i ISO-8859-1.`);
    bytes[i] = mapped;
  }
  return bytes;
}

const quote = (text: string): string => `"${text.replaceAll('"', '""')}"`;

const formatCell = (cell: Cell): string => (typeof cell === "number" ? String(cell) : cell);

/** A Statistikkbanken CSV download: quoted title, blank line, quoted header, rows with quoted labels and bare
 * numbers (symbols bare too, as SSB writes them). */
export function formatStatbankCsv(
  table: string,
  title: string,
  header: readonly string[],
  rows: readonly (readonly (string | Cell)[])[],
  labelColumns: number,
): Buffer {
  const lines = [quote(`${table}: ${title}`), "", header.map(quote).join(";")];
  for (const row of rows) {
    lines.push(row.map((cell, i) => (i < labelColumns ? quote(String(cell)) : formatCell(cell as Cell))).join(";"));
  }
  return encodeLatin1(`${lines.join("\n")}\n`);
}

/** A KLASS CSV export: comma-separated, every field quoted. */
export function formatKlassCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map((row) => row.map(quote).join(",")).join("\n")}\n`;
}

/** faktaark's CSV: UTF-8, ";", header kilde;tabell;knr;år;variabel;verdi. */
export function formatFaktaarkCsv(rows: readonly (readonly [string, string, string, number, string, Cell])[]): string {
  const lines = ["kilde;tabell;knr;år;variabel;verdi"];
  for (const [source, table, code, year, variable, value] of rows) {
    lines.push([source, table, code, String(year), variable, formatCell(value)].join(";"));
  }
  return `${lines.join("\n")}\n`;
}

/** KOSTRA groups as `knr,name,value`, UTF-8, the layout of SSB's groups per municipality (data/kostra-groups.ts). */
export function formatKostraGroupCsv(rows: readonly (readonly [string, string, number])[]): string {
  const field = (text: string): string => (/[",\n]/.test(text) ? quote(text) : text);
  return `${["knr,name,value", ...rows.map(([code, name, group]) => `${code},${field(name)},${group}`)].join("\n")}\n`;
}
