// A server with more sheets to draw than it takes at once: /health and sheets already made answer at once, and a
// request past the bound is told to come back (503 with Retry-After), never left waiting without end.
import { describe, expect, it } from "vitest";
import type { ChartSpec } from "../../src/charts/types.js";
import type { SheetRenderer } from "../../src/server/sheet-renderer.js";
import type { SheetModel } from "../../src/sheet/model.js";
import { createSampleApp } from "./sample-app.js";

/** A renderer whose drawings, while it holds, finish only when the test lets them go. */
function heldRenderer() {
  const waiting: (() => void)[] = [];
  const state = { holding: false, started: 0 };
  const renderer: SheetRenderer = {
    pdf: async (_model: SheetModel) => {
      state.started += 1;
      if (state.holding) await new Promise<void>((resolve) => waiting.push(resolve));
      return Buffer.from("%PDF-1.7\n%%EOF\n");
    },
    chartSvgs: async (charts: readonly ChartSpec[]) => charts.map(() => "<svg/>"),
    chartPng: async (_chart: ChartSpec) => Buffer.from("\x89PNG\r\n\x1a\n"),
  };
  const release = () => {
    state.holding = false;
    for (const resolve of waiting.splice(0)) resolve();
  };
  return { renderer, state, release };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("a busy server", () => {
  it("answers /health and a sheet already made while drawings wait, and 503 with Retry-After past the bound", async () => {
    const { renderer, state, release } = heldRenderer();
    const { app } = await createSampleApp({ renderer, maxPending: 2 });
    // One sheet made before the rush.
    expect((await app.request("/kommune/1151/faktaark.pdf")).status).toBe(200);

    state.holding = true;
    const first = app.request("/kommune/4001/faktaark.pdf");
    const second = app.request("/kommune/4003/faktaark.pdf");
    await until(() => state.started === 3);
    const third = await app.request("/kommune/5001/faktaark.pdf");
    expect(third.status).toBe(503);
    expect(third.headers.get("retry-after")).toBe("5");
    expect(await third.text()).toContain("Prøv igjen om noen sekunder");
    // The same sheet as one being drawn waits for it rather than being refused.
    const again = app.request("/kommune/4001/faktaark.pdf");

    expect((await app.request("/health")).status).toBe(200);
    expect((await app.request("/kommune/1151/faktaark.pdf")).status).toBe(200);

    release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect((await again).status).toBe(200);
    expect((await app.request("/kommune/5001/faktaark.pdf")).status).toBe(200);
  });
});
