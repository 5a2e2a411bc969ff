// Chart demo and timing: draws every example chart on one A4 page (/tmp/charts-demo.pdf) and measures
// compile + first draw and the warm draw median per template. Run: npx tsx bench/charts.ts

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import PDFDocument from "pdfkit";
import { ChartRenderer } from "../src/charts/renderer.js";
import { registerSheetFonts } from "../src/pdf/font-cache.js";
import { EXAMPLE_CHARTS } from "../test/charts/examples.js";

const OUT = process.argv[2] ?? "/tmp/charts-demo.pdf";
const WARM_DRAWS = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Fonts opened once and registered as the batch does (font-cache.ts): a path would make PDFKit read and parse the
// file again in every document, ~30 ms a face.
function createDoc(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: "A4", margin: 0, info: { CreationDate: new Date(0) } });
  registerSheetFonts(doc);
  return doc;
}

const started = performance.now();
const renderer = await ChartRenderer.create();
const createMs = performance.now() - started;

const doc = createDoc();
const written = once(doc.pipe(createWriteStream(OUT)), "finish");
doc.font("semibold").fontSize(11).fillColor("#1f3b5a").text("Diagrammaler (eksempeldata)", 40, 28);

const rows: string[] = [];
let x = 40;
let y = 50;
let rowHeight = 0;
for (const chart of EXAMPLE_CHARTS) {
  if (x + chart.width > 560) {
    x = 40;
    y += rowHeight + 24;
    rowHeight = 0;
  }
  doc.font("semibold").fontSize(8.5).fillColor("#222222").text(chart.template, x, y, { lineBreak: false });
  const t0 = performance.now();
  await renderer.draw(doc, chart, x, y + 14);
  const firstMs = performance.now() - t0;
  // A hairline box shows the chart's given size: nothing may stick out of it.
  doc
    .rect(x, y + 14, chart.width, chart.height)
    .lineWidth(0.25)
    .strokeColor("#e05050")
    .stroke();
  rows.push(`${chart.template.padEnd(17)} compile+first ${firstMs.toFixed(1).padStart(6)} ms`);
  x += chart.width + 15;
  rowHeight = Math.max(rowHeight, chart.height + 14);
}
doc.end();
await written;

// Warm draws go to a throw-away document so the demo page stays readable.
const scratch = createDoc();
scratch.on("data", () => {});
for (const [i, chart] of EXAMPLE_CHARTS.entries()) {
  const times: number[] = [];
  for (let k = 0; k < WARM_DRAWS; k++) {
    const t0 = performance.now();
    await renderer.draw(scratch, chart, 40, 40);
    times.push(performance.now() - t0);
    if (k % 50 === 49) scratch.addPage();
  }
  rows[i] += `   warm median ${median(times).toFixed(2)} ms (${WARM_DRAWS} draws)`;
}
scratch.end();

// A sheet's worth: every example chart once into a new document, as the batch will do; only draws are timed.
const sheetTimes: number[] = [];
for (let sheet = 0; sheet < 50; sheet++) {
  const sheetDoc = createDoc();
  sheetDoc.on("data", () => {});
  const t0 = performance.now();
  for (const chart of EXAMPLE_CHARTS) await renderer.draw(sheetDoc, chart, 40, 40);
  sheetTimes.push(performance.now() - t0);
  sheetDoc.end();
}

console.log(`ChartRenderer.create: ${createMs.toFixed(0)} ms`);
for (const row of rows) console.log(row);
console.log(
  `per sheet (${EXAMPLE_CHARTS.length} charts, new document each): median ${median(sheetTimes).toFixed(1)} ms over ${sheetTimes.length} sheets`,
);
console.log(`wrote ${OUT}`);
