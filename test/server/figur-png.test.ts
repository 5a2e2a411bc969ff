// GET /kommune/:knr/figur/:navn.png: one chart of the sheet as a PNG at 300 dpi, linked from each chart on the page.
import { beforeAll, describe, expect, it } from "vitest";
import { GRID } from "../../src/sheet/context.js";
import { readPng } from "../charts/read-png.js";
import { createSampleApp, type SampleApp } from "./sample-app.js";

let sample: SampleApp;

beforeAll(async () => {
  sample = await createSampleApp();
});

const get = (path: string, headers: Record<string, string> = {}) => sample.app.request(path, { headers });

describe("GET /kommune/:knr/figur/:navn.png", () => {
  it("sends the chart as a 300 dpi PNG attachment named after the municipality and the figure", async () => {
    const response = await get("/kommune/5001/figur/befolkning.png");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="5001-trondheim-befolkning.png"');
    const png = await readPng(Buffer.from(await response.arrayBuffer()));
    // The chart box, 248 × 122 pt, at 300 dpi.
    expect([png.width, png.height]).toEqual([
      Math.floor((GRID.columnWidth * 300) / 72),
      Math.floor((GRID.chartHeight * 300) / 72),
    ]);
    expect(png.dpi).toBe(300);
    expect(png.colours).toBeGreaterThan(100);
  });

  it("answers again from the cache, with 304 for the ETag the client holds", async () => {
    const first = await get("/kommune/5001/figur/aldersfordeling.png?lang=nn");
    expect(first.headers.get("content-disposition")).toBe(
      'attachment; filename="5001-trondheim-aldersfordeling-nn.png"',
    );
    const etag = first.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    const again = await get("/kommune/5001/figur/aldersfordeling.png?lang=nn", { "if-none-match": etag });
    expect(again.status).toBe(304);
    const head = await sample.app.request("/kommune/5001/figur/aldersfordeling.png?lang=nn", { method: "HEAD" });
    expect(head.headers.get("content-length")).toBe(String((await first.arrayBuffer()).byteLength));
  });

  it("answers a figure the sheet does not have with 404 and a Norwegian page that lists the figures it has", async () => {
    const response = await get("/kommune/1151/figur/bostotte.png");
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain("<h1>Arket for Utsira har ingen figur «bostotte.png»</h1>");
    expect(page).toContain('<a href="/kommune/1151/figur/befolkning.png?lang=nb" download>');
    expect(page).not.toContain("/figur/bostotte.png?");
    expect((await get("/kommune/1151/figur/befolkning.svg")).status).toBe(404);
  });

  it("goes from a municipality's name to its number, keeping the figure", async () => {
    const response = await get("/kommune/trondheim/figur/befolkning.png?lang=nn");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/kommune/5001/figur/befolkning.png?lang=nn");
  });

  it("links each chart on the page to its PNG, in the page's language", async () => {
    const model = sample.planner.model(sample.planner.record("4601"), "nn");
    const charts = model.sections.flatMap((section) => section.blocks).filter((block) => block.kind === "chart");
    const page = await (await get("/kommune/4601?lang=nn")).text();
    const links = [...page.matchAll(/<a href="(\/kommune\/4601\/figur\/[a-z-]+\.png\?lang=nn)" download data-figur/g)];
    expect(links.map(([, href]) => href)).toEqual(charts.map((chart) => `/kommune/4601/figur/${chart.id}.png?lang=nn`));
    expect(page).toContain('Last ned figur<span class="skjult"> «');
  });
});
