// The adviser app through its routes, as a browser or a monitoring probe would call them.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SheetPlanner } from "../../src/pipeline.js";
import type { SheetModel } from "../../src/sheet/model.js";
import { createSampleApp, readPdfText, type SampleApp } from "./sample-app.js";

let sample: SampleApp;

beforeAll(async () => {
  sample = await createSampleApp();
});

const get = (path: string) => sample.app.request(path);

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The key figures as the model prints them: label, value, detail. */
const printed = (model: SheetModel) => model.keyFigures.map(({ label, value, detail }) => ({ label, value, detail }));

/** The key figures as the page shows them: label, value, detail. */
function keyFiguresOn(page: string): { label: string; value: string; detail: string }[] {
  const pattern =
    /<li data-nokkeltall>\s*<span class="etikett">(.*?)<\/span>\s*<span class="verdi">(.*?)<\/span>\s*<span class="detalj">(.*?)<\/span>/gs;
  return [...page.matchAll(pattern)].map(([, label = "", value = "", detail = ""]) => ({
    label: decodeEntities(label),
    value: decodeEntities(value),
    detail: decodeEntities(detail),
  }));
}

describe("GET /health", () => {
  it("reports the municipalities and the data year", async () => {
    const response = await get("/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      municipalities: 357,
      dataYear: sample.planner.dataset.dataYear,
      sample: true,
    });
  });
});

describe("GET /api/sok", () => {
  const search = async (q: string) => {
    const response = await get(`/api/sok?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { results: { code: string; name: string; otherNames: string[] }[] }).results;
  };

  it("finds Tromsø typed without ø, and by its number", async () => {
    expect((await search("tromso"))[0]).toEqual({
      code: "5501",
      name: "Tromsø",
      otherNames: [],
      county: "Troms - Romsa - Tromssa",
      url: "/kommune/5501",
    });
    expect((await search("5501")).map((hit) => hit.code)).toEqual(["5501"]);
  });

  it("finds municipalities by their Sami and Kven names and lists those names", async () => {
    expect((await search("Ivgu"))[0]).toMatchObject({ code: "5536", name: "Lyngen", otherNames: ["Ivgu", "Yykeä"] });
    expect((await search("yykea"))[0]?.code).toBe("5536");
    expect((await search("karasjohka"))[0]).toMatchObject({ code: "5610", name: "Karasjok" });
  });

  it("lists both Herøys for «heroy», and at most 8 hits for a short query", async () => {
    expect((await search("heroy")).map((hit) => hit.code)).toEqual(expect.arrayContaining(["1515", "1818"]));
    expect((await search("s")).length).toBeLessThanOrEqual(8);
  });

  it("returns no hits for an empty query and refuses a query over 100 characters", async () => {
    expect(await search("")).toEqual([]);
    const response = await get(`/api/sok?q=${"a".repeat(101)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "Søketeksten er for lang (høyst 100 tegn)." });
  });
});

