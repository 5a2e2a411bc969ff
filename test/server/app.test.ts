// The adviser app through its routes, as a browser or a monitoring probe would call them.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SheetPlanner } from "../../src/pipeline.js";
import { formatNumber } from "../../src/sheet/format.js";
import type { SheetModel } from "../../src/sheet/model.js";
import { expectWorkbookEqualsModel } from "../xlsx/expect-workbook.js";
import { readFigureRows, readWorkbook } from "../xlsx/read-workbook.js";
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

/** The key figures as the model has them for print: label, value, detail. */
function printedKeyFigures(model: SheetModel): { label: string; value: string; detail: string }[] {
  return model.keyFigures.map(({ label, value, detail }) => ({ label, value, detail }));
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
    expect(keyFiguresOn(page)).toEqual(printedKeyFigures(model));
    const population = keyFiguresOn(page).find((figure) => figure.label === "Folketall")?.value ?? "";
    expect(population.replace(/[\u00a0\u202f]/g, " ")).toMatch(/^\d{1,3}( \d{3})+$/);
    for (const finding of model.keyFindings) expect(page).toContain(`<li>${finding.text}</li>`);
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
    expect(keyFiguresOn(page)).toEqual(printedKeyFigures(model));
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

  it("redirects an ended number to today's municipality, whose page says where the visitor came from", async () => {
    const response = await get("/kommune/5401");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/kommune/5501?fra=5401");
    const page = await (await get("/kommune/5501?fra=5401")).text();
    expect(page).toContain(
      '<p class="flyttet" role="note">Kommunenummer 5401 (Tromsø) er ikke lenger i bruk. Området hører nå til 5501 Tromsø.</p>',
    );
    // Two changes back (1902 → 5401 in 2020 → 5501 in 2024), keeping the language asked for.
    const older = await get("/kommune/1902?lang=nn");
    expect(older.headers.get("location")).toBe("/kommune/5501?fra=1902&lang=nn");
    expect(await (await get("/kommune/5501?fra=1902&lang=nn")).text()).toContain("Kommunenummer 1902 (Tromsø)");
    const pdf = await get("/kommune/5401/faktaark.pdf");
    expect(pdf.status).toBe(302);
    expect(pdf.headers.get("location")).toBe("/kommune/5501/faktaark.pdf");
  });

  it("says nothing of a number that did not lead to the page", async () => {
    for (const fra of ["1234", "1507", "5501", "abc"]) {
      const page = await (await get(`/kommune/5501?fra=${fra}`)).text();
      expect(page, fra).not.toContain('class="flyttet"');
    }
  });

  it("lists the municipalities a split number went into, as links, without choosing one", async () => {
    const split = await get("/kommune/1507");
    expect(split.status).toBe(300);
    expect(split.headers.get("location")).toBeNull();
    const page = await split.text();
    expect(page).toContain("<h1>Kommunenummer 1507 er ikke lenger i bruk</h1>");
    expect(page).toContain("1507 Ålesund ble delt i 2024. Området hører nå til disse kommunene:");
    expect(page).toContain('<a href="/kommune/1508">');
    expect(page).toContain('<a href="/kommune/1580">');
    // Haram went into Ålesund in 2020, which was split in 2024: KLASS does not say which part its area is in.
    const haram = await get("/kommune/1534");
    expect(haram.status).toBe(300);
    const text = await haram.text();
    expect(text).toContain("1534 Haram gikk i 2020 inn i Ålesund, som senere er delt.");
    expect(text).toContain('<a href="/kommune/1508">');
    expect(text).toContain('<a href="/kommune/1580">');
  });

  it("finds today's municipality when an ended number is searched for", async () => {
    const searched = await get("/?q=5401");
    expect(searched.status).toBe(302);
    expect(searched.headers.get("location")).toBe("/kommune/5501?fra=5401");
    expect((await get("/?q=1507")).headers.get("location")).toBe("/kommune/1507");
    const typed = (await (await get("/api/sok?q=5401")).json()) as { results: { code: string }[] };
    expect(typed.results.map((hit) => hit.code)).toEqual(["5501"]);
  });

  it("links the comparison municipalities in the comparison table to their sheets", async () => {
    const record = sample.planner.record("5501");
    const table = sample.planner
      .model(record, "nb")
      .sections.flatMap((section) => section.blocks)
      .find((block) => block.kind === "table" && block.rowMunicipalities !== undefined);
    const codes = table?.kind === "table" ? (table.rowMunicipalities ?? []) : [];
    expect(codes[0]).toBe("5501");
    expect(codes.length).toBeGreaterThan(2);
    const page = await (await get("/kommune/5501")).text();
    for (const code of codes.slice(1)) {
      const name = sample.planner.record(code).shortName;
      expect(page).toContain(`<th scope="row"><a href="/kommune/${code}">${name}</a></th>`);
    }
    expect(page).toContain('<th scope="row">Tromsø</th>');
    const compare = codes
      .slice(0, 4)
      .map((code) => `k=${code}`)
      .join("&amp;");
    expect(page).toContain(`<a class="knapp" href="/sammenlign?${compare}">`);
  });

  it("offers each chart as a PNG with a button that names the chart, and a cue on charts that scroll", async () => {
    const model = sample.planner.model(sample.planner.record("5501"), "nb");
    const page = await (await get("/kommune/5501")).text();
    const charts = model.sections.flatMap((section) => section.blocks).filter((block) => block.kind === "chart");
    for (const chart of charts) {
      expect(decodeEntities(page)).toContain(
        `download data-figur="${chart.id}" class="knapp knapp-liten">Last ned figur<span class="skjult"> «${chart.title}»</span> (PNG)</a>`,
      );
    }
    const wide = charts.filter((chart) => chart.span === 2).length;
    expect(wide).toBeGreaterThan(0);
    expect(page.match(/<p class="rulle-hint" aria-hidden="true">Dra sidelengs for å se hele figuren/g)).toHaveLength(
      wide,
    );
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

describe("GET /kommune/:knr/faktaark.xlsx", () => {
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  it("is linked beside the PDFs, in the page's written form", async () => {
    const page = await (await get("/kommune/5001")).text();
    expect(page).toContain(
      '<a class="knapp" href="/kommune/5001/faktaark.xlsx?lang=nb" download data-xlsx="nb">Last ned Excel <span>(bokmål)</span></a>',
    );
    const nynorsk = await (await get("/kommune/5001?lang=nn")).text();
    expect(nynorsk).toContain('href="/kommune/5001/faktaark.xlsx?lang=nn"');
    expect(nynorsk).not.toContain("faktaark.xlsx?lang=nb");
  });

  it("sends Trondheim's workbook under its Norwegian file name, holding the sheet model's figures", async () => {
    const response = await get("/kommune/5001/faktaark.xlsx?lang=nb");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(XLSX);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="5001-trondheim.xlsx"');
    const workbook = await readWorkbook(Buffer.from(await response.arrayBuffer()));
    const model = sample.planner.model(sample.planner.record("5001"), "nb");
    expectWorkbookEqualsModel(workbook, model);
    const population = model.keyFigures.find((figure) => figure.id === "population")!.figures[0]!;
    const row = readFigureRows(workbook.getWorksheet("Nøkkeltall")!).find((r) => r.what === "Folketall");
    expect([row?.region, row?.year, row?.value.value]).toEqual(["Trondheim", population.year, population.value]);
  });

  it("sends the nynorsk workbook, with its sheets in nynorsk, under a name that says so", async () => {
    const response = await get("/kommune/5001/faktaark.xlsx?lang=nn");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="5001-trondheim-nn.xlsx"');
    const workbook = await readWorkbook(Buffer.from(await response.arrayBuffer()));
    expect(workbook.worksheets[0]?.name).toBe("Nøkkeltal");
    expectWorkbookEqualsModel(workbook, sample.planner.model(sample.planner.record("5001"), "nn"));
  });

  it("leads an ended number to today's municipality, and answers an unknown one with the 404 page", async () => {
    const moved = await get("/kommune/5401/faktaark.xlsx");
    expect(moved.status).toBe(302);
    expect(moved.headers.get("location")).toBe("/kommune/5501/faktaark.xlsx");
    const unknown = await get("/kommune/5599/faktaark.xlsx");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toMatch(/^text\/html/);
  });
});

describe("GET /sammenlign", () => {
  /** The compare table's rows as the page shows them: label, then each municipality's value and detail. */
  function compareRowsOn(page: string): string[][] {
    return [...page.matchAll(/<tr data-nokkeltall>([\s\S]*?)<\/tr>/g)].map(([, row = ""]) =>
      [...row.matchAll(/<th scope="row">(.*?)<\/th>|<span class="(?:verdi|detalj)">(.*?)<\/span>/g)].map(
        ([, label, cell]) => decodeEntities(label ?? cell ?? ""),
      ),
    );
  }

  it("shows two municipalities' key figures side by side and the same charts, each from its own sheet", async () => {
    const response = await get("/sammenlign?k=5501&k=bergen");
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("<h1>Sammenligning: Tromsø og Bergen</h1>");
    const [tromso, bergen] = ["5501", "4601"].map((code) => sample.planner.model(sample.planner.record(code), "nb"));
    expect(compareRowsOn(page)).toEqual(
      tromso!.keyFigures.map((figure, index) => {
        const other = bergen!.keyFigures[index]!;
        expect(other.label).toBe(figure.label);
        return [figure.label, figure.value, figure.detail, other.value, other.detail];
      }),
    );
    expect(page).toContain('<th scope="col"><a href="/kommune/5501?lang=nb">Tromsø</a></th>');
    expect(page).toContain('<th scope="col"><a href="/kommune/4601?lang=nb">Bergen</a></th>');
    for (const model of [tromso!, bergen!]) {
      const code = model.municipality.code;
      const charts = model.sections.flatMap((section) => section.blocks).filter((block) => block.kind === "chart");
      const drawn = page.match(
        new RegExp(
          `<figure class="blokk" data-kommune="${code}">[\\s\\S]*?<div class="diagram" role="img" aria-label="[^"]+"><svg `,
          "g",
        ),
      );
      expect(drawn, code).toHaveLength(charts.length);
      for (const chart of charts) expect(page).toContain(`href="/kommune/${code}/figur/${chart.id}.png?lang=nb"`);
      expect(page).toContain(`href="/kommune/${code}/faktaark.pdf?lang=nb"`);
    }
  });

  it("compares today's municipality for an ended number, and asks which one for a split number", async () => {
    const response = await get("/sammenlign?k=5401&k=bergen");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<h1>Sammenligning: Tromsø og Bergen</h1>");
    const split = await get("/sammenlign?k=1507&k=bergen");
    expect(split.status).toBe(400);
    expect(decodeEntities(await split.text())).toContain(
      '<p class="feil" role="alert">Kommunenummer 1507 (Ålesund) ble delt i 2024. Velg 1508 Ålesund eller 1580 Haram.',
    );
  });

  it("puts in the stand-in text of a sheet that has no such chart, and offers nynorsk", async () => {
    const page = await (await get("/sammenlign?k=5501&k=1151&lang=nn")).text();
    expect(page).toContain('<div class="sammenligning" lang="nn">');
    expect(page).toContain('<h2 id="nokkeltall">Nøkkeltal</h2>');
    const utsira = sample.planner.model(sample.planner.record("1151"), "nn");
    const standIn = utsira.sections
      .flatMap((section) => section.blocks)
      .find((block) => block.kind === "text" && block.title.startsWith("Igangsette"));
    expect(standIn?.kind).toBe("text");
    if (standIn?.kind === "text") {
      expect(decodeEntities(page)).toMatch(
        new RegExp(
          `<div class="blokk mangler" data-kommune="1151">\\s*<p class="blokk-tittel">Utsira</p>\\s*<p>${standIn.paragraphs[0]}</p>`,
        ),
      );
    }
  });

  it("refuses one municipality, five, an unknown name and the same one twice, saying why, with the form filled in", async () => {
    const cases: [string, string][] = [
      ["k=5501", "Velg minst to kommuner å sammenligne. Du valgte bare Tromsø."],
      [
        "k=5501&k=4601&k=5001&k=0301&k=1103",
        "Du kan sammenligne høyst fire kommuner om gangen, men valgte fem. Fjern noen av dem.",
      ],
      ["k=5501&k=bergn", "Fant ingen kommune som heter «bergn»."],
      ["k=5001&k=trondheim", "Trondheim er valgt to ganger. Velg ulike kommuner."],
    ];
    for (const [query, message] of cases) {
      const response = await get(`/sammenlign?${query}`);
      expect(response.status, query).toBe(400);
      const page = decodeEntities(await response.text());
      expect(page, query).toContain(`<p class="feil" role="alert">${message}`);
      expect(page, query).toContain('value="5');
    }
  });

  it("shows the form alone without municipalities, leaves out empty fields, and refuses an unknown language", async () => {
    const empty = await get("/sammenlign");
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain('<form class="sammenlign-skjema" action="/sammenlign" method="get"');
    expect((await get("/sammenlign?k=5501&k=&k=4601&k=")).status).toBe(200);
    expect((await get("/sammenlign?k=5501&k=4601&lang=se")).status).toBe(400);
  });

  it("answers If-None-Match with 304 and a HEAD without drawing, as the sheets do", async () => {
    const { app, cache } = await createSampleApp();
    const head = await app.request("/sammenlign?k=1151&k=4001", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(cache.stats.misses).toBe(0);
    const full = await app.request("/sammenlign?k=1151&k=4001");
    const etag = full.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const byName = await app.request("/sammenlign?k=utsira&k=porsgrunn", { headers: { "if-none-match": etag! } });
    expect(byName.status).toBe(304);
    const reversed = await app.request("/sammenlign?k=4001&k=1151", { headers: { "if-none-match": etag! } });
    expect(reversed.status).toBe(200);
    expect(cache.stats.misses).toBe(2);
  });
});

describe("GET /rangering", () => {
  /** The rows as the page lists them: rank, code, score, the other rank. */
  function rankRowsOn(page: string): { rank: string; code: string; score: string; other: string }[] {
    return [
      ...page.matchAll(
        /<tr data-rang="(\d{4})">\s*<td class="tall">(\d+)<\/td>\s*<th scope="row"><a href="\/kommune\/\d{4}">.*?<\/a>\*?<\/th>\s*<td class="tall">(.*?)<\/td>\s*<td class="tall">(\d+)<\/td>/g,
      ),
    ].map(([, code = "", rank = "", score = "", other = ""]) => ({ rank, code, score, other }));
  }

  it("ranks the whole country as `faktaark rank` does, each row linked to its sheet", async () => {
    const response = await get("/rangering");
    expect(response.status).toBe(200);
    const page = await response.text();
    const ranking = sample.planner.rank()!;
    const rows = rankRowsOn(page);
    expect(rows).toHaveLength(ranking.rows.length);
    expect(rows.slice(0, 3)).toEqual(
      ranking.rows.slice(0, 3).map((row) => ({
        rank: String(row.rankNational),
        code: row.code,
        score: formatNumber(row.score, 2),
        other: String(row.rankCounty),
      })),
    );
    expect(page).toContain(`<a href="/kommune/${ranking.rows[0]!.code}">`);
    expect(page).toContain(
      "Modellen har 16 indikatorer med vekt over 0 (data/config/indikatormodell.csv); metoden er beskrevet i docs/indikatormodell.md.",
    );
    expect(page).toContain("Rang 1 = størst boligsosiale utfordringer; lik skår (med 2 desimaler) gir lik rang.");
  });

  it("filters by county: only its municipalities, ranked within it as `faktaark rank --fylke 50`", async () => {
    const page = await (await get("/rangering?fylke=50")).text();
    expect(page).toContain("<h1>Boligsosiale utfordringer – rangering, Trøndelag - Trööndelage</h1>");
    expect(page).toContain('<option value="50" selected>');
    const rows = rankRowsOn(page);
    const inCounty = sample.planner.inCounty("50");
    const ranking = sample.planner.rank("50")!;
    expect(rows.map((row) => row.code)).toEqual(ranking.rows.map((row) => row.code));
    expect(rows.length + ranking.unranked.length).toBe(inCounty.length);
    expect(rows.every((row) => row.code.startsWith("50"))).toBe(true);
    expect(rows.map((row) => row.rank)).toEqual(ranking.rows.map((row) => String(row.rankCounty)));
    expect(rows[0]!.rank).toBe("1");
  });

  it("refuses a county that is not two digits, and one that does not exist", async () => {
    const malformed = await get("/rangering?fylke=trondelag");
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain(
      "Fylket må være et fylkesnummer med to sifre, for eksempel 50 for Trøndelag.",
    );
    const unknown = await get("/rangering?fylke=99");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Ingen fylker har nummer 99.");
  });

  it("has an ETag per county, and answers a HEAD", async () => {
    const country = await get("/rangering");
    const county = await get("/rangering?fylke=50");
    expect(country.headers.get("etag")).toMatch(/^"[0-9a-f]{32}"$/);
    expect(county.headers.get("etag")).not.toBe(country.headers.get("etag"));
    const again = await get("/rangering?fylke=50");
    expect(again.headers.get("etag")).toBe(county.headers.get("etag"));
    const notModified = await sample.app.request("/rangering", {
      headers: { "if-none-match": country.headers.get("etag")! },
    });
    expect(notModified.status).toBe(304);
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
