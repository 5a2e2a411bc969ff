// The adviser's path through the page in a real browser: type "tromso", pick Tromsø, read the key figures,
// download the PDF and the Excel workbook; compare two municipalities, follow an old number, filter the ranking; on a
// laptop's screen and a phone's. Skips when Debian's Chromium is not installed (scripts/setup.sh --test installs it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/server/listen.js";
import { readFigureRows, readWorkbook } from "../xlsx/read-workbook.js";
import { type Browser, CHROMIUM, HAS_CHROMIUM, launchBrowser } from "./browser.js";
import { createSampleApp, readPdfText, type SampleApp } from "./sample-app.js";

/** Set FAKTAARK_SCREENSHOT_DIR to keep screenshots of the pages on a laptop's and a phone's screen. */
const SCREENSHOT_DIR = process.env.FAKTAARK_SCREENSHOT_DIR;

const LAPTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** How far the page reaches sideways: more than the viewport's width means the visitor must scroll the whole page. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

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

  it("finds Tromsø from «tromso», shows its key figures and downloads its PDF and workbook", async () => {
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

    const [workbookDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Last ned Excel (bokmål)" }).click(),
    ]);
    expect(workbookDownload.suggestedFilename()).toBe("5501-tromso.xlsx");
    const workbook = await readWorkbook(await workbookDownload.path());
    const population = model.keyFigures.find((figure) => figure.id === "population")!.figures[0]!;
    const row = readFigureRows(workbook.getWorksheet("Nøkkeltall")!).find((r) => r.what === "Folketall");
    expect([row?.region, row?.year, row?.value.value]).toEqual(["Tromsø", population.year, population.value]);

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

  it("compares two municipalities: side by side on a laptop, one under the other on a phone", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/kommune/5501`);
    await page.getByLabel("Kommune 2").fill("Bergen");
    await page.getByRole("button", { name: "Sammenlign", exact: true }).click();
    await page.waitForURL(/\/sammenlign\?k=5501&k=Bergen/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sammenligning: Tromsø og Bergen");

    const [tromso, bergen] = ["5501", "4601"].map((code) => sample.planner.model(sample.planner.record(code), "nb"));
    const rows = await page
      .locator("tr[data-nokkeltall]")
      .evaluateAll((items) =>
        items.map((item) => [...item.querySelectorAll("th, .verdi")].map((cell) => cell.textContent)),
      );
    expect(rows).toEqual(
      tromso!.keyFigures.map((figure, index) => [figure.label, figure.value, bergen!.keyFigures[index]!.value]),
    );
    const charts = tromso!.sections.flatMap((section) => section.blocks).filter((block) => block.kind === "chart");
    expect(await page.locator('figure[data-kommune="5501"] .diagram svg').count()).toBe(charts.length);
    expect(await page.locator('figure[data-kommune="4601"] .diagram svg').count()).toBeGreaterThan(0);

    /** Where the first chart of each municipality stands. */
    const firstCharts = async () =>
      Promise.all(
        ["5501", "4601"].map(
          async (code) => (await page.locator(`figure[data-kommune="${code}"]`).first().boundingBox())!,
        ),
      );
    const [left, right] = await firstCharts();
    expect(right!.y).toBe(left!.y);
    expect(right!.x).toBeGreaterThan(left!.x + left!.width);

    await page.setViewportSize(PHONE);
    const [top, below] = await firstCharts();
    expect(below!.y).toBeGreaterThan(top!.y + top!.height);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it("follows an old number to today's municipality, with a note, and a split one to a choice", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/kommune/5401`);
    await page.waitForURL(`${server.url}/kommune/5501?fra=5401`);
    const note = page.getByRole("note").filter({ hasText: "Kommunenummer" });
    await expect
      .poll(() => note.textContent())
      .toBe("Kommunenummer 5401 (Tromsø) er ikke lenger i bruk. Området hører nå til 5501 Tromsø.");
    expect(await note.isVisible()).toBe(true);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Bolig og befolkning i Tromsø");
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.goto(`${server.url}/kommune/1507`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Kommunenummer 1507 er ikke lenger i bruk",
    );
    await page.getByRole("link", { name: /^Haram/ }).click();
    await page.waitForURL(`${server.url}/kommune/1580`);

    await page.setViewportSize(LAPTOP);
    await page.goto(`${server.url}/`);
    const field = page.getByRole("combobox", { name: "Søk etter kommune" });
    await field.pressSequentially("5401", { delay: 40 });
    await page.getByRole("option", { name: /^Tromsø/ }).waitFor();
    await field.press("Enter");
    await page.waitForURL(`${server.url}/kommune/5501`);
    await page.close();
  });

  it("filters the ranking by county and opens a municipality's sheet from it, on a phone", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/rangering`);
    expect(await page.locator("tr[data-rang]").count()).toBe(sample.planner.rank()!.rows.length);
    await page.getByLabel("Fylke").selectOption("50");
    await page.getByRole("button", { name: "Vis" }).click();
    // The form sends every filter, an empty one as "all".
    await page.waitForURL(`${server.url}/rangering?fylke=50&vekstklasse=`);
    const codes = await page.locator("tr[data-rang]").evaluateAll((rows) => rows.map((row) => row.dataset.rang));
    expect(codes).toEqual(sample.planner.rank("50")!.rows.map((row) => row.code));
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole("link", { name: "Trondheim - Tråante" }).click();
    await page.waitForURL(`${server.url}/kommune/5001`);
    await page.close();
  });

  it("keeps the sheet inside a phone's width: wide charts scroll in their frame, with the cue shown", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/kommune/5501`);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const frames = page.locator(".diagram-ramme");
    expect(await frames.count()).toBeGreaterThan(0);
    for (const frame of await frames.all()) {
      expect(await frame.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    }
    const cues = page.locator(".rulle-hint");
    expect(await cues.count()).toBe(await frames.count());
    for (const cue of await cues.all()) expect(await cue.isVisible()).toBe(true);
    // Half-width charts scale to their box.
    const overflowing = await page
      .locator(".diagram svg")
      .evaluateAll(
        (svgs) =>
          svgs.filter((svg) => !svg.closest(".diagram-ramme") && svg.getBoundingClientRect().right > 390).length,
      );
    expect(overflowing).toBe(0);
    await page.setViewportSize(LAPTOP);
    for (const cue of await cues.all()) expect(await cue.isVisible()).toBe(false);
    await page.close();
  });

  it.runIf(Boolean(SCREENSHOT_DIR))("keeps screenshots of the pages on a laptop and a phone", async () => {
    for (const [device, viewport] of [
      ["laptop", LAPTOP],
      ["mobil", PHONE],
    ] as const) {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/`);
      await page.screenshot({ path: join(SCREENSHOT_DIR!, `faktaark-forside-${device}.png`) });
      await page.goto(`${server.url}/kommune/5501`);
      await page.screenshot({ path: join(SCREENSHOT_DIR!, `faktaark-kommune-${device}.png`), fullPage: true });
      await page.goto(`${server.url}/kommune/bergn`);
      await page.screenshot({ path: join(SCREENSHOT_DIR!, `faktaark-404-${device}.png`) });
      await page.goto(`${server.url}/sammenlign?k=5501&k=4601`);
      await page.screenshot({ path: join(SCREENSHOT_DIR!, `faktaark-sammenlign-${device}.png`), fullPage: true });
      await page.goto(`${server.url}/kommune/5401`);
      await page.screenshot({ path: join(SCREENSHOT_DIR!, `faktaark-gammelt-nummer-${device}.png`) });
      await page.goto(`${server.url}/rangering?fylke=50`);
      await page.screenshot({ path: join(SCREENSHOT_DIR!, `faktaark-rangering-${device}.png`) });
      await page.close();
    }
  });
});
