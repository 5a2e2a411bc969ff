// Puts the app on a port. Binds to 127.0.0.1 unless told otherwise: the page is for the adviser's own machine
// or a server behind a proxy, not for the open network.
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;

export interface RunningServer {
  /** "http://127.0.0.1:8080" */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Port 0 picks a free port (tests). */
export function startServer(app: Hono, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, (info) => {
      resolve(runningServer(server, info));
    });
    server.once("error", reject);
  });
}

function runningServer(server: ReturnType<typeof serve>, info: AddressInfo): RunningServer {
  const shownHost = info.family === "IPv6" ? `[${info.address}]` : info.address;
  return {
    url: `http://${shownHost}:${info.port}`,
    port: info.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive connections would hold close() open until they time out.
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
