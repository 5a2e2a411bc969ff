#!/usr/bin/env -S MALLOC_TRIM_THRESHOLD_=131072 node --single-threaded-gc --max-semi-space-size=2 --max-old-space-size=512 --max-inlined-bytecode-size-cumulative=200
// Runs the compiled and bundled CLI; `npm run build` (part of `npm start` and the README's first command) makes
// dist/ and dist/bundle/ (scripts/bundle.ts).
// V8's options, and the C library's one setting, hold for the whole process, the render workers included
// (src/batch/pool.ts keeps V8's out of the workers' own options). Each V8 option was measured again on 2026-12-06,
// after the rendering moved to public APIs (a new Vega view per chart): `build --all --no-verify` on the full sample,
// 2 cores, each flag left out in turn in one round of runs, and cold `build 5001` in five alternating pairs. The
// machine is shared and noisy (the same run varied by ±15 %), so only differences larger than that count:
//
// --single-threaded-gc: each thread collects its own garbage. By default V8 marks and sweeps on helper threads
// beside every worker, and on two cores those helpers take turns with the other worker's rendering: 92.6 CPU-s
// without it against 66.0 with it in the same round (peak memory 368 against 322 MB).
// --max-semi-space-size=2 (MB; V8's default lets the young generation grow to 16): smaller heaps in all three
// threads. Peak memory 322-337 MB with it against 423-427 MB without, in both rounds measured (the goal is 400 MB);
// CPU time within the noise. 8 MB gave 364 MB.
// --max-old-space-size=512 (MB; the render workers set their own limit): the main thread's heap. V8 lets a heap
// grow to up to 4 times what was alive at its last full collection when its limit is large, and to about 1.6 times
// under 512 MB. The main thread builds every sheet's model, whose garbage it then kept: peak 322 MB with it against
// 383 MB without, CPU time the same.
//
// --max-inlined-bytecode-size-cumulative=200 (V8's default 920): how much bytecode TurboFan inlines into one
// optimized function. Measured on 2026-12-07: V8 compiles on helper threads beside the renderers all through a
// batch (about 300 functions every 3 s, each new closure of Vega's views and of a sheet's layout tiering up anew),
// and those threads took 8.3 CPU-s of a `--no-verify` batch; with 200, 5.2 CPU-s, the render threads' own time the
// same (per-thread CPU from /proc). The verifying batch in alternating pairs: 72.8-74.2 user CPU-s against 77.5-78.9
// without it; peak memory 387 against 400 MB. Cold `build 5001`: 1.67-1.78 s against 1.83-1.92 s. 100 and 50
// gave no more.
//
// MALLOC_TRIM_THRESHOLD_=131072 (bytes; glibc's malloc, mallopt(3)): the C library gives freed memory at the top of
// a thread's malloc heap back to the system once more than 128 kB of it is free. That is its documented default,
// but it raises the threshold by itself after a large block is freed, and then keeps what the threads' PDF
// buffers, zlib and V8's compilers freed: ~30 MB by the end of a batch. Measured on 2026-12-07, full sample, three
// alternating pairs: peak 352-358 MB against 382-389 MB (dataset cache filled), and 364-370 against 399-411 MB
// reading the sources anew (the nightly run on new data, which the bench measured at 409-410 MB). It costs
// ~0.8 CPU-s of system time (page faults and returns; 3.1-3.2 against 2.2-2.9 s), user time within the noise.
// MALLOC_ARENA_MAX=2 gave 384-389 MB, but 490 MB with a larger young generation in the render threads: left out.
//
// Measured and dropped: --no-turbo-inlining (63.5 CPU-s without it against 66.0 with: no gain now that views are
// not reused) and --initial-old-space-size=48 (cold `build 5001` 2.21-2.71 s without it against 2.32-2.44 s with).
import { statSync } from "node:fs";

// The bundle is made from dist/ after tsc (scripts/bundle.ts): one older than dist/ would run code that is not
// the compiled program (tsc run alone, or a build that stopped at a type error).
const builtAt = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = builtAt("../dist/bundle/main.js");
const compiled = builtAt("../dist/cli/main.js");
const unbuilt = bundled === undefined || compiled === undefined;
if (unbuilt || bundled < compiled) {
  process.stderr.write(
    unbuilt
      ? "faktaark: programmet er ikke bygd. Kjør npm run build.\n"
      : "faktaark: dist/bundle/ er eldre enn dist/ (tsc er kjørt uten esbuild etter). Kjør npm run build.\n",
  );
  process.exit(2);
}
import("../dist/bundle/main.js").then((cli) => cli.main(process.argv.slice(2)));
