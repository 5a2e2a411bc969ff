// Failures of the machine, as an operator meets them: a full disk stops the run at once with the path and the room
// needed (exit 3), an output folder that is a file is named, and a closed stdout ends the run with exit 3.
import { spawn } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RenderPool } from "../../src/batch/pool.js";
import type { RunSummary, SheetEvent } from "../../src/batch/report.js";
import { runBatch } from "../../src/batch/run.js";
import { loadDataset } from "../../src/model/load.js";
import { SheetPlanner } from "../../src/pipeline.js";
import { makeTempDir, ROOT, runCli } from "../cli/run-cli.js";

let planner: SheetPlanner;

beforeAll(async () => {
  planner = await SheetPlanner.create(await loadDataset("data/sample"));
});

describe("a full disk during a batch", () => {
  it("stops handing out sheets at once, calls no sheet failed, and names the path and the room needed", async () => {
    const outDir = await makeTempDir("full");
    let asked = 0;
    // A pool whose writes all meet a full disk, as renderJob reports it from a worker.
    const pool = {
      options: { maxThreads: 1 },
      run: async (job: { path: string }) => {
        asked += 1;
        return { environment: { code: "ENOSPC", path: job.path, message: "ENOSPC: no space left on device, write" } };
      },
    } as unknown as RenderPool;
    const events: SheetEvent[] = [];
    let summary: RunSummary | null = null;
    const reporter = { start() {}, sheet: (event: SheetEvent) => events.push(event), finish() {} };
    summary = await runBatch(planner, planner.inCounty("40"), { outDir, renderer: "test", reporter, pool });
    // Two jobs were in flight when the first answer came back; none after.
    expect(asked).toBeLessThanOrEqual(2);
    expect(summary.failed).toEqual([]);
    expect(summary.built).toBe(0);
    expect(summary.stopped).toMatch(
      new RegExp(
        `^Disken er full: kunne ikke skrive ${outDir}/4001-porsgrunn\\.pdf \\(ENOSPC\\)\\. Ledig plass nå: [\\d,\\u00a0]+ MB\\. Resten av kjøringen trenger om lag [\\d,\\u00a0]+ MB\\.$`,
      ),
    );
    expect(events).toEqual([]);
  });
});

describe("the machine around the command line", () => {
  it("exits 3 and names the file when --out is a file, not a folder", async () => {
    const dir = await makeTempDir("outfile");
    const file = join(dir, "utdata");
    await writeFile(file, "not a folder");
    const result = await runCli(["build", "1151", "--out", file, "--quiet"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`faktaark: Kan ikke bruke ${file}`);
    expect(result.stderr).not.toContain("intern feil");
  });

  it("exits 3 and says so when the reader of stdout goes away", async () => {
    const out = await makeTempDir("pipe");
    const child = spawn(join(ROOT, "bin", "faktaark.js"), ["build", "--fylke", "40", "--out", out, "--json", "-"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `| head -1`: read the first chunk, then close the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(3);
    expect(stderr).toContain("faktaark: Utdataene ble lukket før kjøringen var ferdig (EPIPE); kjøringen er stoppet.");
    // No half-written file is left: every PDF there is whole (renamed into place) or absent.
    const left = (await readdir(join(out, "2026")).catch(() => [] as string[])).filter((name) => name.endsWith(".tmp"));
    expect(left).toEqual([]);
  });
});

describe("a journal line that cannot be written", () => {
  /** A pool that "renders" every sheet at once, as renderJob answers for a sheet written. */
  const writingPool = {
    options: { maxThreads: 1 },
    run: async (job: { path: string }) => ({
      path: job.path,
      bytes: 1,
      pages: 4,
      sha256: "0".repeat(64),
      ms: 1,
      maxRssKb: 1,
      problems: [],
    }),
  } as unknown as RenderPool;
  const reporter = { start() {}, sheet() {}, finish() {} };

  it("is tried again, and a sheet already written is never called failed for it", async () => {
    const outDir = await makeTempDir("journal");
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls === 1)
        throw Object.assign(new Error("EAGAIN: resource temporarily unavailable, write"), { code: "EAGAIN" });
    };
    const buildWith = (journal: () => Promise<void>, from: number) =>
      runBatch(planner, planner.inCounty("40").slice(from, from + 3), {
        outDir,
        renderer: "test",
        reporter,
        pool: writingPool,
        journal,
      });
    const once = await buildWith(flaky, 0);
    expect(once.failed).toEqual([]);
    expect(once.built).toBe(3);
    expect(once.journalFailures).toBe(0);
    expect(calls).toBe(4);

    const broken = async () => {
      throw Object.assign(new Error("EINVAL: invalid argument, write"), { code: "EINVAL" });
    };
    const summary = await buildWith(broken, 3);
    expect(summary.failed).toEqual([]);
    expect(summary.built).toBe(3);
    expect(summary.journalFailures).toBe(3);
    const manifest = JSON.parse(await readFile(join(outDir, "manifest.json"), "utf8")) as { sheets: unknown[] };
    expect(manifest.sheets).toHaveLength(3);
  });
});
