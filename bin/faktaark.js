#!/usr/bin/env -S node --single-threaded-gc --max-semi-space-size=2 --heap-growing-percent=25 --no-turbo-inlining
// Runs the compiled CLI; `npm run build` (part of `npm start` and the README's first command) makes dist/.
// V8's options hold for the whole process, the render workers included (src/batch/pool.ts keeps them out of the
// workers' own options). Each was measured on the full sample, 2 cores, in alternating runs:
//
// --single-threaded-gc: each thread collects its own garbage. By default V8 marks and sweeps on helper threads
// beside every worker, and on two cores those helpers take turns with the other worker's rendering: 15.0-15.8 s
// without, 13.7-14.1 s with (peak memory the same).
// --max-semi-space-size=2 (MB; V8's default grows to 16) and --heap-growing-percent=25 (a heap may grow 25 % past
// what the last full collection kept, where V8 picks 1.1 to 4 times): smaller heaps in all three threads. Peak memory
// 376-399 MB with both against 508-519 MB without, for about 1 s more of wall time (more of a sheet's objects
// outlive a smaller young generation) and 0.2-1.0 s more for a first sheet that reads the sources anew.
// --no-turbo-inlining: V8's optimising compiler, which compiles the same code again for every worker, does less;
// 14.0-14.1 s with it against 14.3-14.7 s without, and less CPU in all.
import("../dist/cli/main.js").then((cli) => cli.main(process.argv.slice(2)));
