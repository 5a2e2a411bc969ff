// pdf.js's worker half ships without types; faktaark only loads it (src/verify/pdfjs.ts) and uses nothing it exports.
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs";