describe("GET /", () => {
  it("is a Norwegian page with a labelled search field, the sample-data notice and every municipality", async () => {
    const response = await get("/");
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('<html lang="nb">');
    expect(page).toMatch(/<label for="sok">Søk etter kommune<\/label>/);
    expect(page).toMatch(/<input id="sok" name="q" type="search"/);
    expect(page).toContain("<strong>Eksempeldata</strong>");
    expect(page.match(/<a href="\/kommune\/\d{4}">/g)).toHaveLength(357);
  });

  it("lists the results of a search without JavaScript, and goes straight to a municipality named exactly", async () => {
    const listed = await (await get("/?q=her")).text();
    expect(listed).toMatch(/\d+ treff på «her»/);
    expect(listed).toContain('<a href="/kommune/1515">');
    const named = await get("/?q=tromso");
    expect(named.status).toBe(302);
    expect(named.headers.get("location")).toBe("/kommune/5501");
  });

  it("escapes what the visitor typed", async () => {
    const page = await (await get(`/?q=${encodeURIComponent("<script>alert(1)</script>")}`)).text();
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).not.toContain("<script>alert(1)");
  });

  it("loads nothing from other sites", async () => {
    const response = await get("/");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await response.text()).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe("GET /kommune/:knr", () => {
  it("marks the Sami and Kven forms of the name with their language", async () => {
    const page = await (await get("/kommune/5622")).text();
    expect(page).toContain('<span lang="se">Porsángu</span>, <span lang="fkv">Porsanki</span>');
  });

  it("shows the same key figures and findings as the sheet model the PDF is drawn from", async () => {
    const record = sample.planner.record("5501");
    const model = sample.planner.model(record, "nb");
    const page = await (await get("/kommune/5501")).text();
    expect(keyFiguresOn(page)).toEqual(printed(model));
    const population = keyFiguresOn(page).find((figure) => figure.label === "Folketall")?.value ?? "";
    expect(population.replace(/[\u00a0\u202f]/g, " ")).toMatch(/^\d{1,3}( \d{3})+$/);
    for (const finding of model.keyFindings) expect(page).toContain(`<li>${finding}</li>`);
    expect(page).toContain('<h1 id="ark-tittel">Bolig og befolkning i Tromsø</h1>');
  });

  it("draws every chart as inline SVG with its alternative text", async () => {
    const model = sample.planner.model(sample.planner.record("5501"), "nb");
    const charts = model.sections.flatMap((section) => section.blocks).filter((block) => block.kind === "chart");
    const page = await (await get("/kommune/5501")).text();
    expect(charts.length).toBeGreaterThan(5);
    expect(page.match(/<div class="diagram" role="img" aria-label="[^"]+"><svg /g)).toHaveLength(charts.length);
    for (const chart of charts) expect(decodeEntities(page)).toContain(`aria-label="${chart.alt}"`);
  });

  it("offers both PDFs and links the county's other municipalities", async () => {
    const page = await (await get("/kommune/5501")).text();
    expect(page).toContain('href="/kommune/5501/faktaark.pdf?lang=nb"');
    expect(page).toContain('href="/kommune/5501/faktaark.pdf?lang=nn"');
    const county = sample.planner.inCounty("55").filter((record) => record.code !== "5501");
    expect(county.length).toBeGreaterThan(10);
    for (const other of county)
      expect(page).toContain(`<li><a href="/kommune/${other.code}">${other.shortName}</a></li>`);
    expect(page).not.toContain('<li><a href="/kommune/5501">');
  });

  it("shows the sheet in nynorsk with ?lang=nn, marked as nynorsk", async () => {
    const model = sample.planner.model(sample.planner.record("5501"), "nn");
    const page = await (await get("/kommune/5501?lang=nn")).text();
    expect(page).toContain('<article class="ark" lang="nn"');
    expect(keyFiguresOn(page)).toEqual(printed(model));
  });

  it("redirects a name to the number, and lists the choices for a name two municipalities share", async () => {
    const named = await get("/kommune/Troms%C3%B8");
    expect(named.status).toBe(302);
    expect(named.headers.get("location")).toBe("/kommune/5501");
    const shared = await get("/kommune/heroy");
    expect(shared.status).toBe(300);
    const page = await shared.text();
    expect(page).toContain('<a href="/kommune/1515">');
    expect(page).toContain('<a href="/kommune/1818">');
  });

  it("answers an unknown municipality with 404 and suggestions", async () => {
    const misspelt = await get("/kommune/bergn");
    expect(misspelt.status).toBe(404);
    const page = await misspelt.text();
    expect(page).toContain("Fant ingen kommune som heter «bergn»");
    expect(page).toContain("Mente du?");
    expect(page).toContain('<a href="/kommune/4601">');

    const unknownNumber = await (await get("/kommune/5599")).text();
    expect(unknownNumber).toContain("Ingen kommune har nummer 5599");
    expect(unknownNumber).toContain('<a href="/kommune/5501">');
  });

  it("sends an old municipality number to today's municipality", async () => {
    const response = await get("/kommune/5401");
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain("Kommunenummer 5401 er ikke lenger i bruk");
    expect(page).toMatch(/<section class="forslag" aria-labelledby="nytt-nummer">[\s\S]*?href="\/kommune\/5501"/);
  });

  it("refuses an unknown language", async () => {
    const response = await get("/kommune/5501?lang=en");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Målform må være lang=nb (bokmål) eller lang=nn (nynorsk).");
  });
});

describe("GET /kommune/:knr/faktaark.pdf", () => {
  it("sends Tromsø's sheet as an attachment with its ASCII file name", async () => {
    const response = await get("/kommune/5501/faktaark.pdf?lang=nb");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="5501-tromso.pdf"');
    const text = readPdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("Bolig og befolkning i Tromsø");
    expect(text).toContain("kommunenummer 5501");
  });

  it("sends the nynorsk sheet under a name that says so", async () => {
    const response = await get("/kommune/5501/faktaark.pdf?lang=nn");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="5501-tromso-nn.pdf"');
    const model = sample.planner.model(sample.planner.record("5501"), "nn");
    expect(readPdfText(new Uint8Array(await response.arrayBuffer()))).toContain(model.subtitle);
  });

  it("serves a second request for the same sheet from the cache, byte for byte", async () => {
    const { app, cache } = await createSampleApp();
    const first = new Uint8Array(await (await app.request("/kommune/1151/faktaark.pdf")).arrayBuffer());
    const second = new Uint8Array(await (await app.request("/kommune/1151/faktaark.pdf")).arrayBuffer());
    expect(Buffer.compare(first, second)).toBe(0);
    expect(cache.stats).toMatchObject({ misses: 1, hits: 1 });
  });

  it("renders a sheet asked for by many at once only once", async () => {
    const { app, cache } = await createSampleApp();
    const responses = await Promise.all(Array.from({ length: 5 }, () => app.request("/kommune/4001/faktaark.pdf")));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(cache.stats.misses).toBe(1);
  });

  it("answers If-None-Match with 304 and a HEAD with its headers, neither drawing the sheet", async () => {
    const { app, cache } = await createSampleApp();
    const head = await app.request("/kommune/1151/faktaark.pdf", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("application/pdf");
    expect(head.headers.get("content-length")).toBeNull();
    expect(cache.stats.misses).toBe(0);

    const full = await app.request("/kommune/1151/faktaark.pdf");
    const etag = full.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const bytes = (await full.arrayBuffer()).byteLength;
    // Once drawn, a HEAD says the size.
    const again = await app.request("/kommune/1151/faktaark.pdf", { method: "HEAD" });
    expect(again.headers.get("content-length")).toBe(String(bytes));
    expect(await again.text()).toBe("");

    // Another app over the same data: the client's copy is current, and nothing is drawn to say so.
    const fresh = await createSampleApp();
    const notModified = await fresh.app.request("/kommune/1151/faktaark.pdf", { headers: { "if-none-match": etag! } });
    expect(notModified.status).toBe(304);
    expect(fresh.cache.stats.misses).toBe(0);
    const otherLang = await fresh.app.request("/kommune/1151/faktaark.pdf?lang=nn", {
      headers: { "if-none-match": etag! },
    });
    expect(otherLang.status).toBe(200);
    const page = await fresh.app.request("/kommune/1151");
    expect(page.headers.get("etag")).toMatch(/^"[0-9a-f]{32}"$/);
    expect(page.headers.get("etag")).not.toBe(etag);
  });

  it("answers an unknown municipality's PDF with the 404 page", async () => {
    const response = await get("/kommune/5599/faktaark.pdf");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
  });
});

describe("methods and addresses", () => {
  it("answers other methods with 405 and the methods allowed", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const response = await sample.app.request("/kommune/5001/faktaark.pdf", { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow"), method).toBe("GET, HEAD");
    }
  });

  it("redirects an address with a trailing slash to the one without", async () => {
    const response = await get("/kommune/5001/");
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/kommune/5001");
  });
});

describe("bad requests", () => {
  const tricks = [
    "/kommune/..%2F..%2Fpackage.json",
    "/kommune/..%2f..%2fetc%2fpasswd",
    "/kommune/%2e%2e%2f%2e%2e%2fpackage.json",
    "/kommune/%2e%2e/faktaark.pdf",
    "/kommune/5501%2F..%2F..%2Fpackage.json",
    "/kommune/..%5C..%5Cpackage.json",
    "/kommune/5501%00",
    "/static/../package.json",
    "/static/%2e%2e/package.json",
    "/static/..%2Fpackage.json",
    "/static/fonter/..%2F..%2F..%2Fpackage.json",
    "/static/faktaark.css%2F..%2F..%2F..%2Fpackage.json",
    `/kommune/${"1".repeat(150)}`,
    `/kommune/${"a".repeat(150)}`,
    "/kommune/-1",
    "/kommune/5501.pdf",
    "/package.json",
    "/src/server/app.ts",
  ];

  it.each(tricks)("%s gets a plain 400 or 404 page and no file", async (path) => {
    const response = await get(path);
    expect([400, 404]).toContain(response.status);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).not.toContain('"name": "faktaark"');
    expect(page).not.toContain("root:");
    expect(page).not.toContain("import ");
    expect(page).toContain('<html lang="nb">');
  });

  it("calls an overlong or non-digit number a bad request", async () => {
    const overlong = await get(`/kommune/${"1".repeat(150)}`);
    expect(overlong.status).toBe(400);
    expect(await overlong.text()).toContain("Adressen er for lang til å være et kommunenummer.");
    const dotted = await get("/kommune/..%2F..%2Fpackage.json");
    expect(dotted.status).toBe(400);
    expect(await dotted.text()).toContain("Et kommunenummer har fire sifre, for eksempel 5501 for Tromsø.");
  });

  it("serves only the listed static files", async () => {
    const css = await get("/static/faktaark.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const font = await get("/static/fonter/source-sans-3-regular.ttf");
    expect(font.headers.get("content-type")).toBe("font/ttf");
    expect((await get("/static/sok.js")).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await get("/static/faktaark.CSS")).status).toBe(404);
  });

  it("shows a generic page without the error when something breaks, and logs the error", async () => {
    const logError = vi.fn();
    const broken = await createSampleApp({
      logError,
      planner: Object.create(sample.planner, {
        model: {
          value: () => {
            throw new Error("hemmelig detalj fra innsiden");
          },
        },
      }) as SheetPlanner,
    });
    const response = await broken.app.request("/kommune/5501");
    expect(response.status).toBe(500);
    const page = await response.text();
    expect(page).toContain("<h1>Noe gikk galt</h1>");
    expect(page).not.toContain("hemmelig");
    expect(page).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(logError).toHaveBeenCalledTimes(1);
    expect(String(logError.mock.calls[0]?.[0])).toContain("hemmelig detalj fra innsiden");
  });
});
