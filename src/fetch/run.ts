// `faktaark fetch`: downloads every request into a dataset directory, one file at a time. Each answer is checked
// and then renamed into place, so a failed table leaves the file already on disk as it was. The run ends with
// fetch-log.json (what came from where, when, its size and checksum, and what failed) and a dataset.json when
// the directory has none.
import { access } from "node:fs/promises";
import { join } from "node:path";
import { sha256, writeFileAtomic } from "../batch/files.js";
import type { Lock } from "../batch/lock.js";
import { DATASET_JSON } from "../data/dataset-json.js";
import { requireTableSpec } from "../data/tables.js";
import { type ClientRequest, type Fetched, FetchFailure, RunStopped } from "./client.js";
import { chooseEdition } from "./edition.js";
import { hubUrl, IMDI_TABLE, PAGE_DIR, PAGE_FILES, pageFile, pageUrl } from "./imdi.js";
import * as message from "./messages.js";
import { parseTableMetadata, planSelection, regionDimensionOf, type TableMetadata } from "./metadata.js";
import {
  dataUrl,
  type FetchRequest,
  fileOf,
  klassRequests,
  metadataUrl,
  searchUrl,
  selectQueries,
  type TableQuery,
  whatOf,
} from "./queries.js";
import { findAnswerProblem } from "./validate.js";

export const FETCH_LOG = "fetch-log.json";

export interface FetchRunOptions {
  readonly out: string;
  /** SSB tables to fetch; all when absent. */
  readonly tables?: readonly string[];
  readonly baseUrl: string;
  readonly klassUrl: string;
  /** IMDi's site, whose settlement pages are fetched when `tables` is absent or names IMDI_TABLE. */
  readonly imdiUrl: string;
  /** Largest answer accepted, in MB. */
  readonly maxMb: number;
  /** The whole run stops cleanly after this many minutes. */
  readonly maxMinutes: number;
}

export interface FetchRunEffects {
  readonly client: { get(request: ClientRequest): Promise<Fetched> };
  readonly now: () => Date;
  readonly log: (line: string) => void;
  readonly lock: (dir: string) => Promise<Lock>;
}

export interface FetchedFile {
  readonly file: string;
  readonly table: string;
  readonly url: string;
  readonly fetchedAt: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly attempts: number;
}

export interface FailedFile {
  readonly file: string;
  readonly table: string;
  readonly url: string;
  readonly failedAt: string;
  readonly message: string;
  readonly status: number | null;
  readonly title: string | null;
  /** Whether an earlier version of the file is still on disk, untouched. */
  readonly keptOld: boolean;
}

export interface FetchLog {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly baseUrl: string;
  readonly klassUrl: string;
  readonly fetched: readonly FetchedFile[];
  readonly failed: readonly FailedFile[];
  /** What the run's time limit left unfetched ("tabell 06070 (husholdninger)"); their old files are kept. */
  readonly notFetched: readonly string[];
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/** The date of a run in Norwegian time, for the dataset's name: "2026-11-12". */
function dateOf(date: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(date);
}

export async function runFetch(options: FetchRunOptions, effects: FetchRunEffects): Promise<FetchLog> {
  const lock = await effects.lock(options.out);
  try {
    return await fetchAll(options, effects);
  } finally {
    await lock.release();
  }
}

/** One file to fetch: its name, and how to get a checked body for it. */
interface Target {
  readonly file: string;
  readonly table: string;
  readonly what: string;
  /** The URL a failure is reported with when nothing more precise is known. */
  readonly url: string;
  get(): Promise<Fetched & { readonly url: string }>;
}

/** What the requests of one run share: the register, each table's metadata, the chosen projection edition. */
class Session {
  municipalities: string[] | null = null;
  private readonly metadata = new Map<string, TableMetadata>();
  private readonly editions = new Map<string, string>();

  constructor(
    private readonly options: FetchRunOptions,
    private readonly effects: FetchRunEffects,
    private readonly signal: AbortSignal,
  ) {}

  get(request: Omit<ClientRequest, "maxBytes" | "signal">): Promise<Fetched> {
    return this.effects.client.get({ ...request, maxBytes: this.options.maxMb * 1_000_000, signal: this.signal });
  }

  klassTarget(request: FetchRequest): Target {
    return {
      ...request,
      get: async () => {
        const fetched = await this.get(request);
        if (request.file === "klass-131.json") this.municipalities = municipalitiesOf(fetched.doc);
        return { ...fetched, url: request.url };
      },
    };
  }

  /** IMDi's yearly pages, as the hub links them. */
  async settlementTargets(): Promise<SettlementTarget[]> {
    const hub = await this.get({ url: hubUrl(this.options.imdiUrl), what: IMDI_HUB_WHAT, kind: "imdi-hub" });
    return (hub.doc as number[]).map((year) => {
      const url = pageUrl(this.options.imdiUrl, year);
      const what = `IMDi, nøkkeltall bosetting ${year}`;
      const get = async () => ({ ...(await this.get({ url, what, kind: "imdi-page" })), url });
      return { file: pageFile(year), table: IMDI_TABLE, what, url, year, get };
    });
  }

