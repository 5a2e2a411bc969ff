// The batch benchmark (`npm run bench`): builds every sheet of the sample into a temporary folder with the
// compiled CLI, as a user runs it, and prints speed, memory and size against the goals and the previous run
// (bench/results/latest.json, overwritten at the end). The batch and the three cold single-sheet runs use the
// dataset cache that a first single-sheet run fills; that first run is reported too, and so is a second batch
// with an empty dataset cache into the first batch's folder, as the nightly run on new data reads the sources anew
// and builds over last night's sheets.
//
// Against headless Chromium: right after the batch, under the same load, the same sheets (the batch manifest's
// municipalities and languages) are printed the way a web-first tool would make them: `faktaark serve` draws each
// sheet's web page and Debian's Chromium prints it to PDF, one tab per core (bench/browser-route.ts says what its
// time includes). `speedup` is Chromium's wall time over the batch's; the batch reads every PDF back with pdf.js by
// default and the browser route checks nothing, so the batch is also run once with `--no-verify` and that ratio
// (`noVerifySpeedup`) is printed too. Without Chromium (no /usr/bin/chromium, or FAKTAARK_CHROMIUM) the browser
// figures are null and the bench says it did not measure them.
//
// Peak memory: render workers are threads of the one process, so the process's peak resident set (reported by
// the run's JSON summary, from process.resourceUsage().maxRSS) covers the main thread and all workers.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ManifestEntry } from "../src/batch/manifest.js";
import { CHROMIUM, HAS_CHROMIUM } from "../test/server/browser.js";
import { type BrowserRouteResult, printWithBrowser } from "./browser-route.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "faktaark.js");
const LATEST = join(ROOT, "bench", "results", "latest.json");
const COLD_RUNS = 3;

/** The goals for the full sample. */
const GOALS = { wallSeconds: 8, peakMb: 400, coldSeconds: 1.5, maxKb: 150, speedup: 3 } as const;

interface Figures {
  readonly date: string;
  readonly cores: number;
  readonly cpu: string;
  readonly sheets: number;
  /** The machine's load average (1 min) before the run: other work on the cores slows every figure. */
  readonly loadAverage: number;
  readonly wallSeconds: number;
  readonly batchSeconds: number;
  readonly sheetsPerSecond: number;
  readonly msPerSheet: number;
  readonly renderMsPerSheet: number;
  /** CPU time of the batch process (all threads) per sheet: less sensitive to other work on the machine. */
  readonly cpuMsPerSheet: number;
  readonly peakMb: number;
  readonly meanKb: number;
  readonly maxKb: number;
  /** A new process, the dataset cache filled. */
  readonly coldSeconds: number;
  /** A new process with an empty dataset cache. */
  readonly firstSeconds: number;
  /** The batch again with an empty dataset cache, into the first batch's folder: it reads the sources and checks
   * the sheets already there, as a run on new data does. */
  readonly sourcesWallSeconds: number;
  readonly sourcesPeakMb: number;
  /** The batch again with `--no-verify` (no pdf.js read-back of each PDF), as the browser route does none. */
  readonly noVerifyWallSeconds: number;
  /** Headless Chromium printing the same sheets' web pages (bench/browser-route.ts); null when not measured. */
  readonly browserSeconds: number | null;
  /** PDFs Chromium wrote. */
  readonly browserSheets: number | null;
  /** browserSeconds / wallSeconds: how many times faster faktaark's batch is, reading every PDF back. */
  readonly speedup: number | null;
  /** browserSeconds / noVerifyWallSeconds: like for like, neither checks its PDFs. */
  readonly noVerifySpeedup: number | null;
}

/** The figures and what the report must say about them. */
interface Measured {
  readonly figures: Figures;
  readonly notes: readonly string[];
}

