// Bundles the compiled program (dist/, tsc's output) and the packages it imports into dist/bundle/, which
// bin/faktaark.js runs. Part of `npm run build`, after tsc; the tests' set-up (test/global-setup.ts) runs it too.
//
// Why: Node 20 loads an ES module graph one file at a time (resolve, read, compile), and a cold `build 5001` loaded
// ~465 files, Vega alone ~220 of them (d3-geo-projection, vega-util, d3-array, ...). Importing what a cold build
// imports took 345-407 ms from dist/ and 167-200 ms from the bundle (2026-12-07, four alternating runs each).
//
// - Two folders below the project, as every compiled module that finds the project's files from its own place is
//   (dist/sheet/texts.js: "../../templates"; src/data/config-files.ts): the same relative paths hold in the bundle.
// - The entry points keep their file names, so the threads the program starts find their code beside it:
//   batch/pool.ts starts "./render-job.js" with "./no-canvas.js", which registers "./no-canvas-hooks.js";
//   verify/pdf-reader.ts starts "./read-pdf.js".
// - Shared code goes into chunks beside them; a command's module, the dataset readers and Vega-Lite stay in chunks
//   of their own that load on first use, as their `import()` did before.
// - Left to Node, as installed: packages that find files beside their own code (pdfkit its ICC profile, piscina
//   its worker), node-canvas (a native module) and pdf.js (two files, loaded by the reader thread only).
// - Bundled packages written as CommonJS call `require` for Node's own modules: every file gets one, made with
//   Node's public `createRequire`.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

/** Where the bundle goes, below the project. */
const BUNDLE_DIR = join("dist", "bundle");

/** The modules run as programs: the CLI, and the threads it starts (the names their starters use). */
const ENTRY_POINTS = [
  "cli/main.js",
  "batch/render-job.js",
  "batch/no-canvas.js",
  "batch/no-canvas-hooks.js",
  "verify/read-pdf.js",
];

/** Packages loaded from node_modules as they are (see the top of this file). */
const EXTERNAL = ["pdfkit", "piscina", "canvas", "pdfjs-dist"];

/** Bundles `<root>/dist` into `<root>/dist/bundle`, replacing what was there. */
export async function bundle(root: string): Promise<void> {
  const outdir = join(root, BUNDLE_DIR);
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS.map((entry) => join("dist", entry)),
    outdir,
    entryNames: "[name]",
    chunkNames: "[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: EXTERNAL,
    banner: {
      js: 'import { createRequire as createRequireForBundle } from "node:module"; const require = createRequireForBundle(import.meta.url);',
    },
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await bundle(fileURLToPath(new URL("..", import.meta.url)));
}
