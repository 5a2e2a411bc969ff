// Why the read-back runs on a thread of its own (src/verify/pdf-reader.ts), and that the threads which render keep
// JavaScript's own built-ins. Each case runs in a fresh node on the compiled program (dist/, built by the tests'
// global set-up), as the batch does, since what is tested is what loading a module does to a thread.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../cli/run-cli.js";

/** Runs an ES module given as text in a new node process and parses the JSON line it prints last. */
function runModule(source: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--input-type=module", "--eval", source],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "null"));
      },
    );
  });
}

/** Module text that notes the built-ins pdf.js replaces, so that `changed()` names those no longer the same. */
const WATCH_BUILT_INS = `
const watched = { "Array.prototype.push": () => Array.prototype.push, "JSON.parse": () => JSON.parse,
  "JSON.stringify": () => JSON.stringify, "Function.prototype.toString": () => Function.prototype.toString,
  "globalThis.navigator": () => globalThis.navigator };
const before = Object.fromEntries(Object.entries(watched).map(([name, get]) => [name, get()]));
const changed = () => Object.keys(watched).filter((name) => watched[name]() !== before[name]);
`;

const dist = (path: string) => JSON.stringify(join(ROOT, "dist", path));

describe("pdf.js on a thread of its own", () => {
  it("pdf.js's build for Node replaces built-ins of the thread that loads it (the day it stops, the thread can go)", async () => {
    const changed = await runModule(`${WATCH_BUILT_INS}
await import("pdfjs-dist/legacy/build/pdf.mjs");
console.log(JSON.stringify(changed()));`);
    expect(changed).toEqual(expect.arrayContaining(["Array.prototype.push", "JSON.parse", "JSON.stringify"]));
  });

  it("after reading a PDF through pdfjs.ts, the thread has JavaScript's own built-ins again, and only pdf.js's added globals", async () => {
    // pdf.js loads its worker half with the first document, and that half brings core-js too.
    const result = await runModule(`${WATCH_BUILT_INS}
const { default: PDFDocument } = await import("pdfkit");
const { readPdfText } = await import(${dist("verify/read-pdf.js")});
const doc = new PDFDocument();
const chunks = [];
doc.on("data", (chunk) => chunks.push(chunk));
const ended = new Promise((resolve) => doc.on("end", resolve));
doc.text("Bolig og befolkning");
doc.end();
await ended;
const pages = await readPdfText(Buffer.concat(chunks));
console.log(JSON.stringify({ changed: changed(), text: pages[0].pieces.map((piece) => piece.text).join("") }));`);
    expect(result).toEqual({ changed: ["globalThis.navigator"], text: "Bolig og befolkning" });
  });

  it("pdfjs.ts puts back every built-in that pdf.js replaces", async () => {
    // Every function-valued property of the standard built-ins, before and after: a property pdf.js replaces that
    // pdfjs.ts does not name shows here, and the reader would run it as JavaScript.
    const replaced = await runModule(`
const names = Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z]/.test(name));
const holders = names.flatMap((name) => {
  const value = globalThis[name];
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return [];
  return typeof value === "function" && value.prototype ? [[name, value], [name + ".prototype", value.prototype]] : [[name, value]];
});
const functions = () => new Map(holders.flatMap(([name, holder]) => Reflect.ownKeys(holder).flatMap((key) => {
  const descriptor = Object.getOwnPropertyDescriptor(holder, key);
  return typeof descriptor?.value === "function" ? [[name + "." + String(key), descriptor.value]] : [];
})));
const before = functions();
await import(${dist("verify/pdfjs.js")});
const after = functions();
console.log(JSON.stringify([...before].filter(([key, value]) => after.get(key) !== value).map(([key]) => key)));`);
    expect(replaced).toEqual([]);
  });

  it("a sheet rendered and read back in one process: the rendering thread keeps its built-ins, the reader returns the text", async () => {
    const result = (await runModule(`${WATCH_BUILT_INS}
const { loadDataset } = await import(${dist("model/load.js")});
const { SheetPlanner } = await import(${dist("pipeline.js")});
const { renderJob } = await import(${dist("batch/render-job.js")});
const { createPdfReader } = await import(${dist("verify/pdf-reader.js")});
const { verifyPdf } = await import(${dist("verify/verify-pdf.js")});
const { mkdtemp } = await import("node:fs/promises");
const { tmpdir } = await import("node:os");
const { join } = await import("node:path");
const planner = await SheetPlanner.create(await loadDataset("data/sample"));
const record = planner.findRecord("4001");
const model = planner.model(record, "nb");
const path = join(await mkdtemp(join(tmpdir(), "faktaark-reader-")), "4001-porsgrunn.pdf");
const reader = createPdfReader(1);
const rendered = await renderJob({ model, path, returnPdf: true, workbook: false });
const pages = await reader.read(rendered.pdf);
const problems = await verifyPdf(model, rendered.pdf, reader);
await reader.close();
const text = pages.map((page) => page.pieces.map((piece) => piece.text).join("")).join("");
console.log(JSON.stringify({ changed: changed(), pages: pages.length, title: text.includes(model.title), problems }));`)) as {
      changed: string[];
      pages: number;
      title: boolean;
      problems: unknown[];
    };
    expect(result.changed).toEqual([]);
    expect(result.pages).toBe(5);
    expect(result.title).toBe(true);
    expect(result.problems).toEqual([]);
  });
});