interface RunOutput {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

function runCli(args: readonly string[], cacheDir: string): Promise<RunOutput> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // As a user runs it: through the first line of bin/faktaark.js, which gives node its options.
    const child = spawn(BIN, args, {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FAKTAARK_CACHE_DIR: cacheDir },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(): Promise<Measured> {
  const loadAverage = loadavg()[0] ?? 0;
  const out = await mkdtemp(join(tmpdir(), "faktaark-bench-"));
  const cacheDir = join(out, "cache");
  const single = async () => {
    const run = await runCli(["build", "5001", "--out", join(out, "single"), "--quiet"], cacheDir);
    if (run.code !== 0) throw new Error(`build 5001 ended with exit code ${run.code}:\n${run.stderr}`);
    return run.seconds;
  };
  try {
    // The first run reads the dataset and fills the dataset cache (src/batch/dataset-cache.ts); later runs use it.
    const firstSeconds = await single();
    const { run, events, summary } = await batch(out, cacheDir);
    const renderMs = events.filter((event) => event.event === "built").map((event) => Number(event.ms));
    const manifest = JSON.parse(await readFile(join(String(summary.outDir), "manifest.json"), "utf8")) as {
      sheets: ManifestEntry[];
    };
    const sizes = manifest.sheets.map((sheet) => sheet.bytes / 1024);
    const sheets = Number(summary.built);
    // Right after the batch, under the same load on the machine.
    const notes: string[] = [];
    const browser = await measureBrowserRoute(manifest.sheets, join(out, "browser"), cacheDir, notes);
    const noVerify = await batch(join(out, "no-verify"), cacheDir, ["--no-verify"]);
    if (Number(noVerify.summary.built) !== sheets)
      throw new Error(`the --no-verify batch built ${noVerify.summary.built} sheets, the batch ${sheets}`);

    const cold: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) cold.push(await single());
    // Into the first batch's folder: a run on new data opens last night's folder, and reads every PDF in it to check
    // its manifest (src/batch/manifest.ts), which an empty folder does not show.
    const sources = await batch(out, join(out, "empty-cache"));
    const figures: Figures = {
      date: new Date().toISOString(),
      cores: availableParallelism(),
      loadAverage: round(loadAverage, 2),
      cpu: cpus()[0]?.model ?? "?",
      sheets,
      wallSeconds: round(run.seconds, 2),
      batchSeconds: round(Number(summary.seconds), 2),
      sheetsPerSecond: round(sheets / run.seconds, 1),
      msPerSheet: round((run.seconds * 1000) / sheets, 1),
      cpuMsPerSheet: round((Number(summary.cpuSeconds) * 1000) / sheets, 1),
      renderMsPerSheet: round(renderMs.reduce((a, b) => a + b, 0) / renderMs.length, 1),
      peakMb: Number(summary.maxRssMb),
      meanKb: round(sizes.reduce((a, b) => a + b, 0) / sizes.length, 1),
      maxKb: round(Math.max(...sizes), 1),
      coldSeconds: round(median(cold), 2),
      firstSeconds: round(firstSeconds, 2),
      sourcesWallSeconds: round(sources.run.seconds, 2),
      sourcesPeakMb: Number(sources.summary.maxRssMb),
      noVerifyWallSeconds: round(noVerify.run.seconds, 2),
      browserSeconds: browser ? round(browser.seconds, 2) : null,
      browserSheets: browser ? browser.pdfs : null,
      speedup: browser ? round(browser.seconds / run.seconds, 2) : null,
      noVerifySpeedup: browser ? round(browser.seconds / noVerify.run.seconds, 2) : null,
    };
    if (browser && browser.pdfs !== sheets)
      notes.push(
        `note: Chromium printed ${browser.pdfs} of ${sheets} sheets (${browser.failures} failed, the first ${browser.firstFailure}); its time covers only those`,
      );
    return { figures, notes };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * The browser route over the batch's sheets, or null with a note saying why it was not measured. Chromium missing is
 * expected on a machine without the web tests' set-up; Chromium failing to start is an error (exit code 1), but the
 * rest of the figures are still reported.
 */
async function measureBrowserRoute(
  sheets: readonly ManifestEntry[],
  outDir: string,
  cacheDir: string,
  notes: string[],
): Promise<BrowserRouteResult | null> {
  if (!HAS_CHROMIUM) {
    notes.push(
      `note: the browser route was not measured: ${CHROMIUM} is not installed (apt-get install chromium, or set FAKTAARK_CHROMIUM)`,
    );
    return null;
  }
  try {
    return await printWithBrowser(sheets, { outDir, cacheDir });
  } catch (error) {
    notes.push(
      `error: the browser route failed, not measured: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
    return null;
  }
}

/** `build --all` into `outDir` with JSON logs: the run, its events and its summary. */
async function batch(outDir: string, cacheDir: string, options: readonly string[] = []) {
  const run = await runCli(["build", "--all", "--out", outDir, "--log-format", "json", ...options], cacheDir);
  if (run.code !== 0)
    throw new Error(`the batch ended with exit code ${run.code}:\n${run.stderr}${run.stdout.slice(-2000)}`);
  const events = run.stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const summary = events.find((event) => event.event === "summary");
  if (!summary) throw new Error("the batch printed no summary");
  return { run, events, summary };
}

function round(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}

const ROWS: readonly { key: keyof Figures; label: string; unit: string; lowerIsBetter: boolean; goal?: number }[] = [
  { key: "wallSeconds", label: "wall time, all sheets", unit: "s", lowerIsBetter: true, goal: GOALS.wallSeconds },
  { key: "batchSeconds", label: "  of which after loading", unit: "s", lowerIsBetter: true },
  { key: "noVerifyWallSeconds", label: "  wall time with --no-verify", unit: "s", lowerIsBetter: true },
  { key: "browserSeconds", label: "headless Chromium, same sheets", unit: "s", lowerIsBetter: true },
  {
    key: "speedup",
    label: "speedup vs Chromium (verifying)",
    unit: "×",
    lowerIsBetter: false,
    goal: GOALS.speedup,
  },
  {
    key: "noVerifySpeedup",
    label: "speedup vs Chromium (--no-verify)",
    unit: "×",
    lowerIsBetter: false,
    goal: GOALS.speedup,
  },
  { key: "sourcesWallSeconds", label: "wall time, new data, same folder", unit: "s", lowerIsBetter: true },
  { key: "sheetsPerSecond", label: "sheets per second", unit: "/s", lowerIsBetter: false },
  { key: "msPerSheet", label: "ms per sheet (wall)", unit: "ms", lowerIsBetter: true },
  { key: "renderMsPerSheet", label: "ms per sheet in a worker", unit: "ms", lowerIsBetter: true },
  { key: "cpuMsPerSheet", label: "CPU ms per sheet, all threads", unit: "ms", lowerIsBetter: true },
  { key: "peakMb", label: "peak memory, all threads", unit: "MB", lowerIsBetter: true, goal: GOALS.peakMb },
  {
    key: "sourcesPeakMb",
    label: "peak memory, new data, same folder",
    unit: "MB",
    lowerIsBetter: true,
    goal: GOALS.peakMb,
  },
  { key: "meanKb", label: "size per sheet, mean", unit: "kB", lowerIsBetter: true },
  { key: "maxKb", label: "size per sheet, max", unit: "kB", lowerIsBetter: true, goal: GOALS.maxKb },
  {
    key: "coldSeconds",
    label: "cold `build 5001` (median of 3)",
    unit: "s",
    lowerIsBetter: true,
    goal: GOALS.coldSeconds,
  },
  { key: "firstSeconds", label: "  the same, empty dataset cache", unit: "s", lowerIsBetter: true },
];

function report(now: Figures, notes: readonly string[], previous: Figures | null): string {
  const lines = [
    `faktaark bench: ${now.sheets} sheets, ${now.cores} cores (${now.cpu}), load average ${now.loadAverage}`,
  ];
  if (now.loadAverage > 0.5)
    lines.push("note: other work was running on this machine; times are slower than on an idle one");
  if (previous) lines.push(`compared with ${previous.date}`);
  for (const row of ROWS) {
    if (now[row.key] === null) {
      lines.push(`${row.label.padEnd(34)} not measured`);
      continue;
    }
    const value = Number(now[row.key]);
    let change = "";
    if (previous && typeof previous[row.key] === "number") {
      const before = Number(previous[row.key]);
      const percent = before === 0 ? 0 : ((value - before) / before) * 100;
      const better = row.lowerIsBetter ? percent < 0 : percent > 0;
      change = `  (was ${before} ${row.unit}, ${percent >= 0 ? "+" : ""}${percent.toFixed(1)} %${Math.abs(percent) >= 5 ? (better ? ", better" : ", worse") : ""})`;
    }
    const reached = row.goal === undefined || (row.lowerIsBetter ? value <= row.goal : value >= row.goal);
    const goal =
      row.goal === undefined
        ? ""
        : `  goal ${row.lowerIsBetter ? "≤" : "≥"} ${row.goal} ${row.unit}: ${reached ? "reached" : "NOT reached"}`;
    lines.push(`${row.label.padEnd(34)} ${String(value).padStart(8)} ${row.unit}${goal}${change}`);
  }
  lines.push(...notes);
  return lines.join("\n");
}

async function readPrevious(): Promise<Figures | null> {
  try {
    return JSON.parse(await readFile(LATEST, "utf8")) as Figures;
  } catch {
    return null;
  }
}

const previous = await readPrevious();
const { figures, notes } = await measure();
process.stdout.write(`${report(figures, notes, previous)}\n`);
await writeFile(LATEST, `${JSON.stringify(figures, null, 2)}\n`);
