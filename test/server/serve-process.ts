// `faktaark serve` in its own process, as a user starts it: the compiled program (so a signal reaches faktaark
// itself, not tsx's relay, which gives a busy child 30 ms before it kills it and exits 143), its stderr kept, and
// ready once it prints its «klar på <address>» line. For the tests and benches that talk to it over HTTP.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { spawnCli } from "../cli/run-cli.js";

/** The line serve prints once it listens; the first group is its address. */
export const READY = /klar på (http:\/\/[\d.:]+)/;

export interface ServeProcess {
  readonly process: ChildProcess;
  /** Everything serve has written to stderr so far. */
  stderr(): string;
}

/** Starts `faktaark serve args` without waiting; `cacheDir` replaces the tests' shared cache folder. */
export function spawnServe(args: readonly string[], cacheDir?: string): ServeProcess {
  const child = spawnCli(["serve", ...args], cacheDir);
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  return { process: child, stderr: () => stderr };
}

/** Waits until serve's stderr matches `pattern`; fails when serve stops first or after `timeoutMs`. */
export async function waitForServe(
  serve: ServeProcess,
  pattern: RegExp = READY,
  timeoutMs = 60_000,
): Promise<RegExpMatchArray> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const match = serve.stderr().match(pattern);
    if (match) return match;
    if (serve.process.exitCode !== null) throw new Error(`serve stopped: ${serve.stderr()}`);
    if (performance.now() > deadline) throw new Error(`serve did not say ${pattern}: ${serve.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts serve and waits until it listens: the process and the address it printed. */
export async function startServe(
  args: readonly string[],
  cacheDir?: string,
): Promise<ServeProcess & { readonly url: string }> {
  const serve = spawnServe(args, cacheDir);
  try {
    const [, url] = await waitForServe(serve);
    return { ...serve, url: url! };
  } catch (error) {
    serve.process.kill("SIGKILL");
    throw error;
  }
}

/** Stops serve with SIGTERM, as Ctrl+C or a service manager does; its exit code. */
export async function stopServe(serve: ServeProcess): Promise<number | null> {
  if (serve.process.exitCode !== null || serve.process.signalCode !== null) return serve.process.exitCode;
  const exited = once(serve.process, "exit");
  serve.process.kill("SIGTERM");
  const [code] = (await exited) as [number | null];
  return code;
}
