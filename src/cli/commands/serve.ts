// `faktaark serve [--port 8080] [--host 127.0.0.1] [--data DIR]`: the adviser web page. The dataset is read once
// at start; sheets are made on demand and kept in memory.
import type { Command } from "commander";
import { fingerprintRenderer } from "../../batch/fingerprint.js";
import { fileDatasetEffects } from "../../data/dataset-files.js";
import { UserError } from "../../errors.js";
import { loadDataset } from "../../model/load.js";
import { SheetPlanner } from "../../pipeline.js";
import { createApp } from "../../server/app.js";
import { fingerprintDataset } from "../../server/fingerprint.js";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "../../server/listen.js";
import { createServePool, type ServePool } from "../../server/serve-pool.js";
import { poolRenderer } from "../../server/sheet-renderer.js";
import { collectIgnored, IGNORE_HELP } from "../ignore-option.js";
import { requireUsable } from "../require-usable.js";

interface ServeOptions {
  readonly port: string;
  readonly host: string;
  readonly data: string;
  readonly ignore: string[];
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("start nettsiden for rådgivere: søk opp en kommune, se arket og last ned PDF")
    .option("--port <nr>", "porten serveren lytter på", String(DEFAULT_PORT))
    .option(
      "--host <adresse>",
      "adressen serveren lytter på (0.0.0.0 gjør den synlig for andre maskiner)",
      DEFAULT_HOST,
    )
    .option("--data <dir>", "datagrunnlaget", "data/sample")
    .option("--ignore <fil>", IGNORE_HELP, collectIgnored, [])
    .action(async (options: ServeOptions) => {
      await serve(options);
    });
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`--port må være et helt tall fra 0 til 65535, ikke «${value}».`);
  }
  return port;
}

async function serve(options: ServeOptions): Promise<void> {
  const port = parsePort(options.port);
  const started = performance.now();
  // The workers load Vega, the templates and the fonts while this thread reads the dataset.
  const pool = createServePool();
  try {
    await serveWith(pool, options, port, started);
  } finally {
    await pool.destroy();
  }
}

async function serveWith(pool: ServePool, options: ServeOptions, port: number, started: number): Promise<void> {
  const dataset = await loadDataset(options.data, fileDatasetEffects, options.ignore);
  requireUsable(dataset, (text) => process.stderr.write(text));
  const planner = await SheetPlanner.create(dataset);
  // A sheet's ETag is known before it is drawn: it changes with the data and with the program that draws it.
  const fingerprint = `${fingerprintDataset(dataset)} ${fingerprintRenderer()}`;
  const { app, cache } = createApp({ planner, renderer: poolRenderer(pool), fingerprint });
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(app, { port, host: options.host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new UserError(`Porten ${port} er i bruk. Velg en annen med --port.`);
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") {
      throw new UserError(`Kan ikke lytte på adressen ${options.host}. Bruk for eksempel --host 127.0.0.1.`);
    }
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
  const sample = dataset.isSample ? " (eksempeldata)" : "";
  process.stderr.write(
    `faktaark: ${dataset.records.length} kommuner fra ${options.data}${sample}, klar på ${server.url} etter ${seconds} s. Stopp med Ctrl+C.\n`,
  );
  // In the background: a visitor who comes meanwhile waits in the same queue as without it.
  const first = planner.records[0];
  if (first) {
    cache.warmUp(first).catch((error: unknown) => {
      process.stderr.write(
        `faktaark: kunne ikke lage et første ark: ${error instanceof Error ? error.message : error}\n`,
      );
    });
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      server.close().then(resolve, resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
