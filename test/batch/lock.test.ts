// One run per output directory: a second run is stopped with a message naming the first; a lock left by a
// dead run is taken over; releasing removes the file.
import { spawnSync } from "node:child_process";
import { access, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireOutputLock, LOCK_FILE } from "../../src/batch/lock.js";
import { UserError } from "../../src/errors.js";

let dir: string;
const notes: string[] = [];
const options = { handleSignals: false, onNote: (text: string) => notes.push(text) };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "faktaark-lock-"));
  notes.length = 0;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid as number;
}

describe("acquireOutputLock", () => {
  it("writes pid, host and start time, and stops a second run at once with a message naming the first", async () => {
    const now = () => new Date("2026-11-12T02:00:00Z");
    const lock = await acquireOutputLock(dir, { ...options, now });
    const content = JSON.parse(await readFile(join(dir, LOCK_FILE), "utf8"));
    expect(content).toEqual({
      pid: process.pid,
      hostname: hostname(),
      startedAt: "2026-11-12T02:00:00.000Z",
      // This process's start as the kernel counts it (/proc/<pid>/stat field 22), which a reused pid does not share.
      processStart: expect.stringMatching(/^\d+$/),
    });

    const second = acquireOutputLock(dir, { ...options, now: () => new Date("2026-11-12T02:05:00Z") });
    await expect(second).rejects.toBeInstanceOf(UserError);
    await expect(second).rejects.toThrow(
      `En annen faktaark-kjøring (pid ${process.pid}, startet 12.11.2026 kl. 03:00) bruker allerede ${dir}. ` +
        `Vent til den er ferdig, eller slett ${dir}/.faktaark.lock hvis den ikke lenger kjører.`,
    );
    await lock.release();
  });

  it("takes over a lock whose pid now belongs to another process, and keeps one whose process is the same", async () => {
    // A lock written by a run whose pid the system has since given to this test's own process.
    const held = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), processStart: "1" };
    await writeFile(join(dir, LOCK_FILE), `${JSON.stringify(held)}\n`);
    const lock = await acquireOutputLock(dir, options);
    expect(notes).toEqual([
      `Merk: fant en gammel lås i ${dir} (pid ${process.pid}, startet ${notes[0]?.match(/startet ([^)]+)\)/)?.[1]}) ` +
        `som ikke lenger kjører (pid ${process.pid} er nå en annen prosess); tar den over.`,
    ]);
    await lock.release();

    // The same process, started at the time the lock says: the run is still going.
    const stat = await readFile("/proc/self/stat", "utf8");
    const start = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    await writeFile(join(dir, LOCK_FILE), `${JSON.stringify({ ...held, processStart: start })}\n`);
    await expect(acquireOutputLock(dir, options)).rejects.toThrow("En annen faktaark-kjøring");
  });

  it("removes the lock on release, so the next run gets the directory", async () => {
    const lock = await acquireOutputLock(dir, options);
    await lock.release();
    await lock.release(); // twice is harmless
    expect(await exists(join(dir, LOCK_FILE))).toBe(false);
    const next = await acquireOutputLock(dir, options);
    await next.release();
  });

  it("takes over a lock left by a process that no longer runs, with a note", async () => {
    const pid = deadPid();
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid, hostname: hostname(), startedAt: "2026-11-12T01:00:00.000Z" }),
    );
    const lock = await acquireOutputLock(dir, { ...options, now: () => new Date("2026-11-12T02:00:00Z") });
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    expect(notes).toEqual([
      `Merk: fant en gammel lås i ${dir} (pid ${pid}, startet 12.11.2026 kl. 02:00) som ikke lenger kjører; tar den over.`,
    ]);
    await lock.release();
  });

  it("takes over a lock older than the maximum age, even from a live process on another host", async () => {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: 1, hostname: "annen-maskin", startedAt: "2026-11-10T02:00:00.000Z" }),
    );
    const young = acquireOutputLock(dir, { ...options, now: () => new Date("2026-11-10T03:00:00Z") });
    await expect(young).rejects.toThrow(/^En annen faktaark-kjøring \(pid 1 på annen-maskin, startet 10\.11\.2026/);
    const lock = await acquireOutputLock(dir, {
      ...options,
      maxAgeMs: 6 * 3_600_000,
      now: () => new Date("2026-11-12T02:00:00Z"),
    });
    expect(notes).toEqual([
      `Merk: fant en gammel lås i ${dir} (pid 1, startet 10.11.2026 kl. 03:00) som er eldre enn 6 timer; tar den over.`,
    ]);
    await lock.release();
  });

  it("treats an empty lock file as held while fresh and as stale once old", async () => {
    const path = join(dir, LOCK_FILE);
    await writeFile(path, "");
    await expect(acquireOutputLock(dir, options)).rejects.toThrow(/^En annen faktaark-kjøring/);
    const old = new Date(Date.now() - 5 * 60_000);
    await utimes(path, old, old);
    const lock = await acquireOutputLock(dir, options);
    expect(notes).toEqual([`Merk: fant en gammel lås i ${dir} (uten innhold) som ikke kan leses; tar den over.`]);
    await lock.release();
  });

  it("releases the lock when the process gets SIGTERM", async () => {
    const script = `
      import { acquireOutputLock } from ${JSON.stringify(join(import.meta.dirname, "../../src/batch/lock.ts"))};
      await acquireOutputLock(process.argv[1]);
      process.stdout.write("held\\n");
      process.kill(process.pid, "SIGTERM");
      setTimeout(() => {}, 5000);
    `;
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, dir], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(child.stdout).toBe("held\n");
    expect(child.signal).toBe("SIGTERM");
    expect(await exists(join(dir, LOCK_FILE))).toBe(false);
  });
});