  async tableTarget(query: TableQuery): Promise<Target> {
    const table = await this.tableFor(query.table);
    const what = whatOf(query, table);
    const url = metadataUrl(this.options.baseUrl, table);
    return { file: fileOf(query, table), table, what, url, get: () => this.fetchTable(query, table, what) };
  }

  /** The catalogue's table, or for a table published in editions the newest one SSB's search finds. */
  private async tableFor(id: string): Promise<string> {
    const edition = requireTableSpec(id).edition;
    if (edition === undefined) return id;
    const known = this.editions.get(id);
    if (known !== undefined) return known;
    let chosen = id;
    const url = searchUrl(this.options.baseUrl, edition.titleStart);
    try {
      const answer = await this.get({ url, what: `søk etter «${edition.titleStart}»`, kind: "px-tables" });
      const newest = chooseEdition(answer.doc, edition.titleStart);
      if (newest === null) this.effects.log(`  ${message.editionFallback(id, edition.titleStart, "ingen treff")}`);
      else {
        chosen = newest.id;
        this.effects.log(`  ${message.editionChosen(newest.id, newest.label, edition.titleStart)}`);
      }
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      this.effects.log(`  ${message.editionFallback(id, edition.titleStart, error.message)}`);
    }
    this.editions.set(id, chosen);
    return chosen;
  }

  private async metadataOf(table: string, what: string): Promise<{ metadata: TableMetadata; attempts: number }> {
    const known = this.metadata.get(table);
    if (known !== undefined) return { metadata: known, attempts: 0 };
    const url = metadataUrl(this.options.baseUrl, table);
    const fetched = await this.get({ url, what: `metadata for ${what}`, kind: "px-metadata" });
    const metadata = parseTableMetadata(fetched.doc);
    if (metadata === null) {
      const problem = message.wrongShape(
        `metadata for ${what}`,
        url,
        "JSON-stat2 med «dimension» for hver «id»",
        "noe annet",
      );
      throw new FetchFailure(problem, url, 200, null, fetched.attempts);
    }
    this.metadata.set(table, metadata);
    return { metadata, attempts: fetched.attempts };
  }

