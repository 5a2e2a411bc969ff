// `faktaark serve` as a user starts it: it reads the dataset, says where it listens (127.0.0.1 unless told
// otherwise), answers, and stops cleanly on SIGTERM.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copySample, spawnCli } from "../cli/run-cli.js";

let child: ChildProcess | null = null;

afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = null;
});

function startServe(args: readonly string[]): { process: ChildProcess; stderr: () => string } {
  // The compiled program as a user starts it, so a signal reaches faktaark itself (tsx's relay gives a busy child
  // 30 ms to answer before it kills it and exits 143).
  const started = spawnCli(["serve", ...args]);
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

  it("refuses a dataset with a file it cannot read, as build does, and starts when --ignore names the file", async () => {
    const data = await copySample();
    await writeFile(join(data, "ssb", "boliger.csv"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    const refused = startServe(["--port", "0", "--data", data]);
    const [code] = await once(refused.process, "exit");
    expect(code).toBe(2);
    expect(refused.stderr()).toContain(
      "  ssb/boliger.csv: forventet tekst (JSON eller CSV), fant en zip-fil – trolig en Excel-arbeidsbok (.xlsx);",
    );
    expect(refused.stderr()).toContain(`faktaark: Datagrunnlaget ${data} kan ikke brukes: én feil i filene`);
    const serve = startServe(["--port", "0", "--data", data, "--ignore", "ssb/boliger.csv"]);
    const [, url] = await waitFor(serve.stderr, /357 kommuner fra .*, klar på (http:\/\/[\d.:]+)/, serve.process);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    serve.process.kill("SIGTERM");
    expect((await once(serve.process, "exit"))[0]).toBe(0);
  });

  it("refuses a port that is not a number", async () => {
    const serve = startServe(["--port", "80a"]);
    const [code] = await once(serve.process, "exit");
    expect(code).toBe(2);
    expect(serve.stderr()).toContain("--port må være et helt tall fra 0 til 65535, ikke «80a».");
  });
});
