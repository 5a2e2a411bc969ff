// A 300 MB file that is not data, left in the data folder: `check` and `build` name it and go no further with it,
// without reading it whole (memory stays far below what holding it would take).

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySample, makeTempDir, spawnCli } from "./run-cli.js";

const MB = 1024 * 1024;
let data: string;

/** Writes `megabytes` of text in 1 MB pieces, never holding the whole file. */
async function writeJunk(path: string, megabytes: number): Promise<void> {
  const piece = Buffer.from("dette er ikke data;bare søppel fra en logg\n".repeat(Math.ceil(MB / 40))).subarray(0, MB);
  const stream = createWriteStream(path);
  for (let i = 0; i < megabytes; i++) if (!stream.write(piece)) await once(stream, "drain");
  stream.end();
  await once(stream, "finish");
}

/** Runs the CLI and follows its peak resident memory (VmHWM) until it exits. */
async function runWatched(args: readonly string[]): Promise<{ code: number | null; stderr: string; peakMb: number }> {
  const child = spawnCli(args);
  let stderr = "";
  let stdout = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  let peakKb = 0;
  const timer = setInterval(async () => {
    const status = await readFile(`/proc/${child.pid}/status`, "utf8").catch(() => "");
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peakKb = Math.max(peakKb, kb);
  }, 20);
  const [code] = (await once(child, "exit")) as [number | null];
  clearInterval(timer);
  return { code, stderr: stderr + stdout, peakMb: peakKb / 1024 };
}

beforeAll(async () => {
  data = await copySample();
  await writeJunk(join(data, "logg-fra-serveren.csv"), 300);
}, 60_000);

afterAll(async () => {
  await rm(data, { recursive: true, force: true });
});

describe("a 300 MB junk file in the data folder", () => {
  it("is named by check, with what was expected and found, and never read whole", async () => {
    const result = await runWatched(["check", "--data", data]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("logg-fra-serveren.csv");
    expect(result.stderr).toContain("filen er for stor: forventet en datafil på høyst 200 MB, fant 300 MB");
    expect(result.peakMb).toBeGreaterThan(0);
    expect(result.peakMb).toBeLessThan(400);
  });

  it("stops build with the same message, and --ignore lets the rest through", async () => {
    const out = await makeTempDir("junk-out");
    const refused = await runWatched(["build", "1151", "--data", data, "--out", out, "--no-cache"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("logg-fra-serveren.csv");
    expect(refused.stderr).toContain("filen er for stor");
    expect(refused.peakMb).toBeLessThan(400);
    const passed = await runWatched([
      "build",
      "1151",
      "--data",
      data,
      "--out",
      out,
      "--ignore",
      "logg-fra-serveren.csv",
    ]);
    expect(passed.code, passed.stderr).toBe(0);
  });
});
