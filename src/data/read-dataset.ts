// Reads a dataset directory: every file (recursively) is recognised by its content and read into raw tables and
// classifications; every problem becomes a diagnostic, and a broken file never stops the others.
import { createHash } from "node:crypto";
import { basename, join, relative, resolve, sep } from "node:path";
import { UserError } from "../errors.js";
import { buildChangeMap, listBuiltinChanges, mergeChanges } from "../model/changes.js";
import type { DatasetFile } from "../model/dataset.js";
import { selectRegister } from "../model/join.js";
import { reportCatalogueUse } from "./catalogue-use.js";
import { LAST_YEAR } from "./cells.js";
import { type DatasetEffects, fileDatasetEffects, isUnreadableFile, whyUnreadable } from "./dataset-files.js";
import {
  DATASET_JSON,
  type DatasetConfig,
  defaultDatasetConfig,
  type FileDeclaration,
  normaliseDatasetConfig,
} from "./dataset-json.js";
import { decodeText, findMojibake, lineOf } from "./decode.js";
import { type DetectedFormat, detectFormat } from "./detect.js";
import { DiagnosticSink, lineAt } from "./diagnostics.js";
import { removeDuplicates } from "./duplicates.js";
import { readFaktaarkCsv } from "./faktaark-csv.js";
import { readSettlementPage } from "./imdi-page.js";
import { isJsonStat, readJsonStat } from "./json-stat.js";
import {
  isKlassChangesJson,
  isKlassCodesJson,
  isKlassCorrespondenceJson,
  readKlassChangeListCsv,
  readKlassChangesJson,
  readKlassCodesJson,
  readKlassCorrespondenceJson,
  readKlassCsv,
} from "./klass.js";
import { readKostraGroupCsv } from "./kostra-groups.js";
import * as message from "./messages.js";
import { reportOverlappingLevels } from "./overlapping-levels.js";
import { refuseImplausibleRows } from "./plausibility.js";
import type { FileReading, ReadContext } from "./read-context.js";
import { buildRegionResolver } from "./regions.js";
import { buildSettlementNames, type SettlementNames } from "./settlement-names.js";
import { refuseBeforeReading, SNIFF_BYTES } from "./sniff.js";
import { readStatbankCsv } from "./statbank-csv.js";
import { readTidyCsv } from "./tidy-csv.js";
import type { ClassificationTable, DatasetMeta, Diagnostic, ObservationTable } from "./types.js";
import { collectKnownMunicipalities, reportUnknownMunicipalities } from "./validate.js";
import { reportGroupsBesideMembers } from "./value-groups.js";

/** Written by `faktaark fetch` beside the tables it downloads. */
const FETCH_LOG = "fetch-log.json";

export interface RawDataset {
  readonly dir: string;
  readonly meta: DatasetMeta;
  readonly tables: ObservationTable[];
  readonly classifications: ClassificationTable[];
  readonly files: DatasetFile[];
  /** Files the user asked to be passed over (--ignore), as paths relative to `dir`. */
  readonly ignored: readonly string[];
  readonly diagnostics: Diagnostic[];
  /** Municipalities with a row-level error in some file, each with its first problem. */
  readonly regionErrors: ReadonlyMap<string, string>;
}

/** What `read` gives, or why the file cannot be read. */
async function readOrWhy<T>(read: () => Promise<T>): Promise<T | { readonly unreadable: string }> {
  try {
    return await read();
  } catch (error) {
    if (!isUnreadableFile(error)) throw error;
    return { unreadable: whyUnreadable(error) };
  }
}

