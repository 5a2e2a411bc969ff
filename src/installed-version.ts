// The version of an installed package, read from its package.json without loading the package.
import { readFileSync } from "node:fs";

const versions = new Map<string, string>();

/** `name`'s version. Its entry module must sit one folder below its package.json (fontkit, pdfkit, vega-lite). */
export function installedVersion(name: string): string {
  let version = versions.get(name);
  if (version === undefined) {
    const manifest = new URL("../package.json", import.meta.resolve(name));
    version = (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
    versions.set(name, version);
  }
  return version;
}
