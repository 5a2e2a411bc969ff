// A sheet is the same file however it was made: alone, in a batch after other sheets, with an empty cache folder
// or with the chart compilations an earlier run kept there.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTempDir, parseJsonLines, runCli } from "./run-cli.js";

async function sheetsOf(stdout: string): Promise<Map<string, Buffer>> {
  const outDir = String(parseJsonLines(stdout).at(-1)?.outDir);
  const files = (await readdir(outDir)).filter((name) => name.endsWith(".pdf"));
  return new Map(await Promise.all(files.map(async (name) => [name, await readFile(join(outDir, name))] as const)));
}

describe("faktaark build: the same bytes", () => {
  it("gives a sheet the same bytes in a batch, alone after another sheet, and from a kept cache", async () => {
    const cache = await makeTempDir("cache");
    const batch = await runCli(
      ["build", "--fylke", "34", "--out", await makeTempDir("out"), "--log-format", "json"],
      cache,
    );
    expect(batch.code).toBe(0);

    // In one thread, each after other sheets: Trondheim's first (PDFKit measured a text's height from where it
    // started on the page, and remembered it: Hamar's charts sat 1e-13 pt lower after Trondheim's sheet), then
    // Bjerkreim's (its comparison chart lacks an indicator Nord-Odal's has).
    const after = await runCli(
      ["build", "5001", "1114", "3414", "3403", "--out", await makeTempDir("out"), "--log-format", "json"],
      cache,
    );
    expect(after.code).toBe(0);
    const inBatch = await sheetsOf(batch.stdout);
    const afterOthers = await sheetsOf(after.stdout);
    for (const [number, name] of [
      ["3414", "3414-nord-odal.pdf"],
      ["3403", "3403-hamar.pdf"],
    ] as const) {
      const alone = await runCli(["build", number, "--out", await makeTempDir("out"), "--log-format", "json"], cache);
      expect(alone.code).toBe(0);
      const sheet = (await sheetsOf(alone.stdout)).get(name) as Buffer;
      expect(sheet.equals(inBatch.get(name) as Buffer), `${name} in the batch`).toBe(true);
      expect(sheet.equals(afterOthers.get(name) as Buffer), `${name} after Trondheim and Bjerkreim`).toBe(true);
    }
    // A county's batch and six sheets: ~40 s on a busy 2-core machine.
  }, 180_000);
});