  /** Metadata first, every code checked; then the data, checked before anything is written. */
  private async fetchTable(query: TableQuery, table: string, what: string) {
    const municipalities = this.municipalities;
    const url = metadataUrl(this.options.baseUrl, table);
    if (municipalities === null) throw new FetchFailure(message.noRegister(what), url, null, null, 0);
    const spec = requireTableSpec(query.table);
    const { metadata, attempts: metadataAttempts } = await this.metadataOf(table, what);
    const counties = [...new Set(municipalities.map((code) => code.slice(0, 2)))].sort();
    const planned = planSelection(query, spec, table, metadata, counties);
    if ("refusal" in planned) throw new FetchFailure(planned.refusal, url, null, null, metadataAttempts);
    if ("skip" in planned) throw new NotNeeded(planned.skip);
    for (const note of planned.plan.notes) this.effects.log(`  ${note}`);
    const data = dataUrl(this.options.baseUrl, table, planned.plan.selection);
    const fetched = await this.get({ url: data, what, kind: "json-stat" });
    // The areas' answer has no municipalities to cover; it is still checked for its table and its numbers.
    const expected = {
      table,
      regionDimension: regionDimensionOf(spec),
      municipalities: query.areasBeside === undefined ? municipalities : [],
    };
    const problem = findAnswerProblem(fetched.doc, expected, what, data);
    if (problem !== null) throw new FetchFailure(problem, data, 200, null, fetched.attempts);
    return { ...fetched, attempts: fetched.attempts + metadataAttempts, url: data };
  }
}

/** What the hub request is called in the log. */
const IMDI_HUB_WHAT = "IMDi, bosettingstall (oversikten over årene)";

/** One of IMDi's yearly pages. */
interface SettlementTarget extends Target {
  readonly year: number;
}

/** A request this run does not need after all: the country's and counties' rows came with the municipalities. */
class NotNeeded extends Error {}

/** Today's municipalities in a KLASS 131 codesAt answer: four-digit codes except 9999 (Uoppgitt). */
function municipalitiesOf(doc: unknown): string[] {
  const codes = typeof doc === "object" && doc !== null && "codes" in doc && Array.isArray(doc.codes) ? doc.codes : [];
  return codes.flatMap((entry: unknown) => {
    const code = typeof entry === "object" && entry !== null && "code" in entry ? String(entry.code) : "";
    return /^\d{4}$/.test(code) && code !== "9999" ? [code] : [];
  });
}

async function fetchAll(options: FetchRunOptions, effects: FetchRunEffects): Promise<FetchLog> {
  const { out } = options;
  const startedAt = effects.now();
  const klass = klassRequests(options.klassUrl, startedAt.getFullYear());
  const queries = selectQueries(options.tables);
  const imdi = options.tables === undefined || options.tables.includes(IMDI_TABLE);
  // IMDi's hub counts as one file until it says how many pages there are.
  let count = klass.length + queries.length + (imdi ? 1 : 0);
  const limit = new AbortController();
  const timer = setTimeout(() => limit.abort(), options.maxMinutes * 60_000);
  const session = new Session(options, effects, limit.signal);
  const fetched: FetchedFile[] = [];
  const failed: FailedFile[] = [];
  const notFetched: string[] = [];
  const labels = [
    ...klass.map((request) => request.what),
    ...queries.map((query) => whatOf(query, query.table)),
    ...(imdi ? [IMDI_HUB_WHAT] : []),
  ];
  effects.log(message.starting(count, out));
  const hubAt = klass.length + queries.length;
  let pages: SettlementTarget[] | null = null;
  try {
    for (let i = 0; i < count; i += 1) {
      if (limit.signal.aborted) {
        notFetched.push(...labels.slice(i));
        break;
      }
      let target: Target | undefined;
      try {
        if (imdi && i === hubAt && pages === null) {
          // The hub is not saved: it says which yearly pages there are, and each becomes a file of its own.
          pages = await session.settlementTargets();
          labels.splice(i, 1, ...pages.map((page) => page.what));
          count += pages.length - 1;
          effects.log(message.settlementYears(pages.map((page) => page.year)));
        }
        const request = klass[i];
        target =
          i >= hubAt
            ? (pages?.[i - hubAt] as Target)
            : request
              ? session.klassTarget(request)
              : await session.tableTarget(queries[i - klass.length] as TableQuery);
        const { body, attempts, url } = await target.get();
        await writeFileAtomic(join(out, target.file), body);
        fetched.push({
          file: target.file,
          table: target.table,
          url,
          fetchedAt: effects.now().toISOString(),
          bytes: body.length,
          sha256: sha256(body),
          attempts,
        });
        effects.log(message.progressOk(i + 1, count, target.what, target.file, body.length, attempts));
      } catch (error) {
        if (error instanceof RunStopped) {
          notFetched.push(target?.what ?? (labels[i] as string), ...labels.slice(i + 1));
          break;
        }
        if (error instanceof NotNeeded) {
          effects.log(message.progressNotNeeded(i + 1, count, target?.what ?? (labels[i] as string), error.message));
          continue;
        }
        if (target === undefined && i === hubAt && pages === null && error instanceof FetchFailure) {
          // Without the hub no page is known: the pages already on disk stay as they are.
          const keptOld = await exists(join(out, PAGE_DIR));
          failed.push({
            file: PAGE_FILES,
            table: IMDI_TABLE,
            url: error.url,
            failedAt: effects.now().toISOString(),
            message: error.message,
            status: error.status,
            title: error.title,
            keptOld,
          });
          effects.log(message.progressFailed(i + 1, count, IMDI_HUB_WHAT, error.message, keptOld));
          continue;
        }
        if (target === undefined) throw error;
        const keptOld = await exists(join(out, target.file));
        const failure = error instanceof FetchFailure ? error : null;
        const text = error instanceof Error ? error.message : String(error);
        failed.push({
          file: target.file,
          table: target.table,
          url: failure?.url ?? target.url,
          failedAt: effects.now().toISOString(),
          message: text,
          status: failure?.status ?? null,
          title: failure?.title ?? null,
          keptOld,
        });
        effects.log(message.progressFailed(i + 1, count, target.what, text, keptOld));
      }
    }
  } finally {
    clearTimeout(timer);
  }
  if (notFetched.length > 0) effects.log(message.runTimeLimit(options.maxMinutes, notFetched));

  const datasetJson = join(out, DATASET_JSON);
  if (!(await exists(datasetJson))) {
    const name = `SSB ${dateOf(startedAt)}`;
    await writeFileAtomic(datasetJson, `${JSON.stringify({ name, sample: false }, null, 2)}\n`);
    effects.log(message.datasetJsonWritten(name));
  }
  const log: FetchLog = {
    startedAt: startedAt.toISOString(),
    finishedAt: effects.now().toISOString(),
    baseUrl: options.baseUrl,
    klassUrl: options.klassUrl,
    fetched,
    failed,
    notFetched,
  };
  await writeFileAtomic(join(out, FETCH_LOG), `${JSON.stringify(log, null, 2)}\n`);
  effects.log(message.summary(fetched.length, failed.length + notFetched.length, out));
  return log;
}
