#!/usr/bin/env -S node --single-threaded-gc --max-semi-space-size=2 --max-old-space-size=512 --no-turbo-inlining --initial-old-space-size=48
// Runs the compiled CLI; `npm run build` (part of `npm start` and the README's first command) makes dist/.
// V8's options hold for the whole process, the render workers included (src/batch/pool.ts keeps them out of the
// workers' own options). Each was measured on the full sample, 2 cores, in alternating runs:
//
// --single-threaded-gc: each thread collects its own garbage. By default V8 marks and sweeps on helper threads
// beside every worker, and on two cores those helpers take turns with the other worker's rendering: 15.0-15.8 s
// without, 13.7-14.1 s with (peak memory the same).
// --max-semi-space-size=2 (MB; V8's default lets the young generation grow to 16): smaller heaps in all three
// threads. Peak memory 339-356 MB with it against 469-470 MB without. The price is speed: more of a sheet's
// objects outlive a small young generation and are collected later, with the old ones. The batch took 17.0
// against 13.3 s and 14.5 against 12.3 s in alternating pairs, and a warm sheet in one thread (as `serve` draws
// it) about 18 % more CPU; a single cold sheet and a first run that reads the sources anew take as long as before.
// --max-old-space-size=512 (MB; the render workers set their own limit): the main thread's heap. V8 lets a heap
// grow to up to 4 times what was alive at its last full collection when its limit is large (the default here is
// several GB), and to about 1.6 times under 512 MB. The main thread builds every sheet's model, whose garbage it then
// kept: peak memory 341-355 MB with it against 364-391 MB without (a run that reads the sources anew: 359-364 against
// 382-402 MB), no slower. The price: a single cold sheet, built in the main thread, collects more often while it
// loads, ~0.07 s (1.47-1.55 against 1.38-1.47 s in alternating runs). The most the main heap has held is ~210 MB,
// mostly parsing garbage, while reading the sources.
// --no-turbo-inlining: V8's optimising compiler, which compiles the same code again for every worker, does less;
// 14.0-14.1 s with it against 14.3-14.7 s without, and less CPU in all.
// --initial-old-space-size=48 (MB): no thread collects its old generation before it holds 48 MB. A single cold
// sheet holds ~55 MB at its end and made three full collections on the way: 1.32-1.44 against 1.41-1.49 s. The
// price is memory: the batch peaks at 340-348 against 315-340 MB, and a first run with an empty cache folder at
// 360-366 against 355-363 MB, no slower. 64 MB took that first run to 372-386 MB, and 128 MB the batch to 501-521.
import("../dist/cli/main.js").then((cli) => cli.main(process.argv.slice(2)));
