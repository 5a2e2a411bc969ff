// `faktaark serve` as a user starts it: it reads the dataset, says where it listens (127.0.0.1 unless told
// otherwise), answers, and stops cleanly on SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
const ENTRY = fileURLToPath(new URL("./run-serve.ts", import.meta.url));

let child: ChildProcess | null = null;

afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = null;
});

function startServe(args: readonly string[]): { process: ChildProcess; stderr: () => string } {
  const started = spawn(TSX, [ENTRY, "serve", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  started.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  child = started;
  return { process: started, stderr: () => stderr };
}

async function waitFor(read: () => string, pattern: RegExp, process: ChildProcess): Promise<RegExpMatchArray> {
  for (let i = 0; i < 600; i++) {
    const match = read().match(pattern);
    if (match) return match;
    if (process.exitCode !== null) throw new Error(`serve stopped: ${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`serve did not say ${pattern}: ${read()}`);
}

describe("faktaark serve", () => {
  it("listens on 127.0.0.1, answers /health and stops on SIGTERM", async () => {
    const serve = startServe(["--port", "0", "--data", "data/sample"]);
    const [, url] = await waitFor(
      serve.stderr,
      /357 kommuner fra data\/sample \(eksempeldata\), klar på (http:\/\/127\.0\.0\.1:\d+)/,
      serve.process,
    );
    const response = await fetch(`${url}/health`);
    expect(await response.json()).toMatchObject({ status: "ok", municipalities: 357, sample: true });
    serve.process.kill("SIGTERM");
    const [code] = await once(serve.process, "exit");
    expect(code).toBe(0);
  });

  it("refuses a port that is not a number", async () => {
    const serve = startServe(["--port", "80a"]);
    const [code] = await once(serve.process, "exit");
    expect(code).toBe(2);
    expect(serve.stderr()).toContain("--port må være et helt tall fra 0 til 65535, ikke «80a».");
  });
});
