// bin/faktaark.js runs the bundle (dist/bundle/, scripts/bundle.ts) made from tsc's output (dist/). A bundle older
// than dist/ is refused with what to run, never run: tsc run alone, or a build that stopped at a type error, would
// otherwise run yesterday's program without a word. Tried on a copy of bin/faktaark.js beside a stand-in dist/.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/faktaark.js", import.meta.url));

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project with the real bin/faktaark.js and a stand-in program: `compiled` and `bundled` are the seconds since
 * the epoch of dist/cli/main.js and dist/bundle/main.js (null: no such file). */
function project(compiled: number | null, bundled: number | null): string {
  root = mkdtempSync(join(tmpdir(), "faktaark-bin-"));
  mkdirSync(join(root, "bin"));
  copyFileSync(BIN, join(root, "bin", "faktaark.js"));
  writeFileSync(join(root, "package.json"), '{ "type": "module" }');
  const place = (path: string, seconds: number | null) => {
    if (seconds === null) return;
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), 'export function main(args) { console.log("ran " + args.join(" ")); }\n');
    utimesSync(join(root, path), seconds, seconds);
  };
  place("dist/cli/main.js", compiled);
  place("dist/bundle/main.js", bundled);
  return join(root, "bin", "faktaark.js");
}

const run = (bin: string) => spawnSync(process.execPath, [bin, "list"], { encoding: "utf8" });

it("runs the bundle when it was made after dist/", () => {
  const result = run(project(1_000_000, 1_000_060));
  expect(result.stderr).toBe("");
  expect(result.stdout).toBe("ran list\n");
  expect(result.status).toBe(0);
});

it("refuses a bundle older than dist/, saying what to run", () => {
  const result = run(project(1_000_060, 1_000_000));
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain("dist/bundle/ er eldre enn dist/");
  expect(result.stderr).toContain("npm run build");
  expect(result.status).toBe(2);
});

it("says the program is not built when dist/ or the bundle is missing", () => {
  for (const [compiled, bundled] of [
    [null, null],
    [1_000_000, null],
    [null, 1_000_000],
  ] as const) {
    const result = run(project(compiled, bundled));
    expect(result.stderr).toBe("faktaark: programmet er ikke bygd. Kjør npm run build.\n");
    expect(result.status).toBe(2);
    rmSync(root, { recursive: true, force: true });
  }
});
