// The web server under load, as an operator runs it: the compiled `faktaark serve` in its own process, and 100
// connections for 30 s asking for a mix of /health, warm and cold sheets and pages. Prints latencies per kind
// against the goals (/health and warm PDF p99 ≤ 100 ms), the status codes (503s are the server's deliberate "come
// back", anything else is an error), and the server's memory before and after.
// Run: npm run build && npx tsx bench/load.ts [--connections 100] [--seconds 30]
import { readFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { loadDataset } from "../src/model/load.js";
import { startServe, stopServe } from "../test/server/serve-process.js";

const GOALS = { healthP99Ms: 100, warmPdfP99Ms: 100 } as const;

const { values } = parseArgs({
  options: { connections: { type: "string", default: "100" }, seconds: { type: "string", default: "30" } },
});
const CONNECTIONS = Number(values.connections);
const SECONDS = Number(values.seconds);

async function residentMb(pid: number): Promise<{ now: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { now: Math.round(kb("VmRSS") / 1024), peak: Math.round(kb("VmHWM") / 1024) };
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

const serve = await startServe(["--port", "0"]);
const { process: child, url } = serve;
const health = await (await fetch(`${url}/health`)).json();
// Cold: every municipality in turn, in both written forms.
const coldCodes = (await loadDataset("data/sample")).records.map((record) => record.code);
// Warm: ten sheets asked for once before the load.
const warm = ["0301", "1103", "3201", "4001", "4601", "5001", "5501", "1151", "1580", "5612"];
for (const code of warm) await (await fetch(`${url}/kommune/${code}/faktaark.pdf`)).arrayBuffer();
const before = await residentMb(child.pid!);
console.log(
  `faktaark serve under load: ${health.municipalities} municipalities, ${CONNECTIONS} connections for ${SECONDS} s, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(2)}; server memory before ${before.now} MB`,
);

type Kind = "health" | "warm PDF" | "cold PDF" | "page";
const latencies = new Map<Kind, number[]>();
const statuses = new Map<number, number>();
let errors = 0;
let coldIndex = 0;
const deadline = performance.now() + SECONDS * 1000;

async function connection(index: number): Promise<void> {
  let n = index;
  while (performance.now() < deadline) {
    n += 1;
    const pick = n % 10;
    const kind: Kind = pick < 2 ? "health" : pick < 6 ? "warm PDF" : pick < 8 ? "cold PDF" : "page";
    const code = kind === "warm PDF" ? warm[n % warm.length]! : (coldCodes[coldIndex++ % coldCodes.length] ?? "5001");
    const path =
      kind === "health"
        ? "/health"
        : kind === "page"
          ? `/kommune/${code}`
          : `/kommune/${code}/faktaark.pdf${kind === "cold PDF" && n % 2 === 0 ? "?lang=nn" : ""}`;
    const sent = performance.now();
    try {
      const response = await fetch(`${url}${path}`);
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 200) latencies.set(kind, [...(latencies.get(kind) ?? []), performance.now() - sent]);
      else if (response.status === 503) await new Promise((resolve) => setTimeout(resolve, 200));
      else errors += 1;
    } catch {
      errors += 1;
    }
  }
}

await Promise.all(Array.from({ length: CONNECTIONS }, (_, index) => connection(index)));
const after = await residentMb(child.pid!);
for (const [kind, values] of latencies) {
  const sorted = [...values].sort((a, b) => a - b);
  const goal = kind === "health" ? GOALS.healthP99Ms : kind === "warm PDF" ? GOALS.warmPdfP99Ms : undefined;
  const p99 = quantile(sorted, 0.99);
  const verdict =
    goal === undefined ? "" : p99 <= goal ? `  goal p99 ≤ ${goal} ms: reached` : `  goal p99 ≤ ${goal} ms: NOT reached`;
  console.log(
    `${kind.padEnd(10)} n=${String(sorted.length).padStart(5)}  p50 ${quantile(sorted, 0.5).toFixed(0).padStart(5)} ms  p99 ${p99.toFixed(0).padStart(5)} ms${verdict}`,
  );
}
console.log(`statuses ${JSON.stringify(Object.fromEntries(statuses))}, errors ${errors}`);
console.log(`server memory after ${after.now} MB, peak ${after.peak} MB`);
await stopServe(serve);