interface LoadedFile {
  readonly path: string;
  readonly sha256: string;
  readonly text: string;
  readonly format: DetectedFormat;
  readonly declaration: FileDeclaration | undefined;
  readonly sink: DiagnosticSink;
  /** JSON parsed once, when the file is JSON and parses. */
  readonly json?: unknown;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `ignore`: files to pass over (--ignore), relative to `dir` or to the working directory. */
export async function readDataset(
  dir: string,
  effects: DatasetEffects = fileDatasetEffects,
  ignore: readonly string[] = [],
): Promise<RawDataset> {
  const all = (await effects.listFiles(dir)).filter((path) => !basename(path).startsWith(".")).sort();
  const ignored = resolveIgnored(dir, all, ignore);
  const paths = all.filter((path) => !ignored.includes(path));
  const diagnostics: Diagnostic[] = [];
  const config = paths.includes(DATASET_JSON)
    ? await readDatasetJson(join(dir, DATASET_JSON), basename(dir), effects, diagnostics)
    : defaultDatasetConfig(basename(dir));
  for (const declared of config.files.keys()) {
    if (!paths.includes(declared))
      diagnostics.push({
        severity: "error",
        file: DATASET_JSON,
        at: `files.${declared}`,
        message: message.declaredFileMissing(declared),
      });
  }

  const loaded: LoadedFile[] = [];
  const empties: DatasetFile[] = [];
  // fetch-log.json is `faktaark fetch`'s record of what it downloaded, not data.
  for (const path of paths.filter((p) => p !== DATASET_JSON && basename(p) !== FETCH_LOG)) {
    const sink = new DiagnosticSink(path);
    const read = await readOrWhy(() => effects.readHead(join(dir, path), SNIFF_BYTES));
    if ("unreadable" in read) {
      sink.error("unreadable", undefined, `${read.unreadable}${message.ignoreHint(path)}`);
      diagnostics.push(...sink.list());
      continue;
    }
    const { head, size } = read;
    const refusal = refuseBeforeReading(head, size);
    if (refusal !== null) {
      sink.error(refusal.kind, undefined, `${refusal.message}${message.ignoreHint(path)}`);
      diagnostics.push(...sink.list());
      // Never read whole: its start and size stand for it.
      const sha256 = createHash("sha256").update(head).update(`${size}`).digest("hex");
      empties.push({ path, sha256, recognisedAs: null, rows: 0 });
      continue;
    }
    const bytes = await effects.readFile(join(dir, path));
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const decoded = decodeText(bytes);
    if (decoded.text.trim() === "") {
      sink.error("empty", undefined, message.emptyFile(bytes.length));
      diagnostics.push(...sink.list());
      empties.push({ path, sha256, recognisedAs: null, rows: 0 });
      continue;
    }
    const declaration = config.files.get(path);
    const format = detectFormat(decoded.text, declaration);
    if (decoded.encoding === "latin1" && (format.kind === "json" || format.kind === "faktaark-csv")) {
      sink.warning("encoding", lineAt(decoded.invalidUtf8Line ?? 1), message.notUtf8(decoded.invalidUtf8Line ?? 1));
    }
    if (decoded.encoding !== "latin1") {
      const mojibake = findMojibake(decoded.text);
      if (mojibake) sink.warning("encoding", lineAt(mojibake.line), message.mojibake(mojibake.found));
    }
    const json = format.kind === "json" ? parseJson(decoded.text, sink) : undefined;
    loaded.push({
      path,
      sha256,
      text: decoded.text,
      format,
      declaration,
      sink,
      ...(json === undefined ? {} : { json }),
    });
  }

  // Classifications first: the municipality list resolves region names in the other files.
  const maxYear = LAST_YEAR;
  const noNames = { regions: buildRegionResolver([]), settlementNames: settlementNamesOf([]) };
  const readings = new Map<string, FileReading | null>();
  for (const file of loaded.filter(isClassificationFile))
    readings.set(file.path, readLoadedFile(file, maxYear, noNames));
  const classifications = [...readings.values()].flatMap((reading) => reading?.classifications ?? []);
  const names = { regions: buildRegionResolver(classifications), settlementNames: settlementNamesOf(classifications) };
  for (const file of loaded.filter((f) => !isClassificationFile(f)))
    readings.set(file.path, readLoadedFile(file, maxYear, names));

  // Years and populations that cannot be true are refused before anything counts them (plausibility.ts).
  const plausible = refuseImplausibleRows(
    loaded.map((file) => ({ tables: readings.get(file.path)?.tables ?? [], sink: file.sink })),
    classifications,
    new Date().getFullYear(),
  );
  const known = collectKnownMunicipalities(classifications);
  const tables: ObservationTable[] = [];
  const files: DatasetFile[] = [...empties];
  const regionErrors = new Map<string, string>();
  const sinks = new Map(loaded.map((file) => [file.path, file.sink]));
  const sinkOf = (path: string): DiagnosticSink => sinks.get(path) ?? new DiagnosticSink(path);
  const read = loaded.flatMap((_, index) => plausible[index] ?? []);
  const tablesOf = new Map<string, ObservationTable[]>();
  const deduplicated = removeDuplicates(read, sinkOf);
  reportOverlappingLevels(deduplicated, sinkOf);
  reportGroupsBesideMembers(deduplicated, sinkOf);
  for (const table of deduplicated)
    tablesOf.set(table.source.file, [...(tablesOf.get(table.source.file) ?? []), table]);
  for (const file of loaded) {
    const reading = readings.get(file.path) ?? null;
    const fileTables = tablesOf.get(file.path) ?? [];
    for (const table of fileTables) reportCatalogueUse(table, file.sink);
    if (known) for (const table of fileTables) reportUnknownMunicipalities(table, known, file.sink);
    tables.push(...fileTables);
    const rows =
      fileTables.reduce((sum, table) => sum + table.observations.length, 0) +
      (reading?.classifications ?? []).reduce((sum, table) => sum + table.codes.length + table.changes.length, 0);
    files.push({ path: file.path, sha256: file.sha256, recognisedAs: reading?.recognisedAs ?? null, rows });
    diagnostics.push(...file.sink.list());
    for (const [region, problem] of file.sink.errorRegions())
      if (!regionErrors.has(region)) regionErrors.set(region, problem);
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { dir, meta: config.meta, tables, classifications, files, ignored, diagnostics, regionErrors };
}

/** Each --ignore as a path in the dataset: relative to it, or to the working directory; a name that is neither is
 * a usage error, so that a misspelt --ignore never lets the file it meant through. */
function resolveIgnored(dir: string, paths: readonly string[], ignore: readonly string[]): string[] {
  return ignore.map((given) => {
    const candidates = [given.split(sep).join("/").replace(/^\.\//, ""), relative(resolve(dir), resolve(given))];
    const path = candidates.map((candidate) => candidate.split(sep).join("/")).find((c) => paths.includes(c));
    if (path === undefined) throw new UserError(message.ignoredFileMissing(given, dir));
    return path;
  });
}

/** IMDi's names resolved through today's register (the dataset's KLASS 131, else the built-in one) and the
 * municipality changes the join uses (changes.ts), so a name means the municipality the join puts it on. */
function settlementNamesOf(classifications: readonly ClassificationTable[]): SettlementNames {
  const { rows } = selectRegister(classifications);
  const changes = buildChangeMap(
    rows.map((row) => row.code),
    mergeChanges(listBuiltinChanges(), classifications),
  );
  return buildSettlementNames(rows, changes);
}

function isClassificationFile(file: LoadedFile): boolean {
  const kind = file.format.kind;
  if (kind === "klass-csv" || kind === "klass-change-list" || kind === "kostra-groups") return true;
  const doc = file.json;
  return isObject(doc) && (isKlassCodesJson(doc) || isKlassChangesJson(doc) || isKlassCorrespondenceJson(doc));
}

/** Reads one loaded file with the reader its content asks for; null when nothing recognised it. */
function readLoadedFile(
  file: LoadedFile,
  maxYear: number,
  names: Pick<ReadContext, "regions" | "settlementNames">,
): FileReading | null {
  const context: ReadContext = { file: file.path, sink: file.sink, maxYear, ...names };
  const declared = file.declaration;
  switch (file.format.kind) {
    case "json": {
      if (file.json === undefined) return null;
      const doc = file.json;
      if (isObject(doc) && isJsonStat(doc))
        return readJsonStat(doc, context, declared?.table ? { table: declared.table } : {});
      if (isObject(doc) && isKlassCodesJson(doc)) return readKlassCodesJson(doc, context, declared?.classification);
      if (isObject(doc) && isKlassChangesJson(doc)) return readKlassChangesJson(doc, context, declared?.classification);
      if (isObject(doc) && isKlassCorrespondenceJson(doc))
        return readKlassCorrespondenceJson(doc, context, declared?.classification);
      file.sink.error(
        "unrecognised",
        undefined,
        `${message.unrecognisedJson(isObject(doc) ? Object.keys(doc) : [])}${message.ignoreHint(file.path)}`,
      );
      return null;
    }
    case "statbank-csv":
      return readStatbankCsv(file.text, context);
    case "faktaark-csv":
      return readFaktaarkCsv(file.text, context);
    case "imdi-html":
      return readSettlementPage(file.text, context);
    case "tidy-csv":
      return declared ? readTidyCsv(file.text, declared, context) : null;
    case "klass-csv":
      return readKlassCsv(file.text, file.format.delimiter, context, declared?.classification);
    case "klass-change-list":
      return readKlassChangeListCsv(file.text, file.format.delimiter, context, declared?.classification);
    case "kostra-groups":
      return readKostraGroupCsv(file.text, file.format.delimiter, context);
    case "unknown":
      file.sink.error(
        "unrecognised",
        undefined,
        `${message.unrecognisedFile(file.text.trimStart().split("\n", 1)[0]?.trim() ?? "")}${message.ignoreHint(file.path)}`,
      );
      return null;
  }
}

/** Parsed JSON, or undefined with a diagnostic naming the position where parsing stopped. */
function parseJson(text: string, sink: DiagnosticSink): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reported = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    const content = text.trimEnd();
    const position = Math.min(reported ? Number(reported[1]) : content.length, content.length);
    const line = lineOf(text, position);
    const column = position - (text.lastIndexOf("\n", position - 1) + 1) + 1;
    const found = position >= content.length ? null : (text[position] ?? null);
    sink.error("json", lineAt(line), message.invalidJson(position, line, column, found));
    return undefined;
  }
}

async function readDatasetJson(
  path: string,
  dirName: string,
  effects: DatasetEffects,
  diagnostics: Diagnostic[],
): Promise<DatasetConfig> {
  const sink = new DiagnosticSink(DATASET_JSON);
  const raw = parseJson(decodeText(await effects.readFile(path)).text, sink);
  diagnostics.push(...sink.list());
  return raw === undefined ? defaultDatasetConfig(dirName) : normaliseDatasetConfig(raw, dirName, diagnostics);
}
