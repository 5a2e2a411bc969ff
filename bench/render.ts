// The cost of one sheet without the batch around it: every sheet model of the sample rendered to PDF in this one
// thread, three passes (the first includes compiling chart views and warming up), with wall and CPU time per
// sheet and how much time went to garbage collection. Compare with `npm run bench`'s "ms per sheet in a worker"
// to see what running two workers side by side costs on this machine.
// Run: npx tsx bench/render.ts [data dir]
import { PerformanceObserver } from "node:perf_hooks";
import { ChartRenderer } from "../src/charts/renderer.js";
import { loadDataset } from "../src/model/load.js";
import { renderSheetPdf } from "../src/pdf/render.js";
import { SheetPlanner } from "../src/pipeline.js";

const PASSES = 3;
const planner = await SheetPlanner.create(await loadDataset(process.argv[2] ?? "data/sample"));
const models = planner.records.map((record) => planner.model(record, planner.languageOf(record)));
const charts = await ChartRenderer.create();

let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ["gc"] });

for (let pass = 1; pass <= PASSES; pass++) {
  gcMs = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  let bytes = 0;
  for (const model of models) bytes += (await renderSheetPdf(model, charts)).pdf.length;
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  // The observer is told of collections between tasks: let it catch up before reading.
  for (let tick = 0; tick < 3; tick++) await new Promise((resolve) => setImmediate(resolve));
  const perSheet = (ms: number) => (ms / models.length).toFixed(1);
  console.log(
    `pass ${pass}: ${models.length} sheets, ${perSheet(wall)} ms a sheet (CPU, all threads: ${perSheet((used.user + used.system) / 1000)} ms; ` +
      `garbage collection ${perSheet(gcMs)} ms), ${(bytes / models.length / 1024).toFixed(1)} kB a sheet`,
  );
}
