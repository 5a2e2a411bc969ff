// The adviser's path through the page in a real browser: type "tromso", pick Tromsø, read the key figures,
// download the PDF. Skips when Debian's Chromium is not installed (scripts/setup.sh --test installs it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/server/listen.js";
import { type Browser, CHROMIUM, HAS_CHROMIUM, launchBrowser } from "./browser.js";
import { createSampleApp, readPdfText, type SampleApp } from "./sample-app.js";

/** Set FAKTAARK_SCREENSHOT_DIR to keep screenshots of the pages on a laptop's and a phone's screen. */
const SCREENSHOT_DIR = process.env.FAKTAARK_SCREENSHOT_DIR;

if (!HAS_CHROMIUM)
  console.warn(`e2e: skipping the browser tests: ${CHROMIUM} is not installed (apt-get install chromium).`);

describe.skipIf(!HAS_CHROMIUM)(`the adviser page in Chromium (needs ${CHROMIUM})`, () => {
  let sample: SampleApp;
  let server: RunningServer;
  let browser: Browser;
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    sample = await createSampleApp();
    server = await startServer(sample.app, { port: 0 });
    browser = await launchBrowser();
    browser.context.on("request", (request) => {
      if (!request.url().startsWith(server.url)) foreignRequests.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("finds Tromsø from «tromso», shows its key figures and downloads its PDF", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${server.url}/`);
    const field = page.getByRole("combobox", { name: "Søk etter kommune" });
    await field.pressSequentially("tromso", { delay: 40 });
    const option = page.getByRole("option", { name: /^Tromsø/ });
    await option.waitFor();
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "faktaark-sok-laptop.png") });
    await field.press("ArrowDown");
    await expect.poll(() => option.getAttribute("aria-selected")).toBe("true");
    expect(await field.getAttribute("aria-activedescendant")).toBe(await option.getAttribute("id"));
    await field.press("Enter");
    await page.waitForURL(`${server.url}/kommune/5501`);

    const record = sample.planner.record("5501");
    const model = sample.planner.model(record, sample.planner.languageOf(record));
    await expect.poll(() => page.title()).toBe("Tromsø – Faktaark 2026".replace("2026", String(model.dataYear)));
    const shown = await page.locator("[data-nokkeltall]").evaluateAll((items) =>
      items.map((item) => ({
        label: item.querySelector(".etikett")?.textContent ?? "",
        value: item.querySelector(".verdi")?.textContent ?? "",
        detail: item.querySelector(".detalj")?.textContent ?? "",
      })),
    );
    expect(shown).toEqual(model.keyFigures.map(({ label, value, detail }) => ({ label, value, detail })));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Bolig og befolkning i Tromsø");
    expect(await page.locator(".diagram svg").count()).toBe(
      model.sections.flatMap((section) => section.blocks).filter((block) => block.kind === "chart").length,
    );

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Last ned PDF (bokmål)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("5501-tromso.pdf");
    const text = readPdfText(readFileSync(await download.path()));
    expect(text).toContain("Bolig og befolkning i Tromsø");
    expect(text).toContain(model.keyFigures[0]!.value.replace(/[\u00a0\u202f]/g, " "));
    expect(text).toContain("kommunenummer 5501");

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it("goes from one municipality to the county's next with one click", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/kommune/5501`);
    await page
      .getByRole("navigation", { name: "Andre kommuner i Troms - Romsa - Tromssa" })
      .getByRole("link", {
        name: "Harstad",
      })
      .click();
    await page.waitForURL(`${server.url}/kommune/5503`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Bolig og befolkning i Harstad – Hárstták",
    );
    await page.close();
  });

  it("works without JavaScript: the form lists results and an exact name opens the sheet", async () => {
    const plain = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await plain.context.newPage();
      await page.goto(`${server.url}/`);
      await page.getByRole("searchbox", { name: "Søk etter kommune" }).fill("her");
      await page.getByRole("button", { name: "Søk" }).click();
      await page.waitForURL(`${server.url}/?q=her`);
      await page.getByRole("link", { name: /^Herøy \(Nordland\)/ }).click();
      await page.waitForURL(`${server.url}/kommune/1818`);
      await page.getByRole("searchbox", { name: "Søk etter kommune" }).fill("tromso");
      await page.getByRole("button", { name: "Søk" }).click();
      await page.waitForURL(`${server.url}/kommune/5501`);
    } finally {
      await plain.close();
    }
  });

  it.runIf(Boolean(SCREENSHOT_DIR))("keeps screenshots of the pages on a laptop and a phone", async () => {
    for (const [device, viewport] of [
      ["laptop", { width: 1280, height: 900 }],
      ["mobil", { width: 390, height: 844 }],
    ] as const) {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/`);
      await page.screenshot({ path: join(SCREENSHOT_DIR!, `faktaark-forside-${device}.png`) });
      await page.goto(`${server.url}/kommune/5501`);
      await page.screenshot({ path: join(SCREENSHOT_DIR!, `faktaark-kommune-${device}.png`), fullPage: true });
      await page.goto(`${server.url}/kommune/bergn`);
      await page.screenshot({ path: join(SCREENSHOT_DIR!, `faktaark-404-${device}.png`) });
      await page.close();
    }
  });
});
