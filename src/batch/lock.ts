// One faktaark run per output directory: `dir/.faktaark.lock`, created exclusively, names the run holding it.
// A second run stops at once with a message saying who holds the directory; a lock left by a run that died
// (its pid no longer alive on this host, its pid now another process's, or older than the maximum age) is taken
// over with a note.
import { readFileSync, unlinkSync } from "node:fs";
import { mkdir, open, readFile, rm, stat } from "node:fs/promises";
import { hostname as osHostname } from "node:os";
import { join } from "node:path";
import { UserError } from "../errors.js";

export const LOCK_FILE = ".faktaark.lock";

/** A nightly run takes minutes; a lock this old belongs to a run that hung or a machine that crashed. */
export const DEFAULT_LOCK_MAX_AGE_MS = 12 * 60 * 60 * 1000;

// A lock file still empty this long after it was made was left by a run that died between creating and
// writing it.
const EMPTY_LOCK_GRACE_MS = 60_000;

export interface Lock {
  readonly path: string;
  /** Removes the lock file (when it is still this run's) and the signal handlers. Safe to call twice. */
  release(): Promise<void>;
}

export interface LockOptions {
  /** A lock older than this is stale whatever its pid. */
  readonly maxAgeMs?: number;
  readonly now?: () => Date;
  readonly pid?: number;
  readonly hostname?: string;
  /** Whether a process runs on this host; default `process.kill(pid, 0)`. */
  readonly isAlive?: (pid: number) => boolean;
  /** When a process on this host started, as the kernel counts it, or null where that cannot be read; default
   * /proc/<pid>/stat. A pid is reused after its process ends: the start time tells the two apart. */
  readonly startOf?: (pid: number) => string | null;
  /** Where the note on a taken-over lock goes; default stderr. */
  readonly onNote?: (text: string) => void;
  /** Release on SIGINT/SIGTERM and at exit; default true. Tests that acquire many locks turn it off. */
  readonly handleSignals?: boolean;
}

interface LockContent {
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
  /** The process's start in the kernel's clock ticks since boot (field 22 of /proc/<pid>/stat), where known. */
  readonly processStart?: string;
}

