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

    // In one thread, each after another sheet (Bjerkreim's comparison chart lacks an indicator Nord-Odal's has);
    // the batch drew them after others.
    const alone = await runCli(
      ["build", "1114", "3414", "3403", "--out", await makeTempDir("out"), "--log-format", "json"],
      cache,
    );
    expect(alone.code).toBe(0);
    const inBatch = await sheetsOf(batch.stdout);
    const sheets = await sheetsOf(alone.stdout);
    for (const name of ["3414-nord-odal.pdf", "3403-hamar.pdf"]) {
      expect(sheets.get(name)?.equals(inBatch.get(name) as Buffer), name).toBe(true);
    }
    // A county's batch and three sheets alone: ~40 s on a busy 2-core machine.
  }, 180_000);
});
