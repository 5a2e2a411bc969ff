// 50 advisers at once, each asking for a different sheet, over real HTTP on 127.0.0.1: every answer must be a
// whole PDF of the right municipality. The latencies are printed, not asserted: the CI machine's speed varies.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/server/listen.js";
import { createSampleApp, type SampleApp } from "./sample-app.js";

const CONCURRENT = 50;

let sample: SampleApp;
let server: RunningServer;

beforeAll(async () => {
  sample = await createSampleApp();
  server = await startServer(sample.app, { port: 0 });
});

afterAll(async () => {
  await server?.close();
});

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function summarise(label: string, latencies: readonly number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (value: number) => `${Math.round(value)} ms`;
  return `${label}: ${sorted.length} answers, min ${ms(sorted[0] ?? Number.NaN)}, median ${ms(quantile(sorted, 0.5))}, p95 ${ms(quantile(sorted, 0.95))}, max ${ms(sorted.at(-1) ?? Number.NaN)}`;
}

describe(`${CONCURRENT} concurrent requests on 127.0.0.1`, () => {
  it("answers every one with the right sheet and no error", { timeout: 300_000 }, async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // Every seventh municipality: spread over the counties and both written forms.
    const records = sample.planner.records.filter((_, index) => index % 7 === 0).slice(0, CONCURRENT);
    expect(records).toHaveLength(CONCURRENT);
    const started = performance.now();
    const results = await Promise.all(
      records.map(async (record) => {
        const sent = performance.now();
        const response = await fetch(`${server.url}/kommune/${record.code}/faktaark.pdf`);
        const body = new Uint8Array(await response.arrayBuffer());
        return { record, response, body, ms: performance.now() - sent };
      }),
    );
    const wall = performance.now() - started;
    for (const { record, response, body } of results) {
      expect(response.status, record.code).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toContain(
        `filename="${sample.planner.fileNameFor(record, sample.planner.languageOf(record))}"`,
      );
      expect(Buffer.from(body.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
      expect(Buffer.from(body.subarray(-6)).toString("latin1")).toMatch(/%%EOF\s*$/);
    }
    console.log(
      summarise(
        `cold sheets (${CONCURRENT} concurrent)`,
        results.map((result) => result.ms),
      ),
    );
    console.log(`all ${CONCURRENT} done after ${Math.round(wall)} ms (the server renders one sheet at a time)`);

    const warm = await Promise.all(
      records.map(async (record) => {
        const sent = performance.now();
        const response = await fetch(`${server.url}/kommune/${record.code}/faktaark.pdf`);
        await response.arrayBuffer();
        expect(response.status).toBe(200);
        return performance.now() - sent;
      }),
    );
    console.log(summarise(`warm sheets (${CONCURRENT} concurrent)`, warm));
    expect(sample.cache.stats).toMatchObject({ misses: CONCURRENT, hits: CONCURRENT });
  });
});
