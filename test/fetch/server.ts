// A local stand-in for SSB's PxWebApi v2 and KLASS on 127.0.0.1 (port 0): replays the recorded responses in
// test/fixtures/fetch/, scripted per route, and records every request so tests can check what was asked.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { AREA_CODES } from "../../src/data/tables.js";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures", "fetch");

export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

export interface Reply {
  readonly status: number;
  readonly body?: Buffer | string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Never answer (for timeouts). */
  readonly hang?: boolean;
  /** Send the body chunked, without a Content-Length, so only reading it tells its size. */
  readonly chunked?: boolean;
}

export const ok = (name: string): Reply => ({ status: 200, body: fixture(name) });
export const status = (code: number, headers: Record<string, string> = {}): Reply => ({
  status: code,
  body: code >= 500 ? "<html><body>Service Unavailable</body></html>" : "",
  headers,
});
export const parameterError = (): Reply => ({ status: 400, body: fixture("error-non-existent-value.json") });

/** A route: which requests it answers, and the replies in turn (the last one repeats). */
export interface Route {
  readonly match: (url: URL) => boolean;
  readonly replies: readonly Reply[];
}

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  readonly requests: URL[];
  close(): Promise<void>;
}

export async function startServer(routes: readonly Route[]): Promise<TestServer> {
  const requests: URL[] = [];
  const served = new Map<Route, number>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(url);
    const route = routes.find((r) => r.match(url));
    if (!route) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ type: "Not found", title: "Non-existent table", status: 404 }));
      return;
    }
    const count = served.get(route) ?? 0;
    served.set(route, count + 1);
    const reply = route.replies[Math.min(count, route.replies.length - 1)] as Reply;
    if (reply.hang) return;
    res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...reply.headers });
    if (reply.chunked) {
      const body = Buffer.from(reply.body ?? "");
      for (let at = 0; at < body.length; at += 64 * 1024) res.write(body.subarray(at, at + 64 * 1024));
      res.end();
    } else res.end(reply.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Whether a data request names the regions it wants (the country and counties, see AREA_CODES) rather than all
 * of them (`*`, with or without a codelist). */
const asksForAreas = (url: URL): boolean =>
  Object.keys(AREA_CODES).some((dimension) => {
    const codes = url.searchParams.get(`valueCodes[${dimension}]`);
    return codes !== null && codes !== "*" && !url.searchParams.has(`codelist[${dimension}]`);
  });

const dataRoute =
  (areas: boolean) =>
  (table: string, replies: readonly Reply[], part?: { alder: boolean }): Route => ({
    match: (url) =>
      url.pathname === `/px/tables/${table}/data` &&
      asksForAreas(url) === areas &&
      (part === undefined || url.searchParams.has("valueCodes[Alder]") === part.alder),
    replies,
  });

/** Matches a PxWebApi data request for a table's municipalities; `alder` tells the two 07459 parts apart. */
export const tableRoute = dataRoute(false);

/** Matches the twin request for a table's country and county rows (region codes listed, no codelist). */
export const areaRoute = dataRoute(true);

export const klassRoute = (path: string, replies: readonly Reply[]): Route => ({
  match: (url) => url.pathname === `/klass${path}`,
  replies,
});

/** KLASS answering every request `fetch` makes of it, with the recorded responses. */
export const KLASS_OK: readonly Route[] = [
  klassRoute("/classifications/131/codesAt", [ok("klass-131-codesAt.json")]),
  klassRoute("/classifications/131/changes", [ok("klass-131-changes.json")]),
  klassRoute("/classifications/128/codesAt", [ok("klass-128-codesAt.json")]),
  klassRoute("/classifications/131/corresponds", [ok("klass-131-128-corresponds.json")]),
];

export const metadataRoute = (table: string, replies: readonly Reply[]): Route => ({
  match: (url) => url.pathname === `/px/tables/${table}/metadata`,
  replies,
});

/** PxWebApi v2's table search, `GET /tables?query=…`. */
export const searchRoute = (replies: readonly Reply[]): Route => ({
  match: (url) => url.pathname === "/px/tables",
  replies,
});

// biome-ignore lint/suspicious/noExplicitAny: a fixture's JSON, edited by tests that know its shape
export type Json = any;

/** A JSON fixture changed by `edit`, for answers that differ from a recorded one in one respect. */
export function edited(name: string, edit: (doc: Json) => void): Reply {
  const doc: Json = JSON.parse(fixture(name).toString("utf8"));
  edit(doc);
  return { status: 200, body: JSON.stringify(doc) };
}
