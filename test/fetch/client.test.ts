// The HTTP client against a local server: what it retries, how long it waits, and what it says when it stops.
import { afterEach, describe, expect, it } from "vitest";
import { type ClientOptions, FetchFailure, parseRetryAfter, SsbClient } from "../../src/fetch/client.js";
import { fakeClock } from "./fake-clock.js";
import { fixture, ok, parameterError, type Reply, startServer, status, type TestServer } from "./server.js";

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FAST: Partial<ClientOptions> = { rateLimit: { capacity: 100, refillMs: 0 }, seed: 42, timeoutMs: 5000 };

async function serve(replies: readonly Reply[]): Promise<string> {
  server = await startServer([{ match: () => true, replies }]);
  return `${server.origin}/px/tables/07459/data?lang=no`;
}

async function failureOf(promise: Promise<unknown>): Promise<FetchFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchFailure) return error;
    throw error;
  }
  throw new Error("ventet en FetchFailure");
}

const request = (url: string) => ({ url, what: "tabell 07459 (test)", kind: "json-stat" as const });

describe("SsbClient", () => {
  it("waits as long as Retry-After says after a 429, then returns the body", async () => {
    const url = await serve([status(429, { "retry-after": "7" }), ok("ssb-07459-totalt.json")]);
    const clock = fakeClock();
    const result = await new SsbClient(FAST, { clock }).get(request(url));
    expect(result.attempts).toBe(2);
    expect(result.body).toEqual(fixture("ssb-07459-totalt.json"));
    expect(clock.sleeps).toEqual([7000]);
  });

  it("backs off exponentially with seeded jitter on 5xx and gives up after the last retry", async () => {
    const url = await serve([status(503)]);
    const run = async () => {
      const clock = fakeClock();
      const client = new SsbClient({ ...FAST, retries: 3, backoffMs: 100, maxBackoffMs: 300 }, { clock });
      return { failure: await failureOf(client.get(request(url))), sleeps: clock.sleeps };
    };
    const first = await run();
    expect(first.sleeps).toHaveLength(3);
    const [a = 0, b = 0, c = 0] = first.sleeps;
    expect(a).toBeGreaterThanOrEqual(50);
    expect(a).toBeLessThanOrEqual(100);
    expect(b).toBeGreaterThanOrEqual(100);
    expect(b).toBeLessThanOrEqual(200);
    expect(c).toBeGreaterThanOrEqual(150); // capped at 300 before jitter
    expect(c).toBeLessThanOrEqual(300);
    expect(first.failure.message).toBe(
      `Ga opp tabell 07459 (test) etter 4 forsøk (HTTP 503): ${url}. Prøv igjen senere.`,
    );
    expect(first.failure.status).toBe(503);
    expect(server!.requests).toHaveLength(4);
    expect((await run()).sleeps).toEqual(first.sleeps); // same seed, same waits
  });

  it("does not retry a 400 and names SSB's title and the URL", async () => {
    const url = await serve([parameterError(), ok("ssb-07459-totalt.json")]);
    const failure = await failureOf(new SsbClient(FAST, { clock: fakeClock() }).get(request(url)));
    expect(failure.message).toBe(
      `SSB avviste forespørselen for tabell 07459 (test) (HTTP 400 «Non-existent value»): ${url}. ` +
        "Sjekk kodene for tabellen i src/data/tables.ts og src/fetch/queries.ts mot tabellens metadata hos SSB.",
    );
    expect(failure.title).toBe("Non-existent value");
    expect(server!.requests).toHaveLength(1);
  });

  it("gives up at once when Retry-After asks for longer than it will wait", async () => {
    const url = await serve([status(429, { "retry-after": "3600" })]);
    const failure = await failureOf(new SsbClient(FAST, { clock: fakeClock() }).get(request(url)));
    const seconds = new Intl.NumberFormat("nb-NO").format(3600); // "3 600" with a no-break space
    expect(failure.message).toBe(
      `SSB ber oss vente ${seconds} sekunder før neste forsøk for tabell 07459 (test); ` +
        `det er lenger enn faktaark venter: ${url}. Prøv igjen senere.`,
    );
    expect(server!.requests).toHaveLength(1);
  });

  it("times out a request that never answers, and retries it", async () => {
    const url = await serve([{ status: 200, hang: true }]);
    const client = new SsbClient({ ...FAST, timeoutMs: 150, retries: 1, backoffMs: 1 }, { clock: fakeClock() });
    const failure = await failureOf(client.get(request(url)));
    expect(failure.message).toBe(
      `Ga opp tabell 07459 (test) etter 2 forsøk (tidsavbrudd etter 0,2 s): ${url}. Prøv igjen senere.`,
    );
    expect(failure.status).toBeNull();
    expect(server!.requests).toHaveLength(2);
  });

  it("retries network errors and names them", async () => {
    const url = await serve([ok("ssb-07459-totalt.json")]);
    await server!.close(); // nothing listens on the port any more
    server = undefined;
    const client = new SsbClient({ ...FAST, retries: 1, backoffMs: 1 }, { clock: fakeClock() });
    const failure = await failureOf(client.get(request(url)));
    const { host } = new URL(url);
    expect(failure.message).toBe(
      `Ga opp tabell 07459 (test) etter 2 forsøk (nettverksfeil: connect ECONNREFUSED ${host}): ${url}. Prøv igjen senere.`,
    );
  });

  it("refuses a body that is JSON but not the expected shape", async () => {
    const url = await serve([{ status: 200, body: '{"class":"collection","link":{}}' }]);
    const client = new SsbClient(FAST, { clock: fakeClock() });
    const failure = await failureOf(client.get(request(url)));
    expect(failure.message).toBe(
      "Svaret for tabell 07459 (test) har ikke forventet innhold: ventet JSON-stat2 med «class»: «dataset», " +
        `fant et objekt med class, link; ingenting er skrevet: ${url}`,
    );
    const klass = await failureOf(client.get({ url, what: "KLASS 131", kind: "klass-codes" }));
    expect(klass.message).toContain("ventet KLASS «codes» med koder");
  });

  it("refuses a JSON-stat2 body whose values do not fill its size", async () => {
    const doc = JSON.parse(fixture("ssb-07459-totalt.json").toString("utf8"));
    doc.value = doc.value.slice(1);
    const url = await serve([{ status: 200, body: JSON.stringify(doc) }]);
    const failure = await failureOf(new SsbClient(FAST, { clock: fakeClock() }).get(request(url)));
    expect(failure.message).toContain("ventet 6 verdier (produktet av «size»), fant 5");
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    const now = Date.parse("2026-11-12T02:30:00Z");
    expect(parseRetryAfter("0", now)).toBe(0);
    expect(parseRetryAfter("12", now)).toBe(12_000);
    expect(parseRetryAfter("Thu, 12 Nov 2026 02:30:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Thu, 12 Nov 2026 02:29:00 GMT", now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("snart", now)).toBeUndefined();
  });
});
