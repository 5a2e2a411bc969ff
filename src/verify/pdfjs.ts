// pdf.js, loaded so that the thread keeps JavaScript's own built-ins.
//
// pdf.js's build for Node (pdfjs-dist/legacy) loads core-js polyfills, and core-js replaces some of V8's own
// built-ins for the whole thread when it finds Node 20's V8 short of a detail of the newest standard (the error
// `push` throws on an array whose length is read-only; the source text that JSON.parse hands a reviver). The
// replacements are JavaScript functions, and pdf.js calls `push` for every operator and text piece it reads: in a
// thread that only reads PDFs back, the polyfilled `push` alone took 13 % of the time. pdf.js uses none of those
// details (its build for browsers runs on the built-ins), so the built-ins it replaced are put back once it has
// loaded. What core-js adds where Node 20 has nothing (Promise.withResolvers, Uint8Array.prototype.toHex, ...)
// stays: pdf.js needs it.
//
// Measured on 2026-12-07, 130 sheets of the sample read back in one thread, two alternating pairs: 33.9-34.4 ms of
// CPU a sheet with the built-ins put back against 48.7-48.9 without, the same text and places read.
// test/verify/pdf-reader.test.ts fails when pdf.js replaces a built-in this list does not name.

/** The built-ins pdf.js's core-js replaces (read off pdfjs-dist 5.6 in Node 20): where each is, and its name. */
const REPLACED: readonly (readonly [object, string])[] = [
  [Array.prototype, "push"],
  [JSON, "parse"],
  [JSON, "stringify"],
  [Function.prototype, "toString"],
];

const own = REPLACED.map(([holder, name]) => [holder, name, Object.getOwnPropertyDescriptor(holder, name)] as const);
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
// pdf.js's worker half, which it would load with the first document (in Node it runs in this thread), brings core-js
// too: loaded now, before the built-ins are put back, it finds them replaced already and leaves them. It sets
// `globalThis.pdfjsWorker`, where pdf.js looks for it first.
await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
for (const [holder, name, descriptor] of own) {
  if (descriptor) Object.defineProperty(holder, name, descriptor);
}

export const { getDocument } = pdfjs;
