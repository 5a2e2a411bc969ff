#!/usr/bin/env -S node --single-threaded-gc --max-semi-space-size=2 --no-turbo-inlining
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
// --no-turbo-inlining: V8's optimising compiler, which compiles the same code again for every worker, does less;
// 14.0-14.1 s with it against 14.3-14.7 s without, and less CPU in all.
import("../dist/cli/main.js").then((cli) => cli.main(process.argv.slice(2)));