const timeFormat = new Intl.DateTimeFormat("nb-NO", {
  timeZone: "Europe/Oslo",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "12.11.2026 kl. 03:00" in Norwegian time, whatever the machine's time zone. */
function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return timeFormat.format(date).replace(/,?\s+/, " kl. ");
}

export function lockHeldMessage(dir: string, content: LockContent, ownHost: string): string {
  const where = content.hostname === ownHost ? "" : ` på ${content.hostname}`;
  return (
    `En annen faktaark-kjøring (pid ${content.pid}${where}, startet ${formatTime(content.startedAt)}) bruker allerede ${dir}. ` +
    `Vent til den er ferdig, eller slett ${join(dir, LOCK_FILE)} hvis den ikke lenger kjører.`
  );
}

export function staleLockNote(dir: string, content: LockContent | null, why: string): string {
  const who = content ? `pid ${content.pid}, startet ${formatTime(content.startedAt)}` : "uten innhold";
  return `Merk: fant en gammel lås i ${dir} (${who}) som ${why}; tar den over.`;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/** Field 22 of /proc/<pid>/stat (starttime), read after the command name, which may hold spaces and parentheses. */
function processStartOnLinux(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function parseLock(text: string): LockContent | null {
  try {
    const doc: unknown = JSON.parse(text);
    if (typeof doc !== "object" || doc === null) return null;
    const { pid, hostname, startedAt, processStart } = doc as Record<string, unknown>;
    if (typeof pid !== "number" || typeof hostname !== "string" || typeof startedAt !== "string") return null;
    return { pid, hostname, startedAt, ...(typeof processStart === "string" ? { processStart } : {}) };
  } catch {
    return null;
  }
}

async function createExclusive(path: string, content: LockContent): Promise<boolean> {
  try {
    const handle = await open(path, "wx");
    try {
      await handle.writeFile(`${JSON.stringify(content)}\n`);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Why an existing lock is stale, or null when its run may still be going. */
function findStaleness(
  content: LockContent | null,
  modifiedMs: number,
  options: Required<Pick<LockOptions, "maxAgeMs" | "hostname" | "isAlive" | "startOf">>,
  nowMs: number,
): string | null {
  if (content === null) return nowMs - modifiedMs > EMPTY_LOCK_GRACE_MS ? "ikke kan leses" : null;
  if (content.hostname === options.hostname) {
    if (!options.isAlive(content.pid)) return "ikke lenger kjører";
    const start = options.startOf(content.pid);
    if (content.processStart !== undefined && start !== null && start !== content.processStart) {
      return `ikke lenger kjører (pid ${content.pid} er nå en annen prosess)`;
    }
  }
  const started = Date.parse(content.startedAt);
  const age = nowMs - (Number.isNaN(started) ? modifiedMs : started);
  if (age > options.maxAgeMs) return `er eldre enn ${Math.round(options.maxAgeMs / 3_600_000)} timer`;
  return null;
}

export async function acquireOutputLock(dir: string, options: LockOptions = {}): Promise<Lock> {
  const settings = {
    maxAgeMs: options.maxAgeMs ?? DEFAULT_LOCK_MAX_AGE_MS,
    hostname: options.hostname ?? osHostname(),
    isAlive: options.isAlive ?? isProcessAlive,
    startOf: options.startOf ?? processStartOnLinux,
  };
  const now = options.now ?? (() => new Date());
  const onNote = options.onNote ?? ((text: string) => process.stderr.write(`${text}\n`));
  const path = join(dir, LOCK_FILE);
  const pid = options.pid ?? process.pid;
  const processStart = settings.startOf(pid);
  const content: LockContent = {
    pid,
    hostname: settings.hostname,
    startedAt: now().toISOString(),
    ...(processStart === null ? {} : { processStart }),
  };
  await mkdir(dir, { recursive: true });

  // Two rounds: the second follows taking over a stale lock; losing that race to another run is "held".
  for (let round = 0; round < 2; round += 1) {
    if (await createExclusive(path, content)) return holdLock(path, content, options.handleSignals ?? true);
    let text: string;
    let modifiedMs: number;
    try {
      [text, modifiedMs] = await Promise.all([readFile(path, "utf8"), stat(path).then((s) => s.mtimeMs)]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue; // released meanwhile: try again
      throw error;
    }
    const existing = parseLock(text);
    const stale = round === 0 ? findStaleness(existing, modifiedMs, settings, now().getTime()) : null;
    if (stale === null) {
      throw new UserError(
        lockHeldMessage(dir, existing ?? { pid: 0, hostname: "?", startedAt: "ukjent" }, settings.hostname),
      );
    }
    // Remove only what was judged stale: if another run replaced it meanwhile, that lock is left alone.
    if ((await readFile(path, "utf8").catch(() => null)) === text) await rm(path, { force: true });
    onNote(staleLockNote(dir, existing, stale));
  }
  const last = parseLock(await readFile(path, "utf8").catch(() => ""));
  throw new UserError(lockHeldMessage(dir, last ?? { pid: 0, hostname: "?", startedAt: "ukjent" }, settings.hostname));
}

function holdLock(path: string, content: LockContent, handleSignals: boolean): Lock {
  const ours = `${JSON.stringify(content)}\n`;
  let released = false;
  const releaseSync = (): void => {
    if (released) return;
    released = true;
    detach();
    try {
      if (readFileSync(path, "utf8") === ours) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    releaseSync();
    // With our handler gone, re-raise so the process ends as the signal asks, unless someone else handles it.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const detach = (): void => {
    if (!handleSignals) return;
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.off("exit", releaseSync);
  };
  if (handleSignals) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    process.once("exit", releaseSync);
  }
  return {
    path,
    release: async () => releaseSync(),
  };
}
