// Runs the compiled CLI (dist/, built by test/global-setup.ts) as a child process, as a user would.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin", "faktaark.js");
/** The dataset cache of CLI runs in tests: in the temporary folder, not the user's ~/.cache. */
const CACHE_DIR = join(tmpdir(), "faktaark-test-cache");

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `faktaark args`; `cacheDir` replaces the tests' shared cache folder. */
export function runCli(args: readonly string[], cacheDir = CACHE_DIR): Promise<CliResult> {
  return new Promise((resolve) => {
    // Through the bin's first line, which gives node its options, as `npx faktaark` runs it.
    execFile(
      BIN,
      args,
      {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, FORCE_COLOR: "0", FAKTAARK_CACHE_DIR: cacheDir },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Starts `faktaark args` with stdout and stderr piped; `cacheDir` replaces the tests' shared cache folder. */
export function spawnCli(args: readonly string[], cacheDir = CACHE_DIR): ChildProcess {
  return spawn(BIN, args, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FAKTAARK_CACHE_DIR: cacheDir },
  });
}

/** A fresh temporary folder. */
export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `faktaark-${prefix}-`));
}

/** A copy of data/sample that a test may edit. */
export async function copySample(): Promise<string> {
  const dir = join(await makeTempDir("data"), "sample");
  await cp(join(ROOT, "data", "sample"), dir, { recursive: true });
  return dir;
}

/** Replaces the first line of `file` that starts with `start`; returns its line number (from 1). */
export async function replaceLine(file: string, start: string, line: string): Promise<number> {
  const lines = (await readFile(file, "utf8")).split("\n");
  const index = lines.findIndex((candidate) => candidate.startsWith(start));
  if (index < 0) throw new Error(`${file} has no line starting with ${start}`);
  lines[index] = line;
  await writeFile(file, lines.join("\n"));
  return index + 1;
}

/** The JSON lines a `--log-format json` run printed. */
export function parseJsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Writes value `index` of the JSON-stat2 file `path` in the dataset `data` as the text `text` (a number with a
 * space, say), after checking that it holds a number. */
export async function writeJsonStatValue(data: string, path: string, index: number, text: string): Promise<void> {
  const file = join(data, path);
  const table = JSON.parse(await readFile(file, "utf8")) as { value: (number | string | null)[] };
  if (typeof table.value[index] !== "number") throw new Error(`${path}: value[${index}] is not a number`);
  table.value[index] = text;
  await writeFile(file, JSON.stringify(table));
}
