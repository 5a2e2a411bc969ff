// `faktaark fetch`: downloads every request into a dataset directory, one file at a time. Each answer is checked
// and then renamed into place, so a failed table leaves the file already on disk as it was. The run ends with
// fetch-log.json (what came from where, when, its size and checksum, and what failed) and a dataset.json when
// the directory has none.
import { access } from "node:fs/promises";
import { join } from "node:path";
import { sha256, writeFileAtomic } from "../batch/files.js";
import type { Lock } from "../batch/lock.js";
import { DATASET_JSON } from "../data/dataset-json.js";
import { type ClientRequest, type Fetched, FetchFailure } from "./client.js";
import * as message from "./messages.js";
import { type FetchRequest, listFetchRequests } from "./queries.js";

export const FETCH_LOG = "fetch-log.json";

export interface FetchRunOptions {
  readonly out: string;
  /** SSB tables to fetch; all when absent. */
  readonly tables?: readonly string[];
  readonly baseUrl: string;
  readonly klassUrl: string;
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

async function fetchAll(options: FetchRunOptions, effects: FetchRunEffects): Promise<FetchLog> {
  const { out } = options;
  const startedAt = effects.now();
  const requests = listFetchRequests({
    baseUrl: options.baseUrl,
    klassUrl: options.klassUrl,
    year: startedAt.getFullYear(),
    ...(options.tables ? { tables: options.tables } : {}),
  });
  const fetched: FetchedFile[] = [];
  const failed: FailedFile[] = [];
  effects.log(message.starting(requests.length, out));
  for (const [i, request] of requests.entries()) {
    const target = join(out, request.file);
    try {
      const { body, attempts, url } = await getWithFallback(request, effects);
      await writeFileAtomic(target, body);
      fetched.push({
        file: request.file,
        table: request.table,
        url,
        fetchedAt: effects.now().toISOString(),
        bytes: body.length,
        sha256: sha256(body),
        attempts,
      });
      effects.log(message.progressOk(i + 1, requests.length, request.what, request.file, body.length, attempts));
    } catch (error) {
      const keptOld = await exists(target);
      const failure = error instanceof FetchFailure ? error : null;
      const text = error instanceof Error ? error.message : String(error);
      failed.push({
        file: request.file,
        table: request.table,
        url: failure?.url ?? request.url,
        failedAt: effects.now().toISOString(),
        message: text,
        status: failure?.status ?? null,
        title: failure?.title ?? null,
        keptOld,
      });
      effects.log(message.progressFailed(i + 1, requests.length, request.what, text, keptOld));
    }
  }

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
  };
  await writeFileAtomic(join(out, FETCH_LOG), `${JSON.stringify(log, null, 2)}\n`);
  effects.log(message.summary(fetched.length, failed.length, out));
  return log;
}

/** The request, and when SSB rejects its region codelist (HTTP 400), the same request with every region. */
async function getWithFallback(
  request: FetchRequest,
  effects: FetchRunEffects,
): Promise<Fetched & { readonly url: string }> {
  const { what, kind } = request;
  try {
    return { ...(await effects.client.get({ url: request.url, what, kind })), url: request.url };
  } catch (error) {
    const fallback = request.fallback;
    if (!(error instanceof FetchFailure) || error.status !== 400 || fallback === undefined) throw error;
    effects.log(`  ${message.codelistRejected(what, fallback.codelist)}`);
    const result = await effects.client.get({ url: fallback.url, what, kind });
    return { ...result, attempts: result.attempts + error.attempts, url: fallback.url };
  }
}
