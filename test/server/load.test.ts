// `faktaark serve` as started by a user (sheets drawn on its worker pool), under 100 connections at once over a mix
// of /health, warm and cold sheets and pages: every answer is a whole PDF or page of the right municipality, or a
// deliberate 503 with Retry-After, and /health always answers. Latencies are printed (and measured by
// bench/server.ts), never asserted: a shared CI machine cannot hold them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServeProcess, startServe, stopServe } from "./serve-process.js";

const CONNECTIONS = 100;
const ROUNDS = 3;

let serve: ServeProcess;
let url = "";

beforeAll(async () => {
  const started = await startServe(["--port", "0", "--data", "data/sample"]);
  serve = started;
  url = started.url;
}, 90_000);

afterAll(async () => {
  await stopServe(serve);
});

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

describe(`${CONNECTIONS} connections at once against faktaark serve`, () => {
  it("answers every request with the right sheet, a page, /health, or a deliberate 503", {
    timeout: 600_000,
  }, async () => {
    const codes = ["0301", "1151", "4001", "5001", "1103", "3201", "4601", "5501", "1580", "5612"];
    // Warm sheets: asked for once before the rush.
    for (const code of codes.slice(0, 3)) expect((await fetch(`${url}/kommune/${code}/faktaark.pdf`)).status).toBe(200);
    const paths = (round: number, connection: number): string => {
      const code = codes[(connection + round) % codes.length]!;
      if (connection % 5 === 0) return "/health";
      if (connection % 5 === 1) return `/kommune/${code}`;
      // Cold ones: a different written form per round and connection.
      return `/kommune/${code}/faktaark.pdf${connection % 2 === 0 ? "?lang=nn" : ""}`;
    };
    const statuses = new Map<number, number>();
    const health: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async (_, connection) => {
          const path = paths(round, connection);
          const sent = performance.now();
          const response = await fetch(`${url}${path}`);
          const body = new Uint8Array(await response.arrayBuffer());
          if (path === "/health") health.push(performance.now() - sent);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 503) {
            expect(response.headers.get("retry-after")).toBe("5");
            return;
          }
          expect(response.status, path).toBe(200);
          if (path.includes(".pdf")) {
            expect(Buffer.from(body.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
            expect(Buffer.from(body.subarray(-6)).toString("latin1")).toMatch(/%%EOF\s*$/);
          } else if (path !== "/health") {
            expect(Buffer.from(body).toString("utf8")).toContain(`kommunenummer ${path.slice(9, 13)}`);
          }
        }),
      );
    }
    const sorted = [...health].sort((a, b) => a - b);
    console.log(
      `statuses ${JSON.stringify(Object.fromEntries(statuses))}; /health p50 ${Math.round(quantile(sorted, 0.5))} ms, p99 ${Math.round(quantile(sorted, 0.99))} ms`,
    );
    expect(health).toHaveLength(ROUNDS * (CONNECTIONS / 5));
    expect([...statuses.keys()].every((status) => status === 200 || status === 503)).toBe(true);
  });
});
