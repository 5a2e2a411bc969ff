// The HTTP client for SSB's APIs over Node's global fetch: a timeout per request, retries with exponential
// backoff and jitter on 429, 5xx and network errors (honouring Retry-After), SSB's rate limit, clear messages
// for rejected requests, a size limit read as the body streams in, the run's time limit (an AbortSignal), and a body
// check so a broken answer never reaches the disk.
import { createRandom, type Random } from "../sample/random.js";
import * as message from "./messages.js";
import type { ResponseKind } from "./queries.js";
import { type Clock, realClock, SSB_RATE_LIMIT, TokenBucket, type TokenBucketOptions } from "./rate-limit.js";
import { checkBody } from "./validate.js";

export interface ClientOptions {
  /** Per attempt, from sending to the last byte; 07459 by single-year age is several MB. */
  readonly timeoutMs: number;
  /** Attempts after the first one, for 429, 5xx, timeouts and network errors. */
  readonly retries: number;
  /** The first backoff; doubled per attempt, up to `maxBackoffMs`, then jittered to 50–100 %. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
  /** A Retry-After longer than this gives up at once rather than keep a nightly job waiting. */
  readonly maxRetryAfterMs: number;
  readonly rateLimit: TokenBucketOptions;
  /** Seed of the jitter, so a test sees the same delays every run. */
  readonly seed: number;
}

export const DEFAULT_CLIENT_OPTIONS: ClientOptions = {
  timeoutMs: 120_000,
  retries: 4, // 5 attempts over about 1 + 2 + 4 + 8 s of backoff: outlasts a short SSB restart
  backoffMs: 1000,
  maxBackoffMs: 60_000,
  maxRetryAfterMs: 300_000, // SSB's rate window is 60 s; a longer wait means something else is wrong
  rateLimit: SSB_RATE_LIMIT,
  seed: Date.now(),
};

export interface ClientEffects {
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  /** Wall-clock time, for Retry-After given as an HTTP date. */
  readonly wallNow: () => number;
}

const defaultEffects: ClientEffects = {
  fetch: (...args) => globalThis.fetch(...args),
  clock: realClock,
  wallNow: Date.now,
};

export interface ClientRequest {
  readonly url: string;
  /** What is fetched, for messages: "tabell 07459 (folkemengde 2000–)". */
  readonly what: string;
  readonly kind: ResponseKind;
  /** A larger answer is refused as it streams in (not retried). */
  readonly maxBytes?: number;
  /** The run's time limit: when it aborts, the request stops and `get` throws RunStopped. */
  readonly signal?: AbortSignal;
}

export interface Fetched {
  readonly body: Buffer;
  /** The body parsed, checked to have the shape its kind promises. */
  readonly doc: unknown;
  readonly attempts: number;
}

/** The run's time limit ended a request; nothing was written for it. */
export class RunStopped extends Error {
  constructor() {
    super("stopped");
    this.name = "RunStopped";
  }
}

export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly url: string,
    /** The HTTP status of the last answer, or null when none came. */
    readonly status: number | null,
    /** SSB's `title` of an error body ("Non-existent value"), when it gave one. */
    readonly title: string | null,
    readonly attempts: number,
  ) {
    super(message);
    this.name = "FetchFailure";
  }
}

type Attempt =
  | { readonly outcome: "ok"; readonly body: Buffer }
  | { readonly outcome: "too-large" }
  | { readonly outcome: "retry"; readonly reason: string; readonly status: number | null; readonly waitMs?: number }
  | { readonly outcome: "rejected"; readonly status: number; readonly title: string | null };

/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, wallNow: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - wallNow);
}

/** SSB's `title` from an error body like {"type":"Parameter error","title":"Non-existent value","status":400}. */
function titleOf(body: Buffer): string | null {
  try {
    const doc: unknown = JSON.parse(body.toString("utf8"));
    if (typeof doc === "object" && doc !== null && "title" in doc && typeof doc.title === "string") return doc.title;
  } catch {
    // Not JSON (an HTML error page): the status alone must do.
  }
  return null;
}

