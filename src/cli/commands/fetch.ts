// `faktaark fetch`: downloads every supported SSB table, the KLASS municipality register and IMDi's settlement pages
// into a dataset directory. Exit codes: 0 all fetched, 1 some failed or the time limit left some unfetched (their old files are
// kept), 2 bad usage.
import type { Command } from "commander";
import { acquireOutputLock } from "../../batch/lock.js";
import { UserError } from "../../errors.js";
import { SsbClient } from "../../fetch/client.js";
import { DEFAULT_IMDI_URL, IMDI_TABLE } from "../../fetch/imdi.js";
import * as message from "../../fetch/messages.js";
import { DEFAULT_BASE_URL, DEFAULT_KLASS_URL, FETCHABLE_TABLES } from "../../fetch/queries.js";
import { type FetchRunEffects, type FetchRunOptions, runFetch } from "../../fetch/run.js";

/** What --tables accepts: SSB's tables and IMDi's settlement pages. */
const TABLE_NAMES: readonly string[] = [...FETCHABLE_TABLES, IMDI_TABLE];

export const EXIT_ALL_FETCHED = 0;
export const EXIT_SOME_FAILED = 1;

export interface FetchCommandOptions {
  readonly out: string;
  readonly tables?: string;
  readonly baseUrl?: string;
  readonly klassUrl?: string;
  readonly imdiUrl?: string;
  readonly maxMb?: string;
  readonly maxMinutes?: string;
}

/** An SSB answer larger than this is refused: 07459 by single-year age for every municipality is a few MB. */
export const DEFAULT_MAX_MB = 50;
/** About 30 requests at SSB's 30 per minute take 1–2 minutes; a run still going after 30 has stalled. */
export const DEFAULT_MAX_MINUTES = 30;

export function register(program: Command): void {
  program
    .command("fetch")
    .description("hent alle støttede tabeller fra SSB (PxWebApi v2) og kommunelisten fra KLASS til en datamappe")
    .requiredOption("--out <dir>", "datamappen filene skrives til, f.eks. data/ssb-2026-11-12")
    .option("--tables <liste>", `bare disse tabellene, skilt med komma (${TABLE_NAMES.join(", ")})`)
    .option("--base-url <url>", "adressen til SSBs PxWebApi v2", DEFAULT_BASE_URL)
    .option("--klass-url <url>", "adressen til SSBs KLASS-API", DEFAULT_KLASS_URL)
    .option("--imdi-url <url>", "adressen til IMDis nettsted (bosettingstallene)", DEFAULT_IMDI_URL)
    .option("--max-mb <mb>", "største svar som godtas per forespørsel, i MB", String(DEFAULT_MAX_MB))
    .option(
      "--max-minutes <min>",
      "kjøringen stopper etter så mange minutter og beholder resten",
      String(DEFAULT_MAX_MINUTES),
    )
    .action(async (options: FetchCommandOptions) => {
      process.exitCode = await runFetchCommand(options);
    });
}

function parseUrl(option: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(message.badUrl(option, value));
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UserError(message.badUrl(option, value));
  return value.replace(/\/+$/, "");
}

function parsePositive(option: string, value: string | undefined, fallback: number, example: string): number {
  if (value === undefined) return fallback;
  const number = Number(value.trim());
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0)
    throw new UserError(message.badNumberOption(option, value, example));
  return number;
}

function parseTables(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = [
    ...new Set(
      value
        .split(",")
        .map((id) => id.trim())
        .filter((id) => id !== ""),
    ),
  ];
  if (ids.length === 0) throw new UserError(message.emptyTables());
  const unknown = ids.filter((id) => !TABLE_NAMES.includes(id));
  if (unknown.length > 0) throw new UserError(message.unknownTables(unknown, TABLE_NAMES));
  return ids;
}

/** Checked options: a UserError (exit 2) names what is wrong with which option. */
export function parseFetchOptions(options: FetchCommandOptions): FetchRunOptions {
  if (options.out.trim() === "") throw new UserError("--out må være en mappe, f.eks. --out data/ssb-2026-11-12.");
  const tables = parseTables(options.tables);
  return {
    out: options.out,
    baseUrl: parseUrl("--base-url", options.baseUrl ?? DEFAULT_BASE_URL),
    klassUrl: parseUrl("--klass-url", options.klassUrl ?? DEFAULT_KLASS_URL),
    imdiUrl: parseUrl("--imdi-url", options.imdiUrl ?? DEFAULT_IMDI_URL),
    maxMb: parsePositive("--max-mb", options.maxMb, DEFAULT_MAX_MB, "50"),
    maxMinutes: parsePositive("--max-minutes", options.maxMinutes, DEFAULT_MAX_MINUTES, "30"),
    ...(tables ? { tables } : {}),
  };
}

/** Runs a fetch and returns the exit code; tests pass a client for a local server and a fixed "now". */
export async function runFetchCommand(
  options: FetchCommandOptions,
  effects: Partial<FetchRunEffects> = {},
): Promise<number> {
  const parsed = parseFetchOptions(options);
  const log = await runFetch(parsed, {
    client: effects.client ?? new SsbClient(),
    now: effects.now ?? (() => new Date()),
    log: effects.log ?? ((line) => process.stdout.write(`${line}\n`)),
    lock: effects.lock ?? ((dir) => acquireOutputLock(dir)),
  });
  return log.failed.length === 0 && log.notFetched.length === 0 ? EXIT_ALL_FETCHED : EXIT_SOME_FAILED;
}
