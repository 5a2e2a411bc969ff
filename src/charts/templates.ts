// Chart templates: Vega-Lite specs an editor may change, each declaring the fields its "table" rows carry.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors.js";
import * as msg from "./messages.js";
import type { ChartRow } from "./types.js";

export type FieldType = keyof typeof msg.TYPE_NAMES;

export interface FieldSpec {
  readonly type: FieldType;
  /** The field may hold null (a value SSB does not publish). */
  readonly nullable: boolean;
  /** The field may be left out of a row. */
  readonly optional: boolean;
}

export type ParamValue = string | number | boolean | null;

export interface ChartTemplate {
  readonly name: string;
  readonly file: string;
  /** The Vega-Lite spec as the editor wrote it. */
  readonly spec: Readonly<Record<string, unknown>>;
  readonly fields: ReadonlyMap<string, FieldSpec>;
  /** Top-level Vega-Lite params with their default values. */
  readonly params: ReadonlyMap<string, ParamValue>;
}

/** The templates shipped with faktaark: <project>/templates/charts. */
export const DEFAULT_TEMPLATES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../templates/charts");

const SUFFIX = ".vl.json";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readFields(file: string, usermeta: unknown): Map<string, FieldSpec> {
  const fields = isRecord(usermeta) ? usermeta.fields : undefined;
  if (!isRecord(fields) || Object.keys(fields).length === 0) throw new UserError(msg.templateWithoutFields(file));
  const result = new Map<string, FieldSpec>();
  for (const [name, raw] of Object.entries(fields)) {
    const type = isRecord(raw) ? raw.type : undefined;
    if (type !== "number" && type !== "string" && type !== "boolean") {
      throw new UserError(msg.templateBadField(file, name, type));
    }
    const spec = raw as Record<string, unknown>;
    result.set(name, { type, nullable: spec.nullable === true, optional: spec.optional === true });
  }
  return result;
}

function readParams(spec: Record<string, unknown>): Map<string, ParamValue> {
  const params = new Map<string, ParamValue>();
  for (const param of Array.isArray(spec.params) ? spec.params : []) {
    if (!isRecord(param) || typeof param.name !== "string" || "select" in param) continue;
    const value = param.value;
    params.set(
      param.name,
      typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null,
    );
  }
  return params;
}

/** Reads one template's text (pure: `file` only names it in messages). */
export function parseTemplate(name: string, file: string, text: string): ChartTemplate {
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch (error) {
    throw new UserError(msg.templateNotJson(file, error instanceof Error ? error.message : String(error)));
  }
  if (!isRecord(spec)) throw new UserError(msg.templateNotJson(file, "the top level is not an object"));
  if (!isRecord(spec.data) || spec.data.name !== "table") throw new UserError(msg.templateWithoutTable(file));
  return { name, file, spec, fields: readFields(file, spec.usermeta), params: readParams(spec) };
}

/** The template files in `dir`, by template name. */
export function listTemplateFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir).sort()) {
    if (entry.endsWith(SUFFIX)) files.set(entry.slice(0, -SUFFIX.length), join(dir, entry));
  }
  return files;
}

/** Reads and checks every template in `dir`. */
export function readTemplates(dir: string): Map<string, ChartTemplate> {
  const templates = new Map<string, ChartTemplate>();
  for (const [name, file] of listTemplateFiles(dir)) {
    templates.set(name, parseTemplate(name, file, readFileSync(file, "utf8")));
  }
  return templates;
}

function typeOf(value: unknown): string {
  return typeof value;
}

/** Checks rows against the template's declared fields; a bad row is the sheet builder's bug, named exactly. */
export function checkRows(template: ChartTemplate, rows: readonly ChartRow[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (const [field, spec] of template.fields) {
      const value = row[field];
      const typeName = msg.TYPE_NAMES[spec.type];
      if (value === undefined) {
        if (spec.optional) continue;
        throw new UserError(msg.missingField(template.name, i + 1, field, typeName, Object.keys(row)));
      }
      if (value === null ? !spec.nullable : typeOf(value) !== spec.type) {
        throw new UserError(msg.wrongFieldType(template.name, i + 1, field, typeName, value));
      }
      if (typeof value === "number" && !Number.isFinite(value)) {
        throw new UserError(msg.wrongFieldType(template.name, i + 1, field, typeName, String(value)));
      }
    }
  }
}
