// `faktaark fetch` and IMDi's settlement pages, against a local stand-in for www.imdi.no: the hub's links decide which
// yearly pages are fetched, each page is checked to be one the reader recognises before it is written, and what was
// saved is read back as a dataset.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireOutputLock } from "../../src/batch/lock.js";
import { runFetchCommand } from "../../src/cli/commands/fetch.js";
import { readDataset } from "../../src/data/read-dataset.js";
import { SsbClient } from "../../src/fetch/client.js";
import type { FetchLog, FetchRunEffects } from "../../src/fetch/run.js";
import { KLASS_OK, type Route, startServer, status, type TestServer } from "./server.js";

const NOW = new Date("2026-12-07T02:30:00Z");

let dir: string;
let server: TestServer | undefined;
let lines: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "faktaark-fetch-imdi-"));
  lines = [];
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** The hub as IMDi links its years: relative and absolute links, one twice, among other links. */
const HUB = `<!DOCTYPE html><html lang="no"><head><title>Bosettingstall | IMDi</title></head><body><main>
<h1>Bosettingstall</h1>
<a href="/bosetting/">Bosetting</a>
<a href="/bosetting/bosettingstall/nokkeltall-bosetting-2025/">Nøkkeltall bosetting 2025</a>
<a href="https://www.imdi.no/bosetting/bosettingstall/nokkeltall-bosetting-2024/">Nøkkeltall bosetting 2024</a>
<a href="/bosetting/bosettingstall/nokkeltall-bosetting-2024/">2024</a>
<a href="/bosetting/bosettingstall/bosettingstall-arkiv/">Arkiv</a>
</main></body></html>`;

const page = (
  year: number,
  settled: string,
) => `<!DOCTYPE html><html lang="no"><head><title>N&oslash;kkeltall bosetting ${year} | IMDi</title></head><body>
<h2>Oversikt over bosettingen i kommunene i ${year} (tall per 15. januar ${year + 1})</h2>
<h3><a id="Oslo"></a>Oslo - oversikt over bosettingen i ${year}</h3>
<table border="1"><thead><tr><th>Kommune</th><th>Antall personer kommunen har blitt anmodet om &aring; bosette:</th>
<th>Antall bosatte personer:</th></tr></thead>
<tbody><tr><td>Oslo</td><td>1650</td><td>${settled}</td></tr></tbody></table>
</body></html>`;

const imdiRoute = (path: string, replies: Route["replies"]): Route => ({
  match: (url) => url.pathname === `/imdi${path}`,
  replies,
});
const html = (body: string) => ({ status: 200, body });

function effects(): Partial<FetchRunEffects> {
  return {
    client: new SsbClient({
      retries: 1,
      backoffMs: 1,
      maxBackoffMs: 5,
      timeoutMs: 5000,
      seed: 1,
      rateLimit: { capacity: 100, refillMs: 0 },
    }),
    now: () => NOW,
    log: (line) => lines.push(line),
    lock: (target) => acquireOutputLock(target, { handleSignals: false }),
  };
}

async function run(routes: Route[]) {
  server = await startServer(routes);
  const origin = server.origin;
  return runFetchCommand(
    {
      out: dir,
      tables: "imdi-bosetting",
      baseUrl: `${origin}/px`,
      klassUrl: `${origin}/klass`,
      imdiUrl: `${origin}/imdi`,
    },
    effects(),
  );
}

const readLog = async (): Promise<FetchLog> => JSON.parse(await readFile(join(dir, "fetch-log.json"), "utf8"));

describe("faktaark fetch, IMDi's settlement pages", () => {
  it("fetches every page the hub links, once each, and the dataset reads them by name", async () => {
    const code = await run([
      ...KLASS_OK,
      imdiRoute("/bosetting/bosettingstall/", [html(HUB)]),
      imdiRoute("/bosetting/bosettingstall/nokkeltall-bosetting-2024/", [status(503), html(page(2024, "1539"))]),
      imdiRoute("/bosetting/bosettingstall/nokkeltall-bosetting-2025/", [html(page(2025, "665"))]),
    ]);
    expect(code).toBe(0);
    expect((await readdir(join(dir, "imdi"))).sort()).toEqual([
      "nokkeltall-bosetting-2024.html",
      "nokkeltall-bosetting-2025.html",
    ]);
    const log = await readLog();
    expect(log.fetched.filter((f) => f.table === "imdi-bosetting").map((f) => [f.file, f.attempts])).toEqual([
      ["imdi/nokkeltall-bosetting-2024.html", 2],
      ["imdi/nokkeltall-bosetting-2025.html", 1],
    ]);
    expect(lines).toContain("IMDi har sider for 2024, 2025; alle hentes (et år som pågår, leses ikke av faktaark)");
    expect(server!.requests.filter((url) => url.pathname.includes("nokkeltall")).length).toBe(3);
    const raw = await readDataset(dir);
    const oslo = raw.tables
      .filter((t) => t.source.table === "imdi-bosetting")
      .flatMap((t) => t.observations.filter((o) => o.region === "0301").map((o) => [o.year, o.value]));
    expect(oslo).toEqual([
      [2024, 1539],
      [2025, 665],
    ]);
  });

  it("keeps the old file when a page is not one of IMDi's settlement pages, and says so", async () => {
    await writeFile(join(dir, "dataset.json"), '{"name":"IMDi"}\n');
    const old = page(2025, "600");
    await mkdir(join(dir, "imdi"));
    await writeFile(join(dir, "imdi", "nokkeltall-bosetting-2025.html"), old);
    const code = await run([
      ...KLASS_OK,
      imdiRoute("/bosetting/bosettingstall/", [html(HUB)]),
      imdiRoute("/bosetting/bosettingstall/nokkeltall-bosetting-2024/", [html(page(2024, "1539"))]),
      imdiRoute("/bosetting/bosettingstall/nokkeltall-bosetting-2025/", [
        html("<html><body>Vedlikehold</body></html>"),
      ]),
    ]);
    expect(code).toBe(1);
    expect(await readFile(join(dir, "imdi", "nokkeltall-bosetting-2025.html"), "utf8")).toBe(old);
    const failed = (await readLog()).failed;
    expect(failed.map((f) => [f.file, f.keptOld])).toEqual([["imdi/nokkeltall-bosetting-2025.html", true]]);
    expect(failed[0]?.message).toContain(
      "forventet IMDis side med overskriften «Oversikt over bosettingen i kommunene i ÅÅÅÅ», fant noe annet",
    );
  });

  it("fails the pages, not the run, when the hub links none, and keeps what is on disk", async () => {
    const code = await run([
      ...KLASS_OK,
      imdiRoute("/bosetting/bosettingstall/", [html("<html><body><a href='/bosetting/'>Bosetting</a></body></html>")]),
    ]);
    expect(code).toBe(1);
    const log = await readLog();
    expect(log.fetched.map((f) => f.table)).not.toContain("imdi-bosetting");
    expect(log.failed.map((f) => [f.file, f.table, f.keptOld])).toEqual([
      ["imdi/nokkeltall-bosetting-*.html", "imdi-bosetting", false],
    ]);
    expect(log.failed[0]?.message).toContain("forventet lenker til sidene «nokkeltall-bosetting-ÅÅÅÅ», fant ingen");
  });
});
