// Why render workers may not load node-canvas (src/batch/no-canvas-hooks.ts): a worker thread that has measured
// text with it crashes the whole process when the worker ends (canvas 3.2.3 on Node 20). When this test fails, node-canvas no
// longer crashes: the hook and its --import in pool.ts can go, and Vega may measure with canvas in workers too.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What Vega does with node-canvas as it loads: measure a string. */
const MEASURE_WITH_CANVAS = `
  const context = require("canvas").createCanvas(1, 1).getContext("2d");
  context.font = "12px sans-serif";
  context.measureText("Tromsø");
`;

/** A process whose worker thread runs `code` and ends; the process then exits by itself. */
function runWorker(code: string) {
  const script = `
    const { Worker } = require("node:worker_threads");
    const worker = new Worker(${JSON.stringify(code)}, { eval: true });
    worker.on("exit", (code) => console.log("worker ended", code));
  `;
  return spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
}

describe("node-canvas in a worker thread", () => {
  it("still crashes the process when the worker ends, so render workers must not load it", () => {
    const plain = runWorker("1;");
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain("worker ended 0");
    const withCanvas = runWorker(MEASURE_WITH_CANVAS);
    expect(withCanvas.signal ?? withCanvas.status).toBe("SIGSEGV");
  });
});