function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const text = cause instanceof Error ? cause.message : String(cause);
  return message.networkError(code && !text.includes(code) ? `${code} ${text}` : text);
}

export class SsbClient {
  private readonly options: ClientOptions;
  private readonly effects: ClientEffects;
  private readonly bucket: TokenBucket;
  private readonly random: Random;

  constructor(options: Partial<ClientOptions> = {}, effects: Partial<ClientEffects> = {}) {
    this.options = { ...DEFAULT_CLIENT_OPTIONS, ...options };
    this.effects = { ...defaultEffects, ...effects };
    this.bucket = new TokenBucket(this.options.rateLimit, this.effects.clock);
    this.random = createRandom(this.options.seed);
  }

  /** The checked body, or a FetchFailure saying what went wrong with which URL. */
  async get(request: ClientRequest): Promise<Fetched> {
    const { url, what } = request;
    const maxAttempts = this.options.retries + 1;
    let last = "";
    let lastStatus: number | null = null;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      await this.bucket.take();
      if (request.signal?.aborted) throw new RunStopped();
      const result = await this.attempt(url, request.maxBytes ?? Number.POSITIVE_INFINITY, request.signal);
      if (result.outcome === "ok") {
        const checked = checkBody(result.body.toString("utf8"), request.kind, what, url);
        if ("problem" in checked) throw new FetchFailure(checked.problem, url, 200, null, attempt);
        return { body: result.body, doc: checked.doc, attempts: attempt };
      }
      if (result.outcome === "too-large") {
        const maxMb = (request.maxBytes ?? 0) / 1_000_000;
        throw new FetchFailure(message.tooLarge(what, maxMb, url), url, 200, null, attempt);
      }
      if (result.outcome === "rejected") {
        throw new FetchFailure(
          message.rejected(what, result.status, result.title, url),
          url,
          result.status,
          result.title,
          attempt,
        );
      }
      last = result.reason;
      lastStatus = result.status;
      if (attempt === maxAttempts) break;
      if (result.waitMs !== undefined && result.waitMs > this.options.maxRetryAfterMs) {
        throw new FetchFailure(
          message.retryAfterTooLong(what, Math.round(result.waitMs / 1000), url),
          url,
          lastStatus,
          null,
          attempt,
        );
      }
      await this.effects.clock.sleep(result.waitMs ?? this.backoff(attempt));
      if (request.signal?.aborted) throw new RunStopped();
    }
    throw new FetchFailure(message.gaveUp(what, maxAttempts, last, url), url, lastStatus, null, maxAttempts);
  }

  private backoff(attempt: number): number {
    const full = Math.min(this.options.maxBackoffMs, this.options.backoffMs * 2 ** (attempt - 1));
    return Math.round(full * (0.5 + this.random() / 2));
  }

  private async attempt(url: string, maxBytes: number, runSignal: AbortSignal | undefined): Promise<Attempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    const signal = runSignal ? AbortSignal.any([controller.signal, runSignal]) : controller.signal;
    try {
      const response = await this.effects.fetch(url, {
        signal,
        headers: { accept: "application/json", "user-agent": "faktaark/0.1" },
      });
      const body = await readLimited(response, maxBytes);
      if (body === null) return { outcome: "too-large" };
      if (response.ok) return { outcome: "ok", body };
      const status = response.status;
      if (status === 429 || status >= 500) {
        const waitMs = parseRetryAfter(response.headers.get("retry-after"), this.effects.wallNow());
        const reason = message.httpStatus(status);
        return waitMs === undefined
          ? { outcome: "retry", reason, status }
          : { outcome: "retry", reason, status, waitMs };
      }
      return { outcome: "rejected", status, title: titleOf(body) };
    } catch (error) {
      if (runSignal?.aborted) throw new RunStopped();
      if (controller.signal.aborted) {
        return { outcome: "retry", reason: message.timedOut(this.options.timeoutMs), status: null };
      }
      return { outcome: "retry", reason: describeNetworkError(error), status: null };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The body, or null as soon as it (or its declared length) passes `maxBytes`; the rest is never read. */
async function readLimited(response: Response, maxBytes: number): Promise<Buffer | null> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (response.body === null) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}
