// `faktaark serve` as a user starts it: it reads the dataset, says where it listens (127.0.0.1 unless told
// otherwise), answers, and stops cleanly on SIGTERM.
import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copySample } from "../cli/run-cli.js";
import { type ServeProcess, spawnServe, stopServe, waitForServe } from "./serve-process.js";

let started: ServeProcess[] = [];

afterEach(() => {
  for (const serve of started) if (serve.process.exitCode === null) serve.process.kill("SIGKILL");
  started = [];
});

function startServe(args: readonly string[]): ServeProcess {
  const serve = spawnServe(args);
  started.push(serve);
  return serve;
}

describe("faktaark serve", () => {
  it("listens on 127.0.0.1, answers /health and stops on SIGTERM", async () => {
    const serve = startServe(["--port", "0", "--data", "data/sample"]);
    const [, url] = await waitForServe(
      serve,
      /357 kommuner fra data\/sample \(eksempeldata\), klar på (http:\/\/127\.0\.0\.1:\d+)/,
    );
    const response = await fetch(`${url}/health`);
    expect(await response.json()).toMatchObject({ status: "ok", municipalities: 357, sample: true });
    expect(await stopServe(serve)).toBe(0);
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
    const [, url] = await waitForServe(serve, /357 kommuner fra .*, klar på (http:\/\/[\d.:]+)/);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect(await stopServe(serve)).toBe(0);
  });

  it("refuses a port that is not a number", async () => {
    const serve = startServe(["--port", "80a"]);
    const [code] = await once(serve.process, "exit");
    expect(code).toBe(2);
    expect(serve.stderr()).toContain("--port må være et helt tall fra 0 til 65535, ikke «80a».");
  });
});
