// The adviser web server's latencies over real HTTP on 127.0.0.1, against the goals: a warm sheet in at
// most 80 ms, a cold one in at most 1 s. Run: npx tsx bench/server.ts [--data DIR] [--sheets N]
//
//   first   the very first PDF after start, before the warm-up (Vega's views still to compile); `serve` warms up in
//           the background right after start, so a visitor only meets this in the first seconds
//   cold    a sheet (PDF or page) not asked for before, one request at a time, after the warm-up `serve` does
//   warm    the same requests again, served from the cache
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { loadDataset } from "../src/model/load.js";
import { SheetPlanner } from "../src/pipeline.js";
import { createApp } from "../src/server/app.js";
import { startServer } from "../src/server/listen.js";
import { createServePool } from "../src/server/serve-pool.js";
import { poolRenderer } from "../src/server/sheet-renderer.js";

const GOALS = { warmMs: 80, coldMs: 1000 } as const;

const { values } = parseArgs({
  options: { data: { type: "string", default: "data/sample" }, sheets: { type: "string", default: "12" } },
});
const SHEETS = Number(values.sheets);
const WARM_ROUNDS = 5;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function describe(values: readonly number[]): { median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? Number.NaN };
}

function report(label: string, latencies: readonly number[], goalMs?: number): void {
  const { median, p95, max } = describe(latencies);
  const verdict =
    goalMs === undefined ? "" : max <= goalMs ? `  goal ≤ ${goalMs} ms: reached` : `  goal ≤ ${goalMs} ms: NOT reached`;
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
  console.log(
    `${label.padEnd(30)} n=${String(latencies.length).padStart(3)}  median ${ms(median)}  p95 ${ms(p95)}  max ${ms(max)}${verdict}`,
  );
}

async function timeRequest(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return ms;
}

const started = performance.now();
// As `faktaark serve` runs: sheets drawn on the worker pool.
const pool = createServePool();
const dataset = await loadDataset(values.data);
const planner = await SheetPlanner.create(dataset);
const { app, cache } = createApp({ planner, renderer: poolRenderer(pool) });
const server = await startServer(app, { port: 0 });
console.log(
  `faktaark serve bench: ${dataset.records.length} municipalities, ready after ${Math.round(performance.now() - started)} ms (${server.url}), ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(2)}`,
);

// Spread over the country: every k-th municipality, PDFs and pages for different ones.
const step = Math.max(1, Math.floor(planner.records.length / (2 * SHEETS + 1)));
const picked = planner.records.filter((_, index) => index % step === 0).slice(0, 2 * SHEETS + 1);
const [firstRecord, ...rest] = picked;
if (!firstRecord || rest.length < 2 * SHEETS) throw new Error("Too few municipalities in the dataset.");
const pdfUrls = rest.slice(0, SHEETS).map((record) => `${server.url}/kommune/${record.code}/faktaark.pdf`);
const pageUrls = rest.slice(SHEETS).map((record) => `${server.url}/kommune/${record.code}`);

const first = await timeRequest(`${server.url}/kommune/${firstRecord.code}/faktaark.pdf`);
// What `faktaark serve` does in the background right after start.
const warmUpStarted = performance.now();
await cache.warmUp(planner.records.at(-1) ?? firstRecord);
const warmUpMs = performance.now() - warmUpStarted;
const coldPdf: number[] = [];
for (const url of pdfUrls) coldPdf.push(await timeRequest(url));
const coldPage: number[] = [];
for (const url of pageUrls) coldPage.push(await timeRequest(url));
const warmPdf: number[] = [];
const warmPage: number[] = [];
for (let round = 0; round < WARM_ROUNDS; round++) {
  for (const url of pdfUrls) warmPdf.push(await timeRequest(url));
  for (const url of pageUrls) warmPage.push(await timeRequest(url));
}
const search: number[] = [];
for (const query of ["tromso", "oslo", "5001", "aal", "karasjok", "nord", "heroy", "kautokeino"]) {
  search.push(await timeRequest(`${server.url}/api/sok?q=${encodeURIComponent(query)}`));
}

report("first PDF, before warm-up", [first]);
report("warm-up (serve does it)", [warmUpMs]);
report("cold PDF", coldPdf, GOALS.coldMs);
report("cold municipality page", coldPage, GOALS.coldMs);
report("warm PDF", warmPdf, GOALS.warmMs);
report("warm municipality page", warmPage, GOALS.warmMs);
report("search (/api/sok)", search, GOALS.warmMs);
const { entries, bytes } = cache.stats;
console.log(`cache: ${entries} PDFs and pages, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
await server.close();
await pool.destroy();
