// What a sheet is made from, as one hash: the rule `--changed-only` decides by.
//
// A sheet is rebuilt when its key changed. The key hashes
//   - its sheet model: every number, sentence and chart spec it prints. The model already holds what comes from
//     other municipalities (comparison municipalities, county and national figures, the ranking), the text
//     templates (templates/nb, templates/nn) and the config (data/config): a change anywhere in the data is a
//     change for exactly the sheets that print something different because of it, and for no others;
//   - the renderer: the program version (package.json) and a hash of the program's own files (dist/, or src/
//     when run from source; not dist/bundle/, which scripts/bundle.ts makes from dist/ and the installed
//     packages), the chart templates and everything else under templates/, data/config/, the font
//     files, and the installed versions of the packages that draw and check a sheet (an upgrade of PDFKit or
//     Vega can change a PDF with no file of ours changing).
// With `--forrige` the key also hashes the stored model of last year's sheet the sheet was compared with: another
// edition, or the same one made again, is another input. The manifest also records the checksums of the dataset files
// the municipality's own figures come from (inputs.ts), and that model's file and checksum, to show where a sheet's
// figures came from.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { installedVersion } from "../installed-version.js";
import { FONT_FILES } from "../pdf/fonts.js";
import type { SheetModel } from "../sheet/model.js";
import { sha256 } from "./files.js";

const PROGRAM_DIR = fileURLToPath(new URL("..", import.meta.url));
const PROJECT_DIR = fileURLToPath(new URL("../..", import.meta.url));
/** The bundle of the program (scripts/bundle.ts), made from the files hashed here. */
const BUNDLE_DIR = join(PROGRAM_DIR, "bundle");

/** The packages whose versions decide how a sheet model becomes a PDF, and how that PDF is read back. */
export const RENDERING_PACKAGES = ["pdfkit", "fontkit", "vega", "vega-lite", "pdfjs-dist"] as const;

/** Everything in the files a sheet's rendering depends on besides its model, as one hash. The files are read
 * synchronously: some 260 small files, read in ~10 ms, against ~40 ms through the thread pool in a cold `build`. */
export function fingerprintRenderer(versionOf: (name: string) => string = installedVersion): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_DIR, "package.json"), "utf8")) as { version?: string };
  const files = [
    ...listFiles(PROGRAM_DIR).filter((file) => !file.startsWith(`${BUNDLE_DIR}/`)),
    ...listFiles(join(PROJECT_DIR, "templates")),
    ...listFiles(join(PROJECT_DIR, "data", "config")),
    ...Object.values(FONT_FILES),
  ];
  const hashes = files.map((file) => `${relative(PROJECT_DIR, file)} ${sha256(readFileSync(file))}`);
  const versions = RENDERING_PACKAGES.map((name) => `${name} ${versionOf(name)}`);
  return sha256(`faktaark ${pkg.version ?? "?"}\n${versions.join("\n")}\n${hashes.sort().join("\n")}`);
}

/** The key a sheet is recorded with in the manifest; `previous` is the checksum of the stored model of last year's
 * sheet it was compared with (`--forrige`), or null. */
export function keyOf(model: SheetModel, renderer: string, previous: string | null = null): string {
  return sha256(`${renderer}\n${previous === null ? "" : `forrige ${previous}\n`}${JSON.stringify(model)}`);
}

function listFiles(dir: string): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}
