// The only files the server ever sends from disk: a fixed list, read once when the app is made and served from
// memory. A request path is looked up in this list and nothing else; it never becomes a file path.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FONT_FILES } from "../pdf/fonts.js";

export interface StaticAsset {
  readonly body: Buffer;
  readonly contentType: string;
}

/** src/server/static from both src/server (tsx, tests) and dist/server (the built CLI): the project root's copy. */
const STATIC_DIR = fileURLToPath(new URL("../../src/server/static/", import.meta.url));

/** URL path → file. */
const ASSET_FILES: Readonly<Record<string, { file: string; contentType: string }>> = {
  "/static/faktaark.css": { file: `${STATIC_DIR}faktaark.css`, contentType: "text/css; charset=utf-8" },
  "/static/favicon.svg": { file: `${STATIC_DIR}favicon.svg`, contentType: "image/svg+xml" },
  "/static/sok.js": { file: `${STATIC_DIR}sok.js`, contentType: "text/javascript; charset=utf-8" },
  "/static/fonter/source-sans-3-regular.ttf": { file: FONT_FILES.regular, contentType: "font/ttf" },
  "/static/fonter/source-sans-3-semibold.ttf": { file: FONT_FILES.semibold, contentType: "font/ttf" },
  "/static/fonter/source-sans-3-bold.ttf": { file: FONT_FILES.bold, contentType: "font/ttf" },
};

export function loadStaticAssets(): ReadonlyMap<string, StaticAsset> {
  return new Map(
    Object.entries(ASSET_FILES).map(([path, { file, contentType }]) => [
      path,
      { body: readFileSync(file), contentType },
    ]),
  );
}
