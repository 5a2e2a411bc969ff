// "Headless Chromium printing the same batch", the route faktaark's own PDF writer is measured against in
// bench/run.ts: `faktaark serve` draws each sheet's web page (/kommune/<knr>, HTML with the charts as SVG and a
// print stylesheet) and Debian's Chromium, driven by playwright-core as the web tests drive it, prints it to an A4
// PDF, one tab per core.
//
// In the time, from launching the server to the last PDF written:
//   - `faktaark serve` starting as a user starts it (reading the dataset, starting its worker pool) until its
//     «klar på» line, and its background warm-up (the first municipality's two PDFs) competing for the cores;
//   - launching Chromium (at the same time as the server: it needs no page to start);
//   - for every sheet: the server drawing its page cold (each municipality is visited once, and the warm-up draws
//     PDFs, not pages, so no page comes from the server's cache), Chromium loading it, waiting for its fonts, laying
//     it out and writing the PDF. The stylesheet, script and fonts come from Chromium's cache after the first page,
//     as they would for anyone printing a batch this way.
// Not in the time: stopping Chromium and the server, and any check of the PDFs. Nothing is read back, whereas
// faktaark's batch by default reads every PDF back with pdf.js (`--no-verify` turns that off).
import { mkdir, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import type { Lang } from "../src/sheet/format.js";
import { type Browser, launchBrowser } from "../test/server/browser.js";
import { startServe, stopServe } from "../test/server/serve-process.js";

/** One sheet of the batch: the municipality, its language, and the file name the batch gave its PDF. */
export interface BrowserSheet {
  readonly code: string;
  readonly lang: Lang;
  readonly file: string;
}

export interface BrowserRouteResult {
  readonly seconds: number;
  /** PDFs Chromium wrote. */
  readonly pdfs: number;
  readonly failures: number;
  /** The first failure's municipality and message, to say why. */
  readonly firstFailure: string | null;
}

export interface BrowserRouteOptions {
  /** The folder the PDFs are written to; made if missing, emptied first. */
  readonly outDir: string;
  /** FAKTAARK_CACHE_DIR for the server. */
  readonly cacheDir: string;
  /** Tabs printing at once; by default one per core. */
  readonly tabs?: number;
}

/** Prints every sheet's web page with headless Chromium (see the top of this file for what the time includes). */
export async function printWithBrowser(
  sheets: readonly BrowserSheet[],
  options: BrowserRouteOptions,
): Promise<BrowserRouteResult> {
  await rm(options.outDir, { recursive: true, force: true });
  await mkdir(options.outDir, { recursive: true });
  const started = performance.now();
  const [serve, browser] = await Promise.allSettled([startServe(["--port", "0"], options.cacheDir), launchBrowser()]);
  try {
    if (serve.status === "rejected") throw serve.reason;
    if (browser.status === "rejected") throw browser.reason;
    return await printAll(sheets, serve.value.url, browser.value, options, started);
  } finally {
    await Promise.all([
      browser.status === "fulfilled" ? browser.value.close() : null,
      serve.status === "fulfilled" ? stopServe(serve.value) : null,
    ]);
  }
}

async function printAll(
  sheets: readonly BrowserSheet[],
  url: string,
  browser: Browser,
  options: BrowserRouteOptions,
  started: number,
): Promise<BrowserRouteResult> {
  let next = 0;
  let pdfs = 0;
  let failures = 0;
  let firstFailure: string | null = null;
  // Each tab takes the next sheet until none is left.
  const printSheets = async (page: Page) => {
    for (let sheet = sheets[next++]; sheet; sheet = sheets[next++]) {
      try {
        await printSheet(
          page,
          `${url}/kommune/${sheet.code}?lang=${sheet.lang}`,
          join(options.outDir, basename(sheet.file)),
        );
        pdfs += 1;
      } catch (error) {
        failures += 1;
        firstFailure ??= `${sheet.code}: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
  };
  const tabs = await Promise.all(
    Array.from({ length: options.tabs ?? availableParallelism() }, () => browser.context.newPage()),
  );
  await Promise.all(tabs.map(printSheets));
  const seconds = (performance.now() - started) / 1000;
  return { seconds, pdfs, failures, firstFailure };
}

async function printSheet(page: Page, url: string, path: string): Promise<void> {
  const response = await page.goto(url);
  if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status() ?? "nothing"}`);
  // The fonts are `font-display: swap`: printing before they arrive would print the fallback font.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.pdf({ path, format: "A4", printBackground: true });
}
