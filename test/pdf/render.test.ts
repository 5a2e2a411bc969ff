// Reads rendered sheets back the way a reader, an archive and a screen reader would: text, fonts, structure, PDF/A.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { renderSheetPdf } from "../../src/pdf/render.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import { type PdfWord, readPdfWords } from "../charts/pdfText.js";
import { makeTestInput, makeTestRecord } from "../sheet/fixture.js";

const fold = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");
const dir = mkdtempSync(join(tmpdir(), "faktaark-pdf-"));
let path = "";
let pdf: Buffer;
let pages = 0;

/** Every string value of one key (e.g. "/Alt") in the PDF's objects, from qpdf's JSON. */
function valuesOf(file: string, key: string): string[] {
  const json = JSON.parse(execFileSync("qpdf", ["--json=2", "--json-key=qpdf", file], { encoding: "utf8" })) as {
    qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
  };
  return Object.values(json.qpdf[1]).flatMap((object) => {
    const value = object.value?.[key];
    return typeof value === "string" ? [value.replace(/^u:/, "")] : [];
  });
}

beforeAll(async () => {
  const charts = await ChartRenderer.create();
  ({ pdf, pages } = await renderSheetPdf(buildSheetModel(makeTestInput()), charts));
  path = join(dir, "testvik.pdf");
  writeFileSync(path, pdf);
});

describe("a rendered sheet", () => {
  it("prints the model's figures in Norwegian format, with the sample notice on every page", () => {
    const text = fold(execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }));
    expect(text).toContain("Bolig og befolkning i Testvik");
    expect(text).toContain("12 500");
    expect(text).toContain("33,0 %");
    expect(text).toContain("Kilde: SSB, tabell 07459 (2000–2025)");
    const perPage = text.split("\f").filter((page) => page.trim().length > 0);
    expect(perPage.length).toBe(pages);
    for (const page of perPage) expect(page).toContain("Eksempeldata – ikke offisielle tall");
    expect(perPage.at(-1)).toContain(`side ${pages} av ${pages}`);
  });

  it("embeds its one font family and nothing else", () => {
    const fonts = execFileSync("pdffonts", [path], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/SourceSans3/);
      expect(line).toMatch(/ yes +yes +yes /); // embedded, subset, unicode map
    }
  });

  it("is tagged with headings, figures with real alternative text, language and title", () => {
    const structure = execFileSync("pdfinfo", ["-struct-text", path], { encoding: "utf8" });
    expect(structure).toMatch(/H1 \(block\)\n\s+Span \(inline\)\n\s+"Bolig og befolkning i "/);
    for (const heading of ["Befolkning", "Boforhold", "Boligbygging og boligbehov", "Husbankens virkemidler"]) {
      expect(structure).toContain(`"${heading}"`);
    }
    const alts = valuesOf(path, "/Alt").map(fold);
    const figures = (structure.match(/^\s+Figure$/gm) ?? []).length;
    expect(alts.length).toBe(figures);
    expect(alts).toContain(
      "Linjediagram. Folketallet i Testvik økte fra 10 000 i 2000 til 12 500 i 2025 (+25,0 %), mot en vekst på 50,0 % for landet.",
    );
    expect(valuesOf(path, "/Lang")).toContain("nb-NO");
    const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+Faktaark 2025: Testvik/);
    expect(info).toMatch(/Tagged:\s+yes/);
  });

  it("marks the Sami and Kven forms of the official name with their language", async () => {
    const input = makeTestInput();
    const record = { ...input.record, code: "5699", name: "Testvik - Testavuotna - Testivuono" };
    const model = buildSheetModel({ ...input, record });
    expect(model.identity).toBe("Testvik – Testavuotna – Testivuono kommune · Telemark · kommunenummer 5699");
    const file = join(dir, "sami.pdf");
    writeFileSync(file, (await renderSheetPdf(model, await ChartRenderer.create())).pdf);
    expect(valuesOf(file, "/Lang")).toEqual(expect.arrayContaining(["nb-NO", "se", "fkv"]));
  });

  it("keeps every word of a table whole when long names crowd its columns", async () => {
    const input = makeTestInput();
    const region = { code: "15", name: "Møre og Romsdal" };
    const name = "Herøy (Møre og Romsdal)";
    const record = { ...input.record, name, shortName: name, county: region };
    const county = { ...input.county, name: region.name, shortName: region.name };
    const model = buildSheetModel({ ...input, record, county });
    const file = join(dir, "long-names.pdf");
    writeFileSync(file, (await renderSheetPdf(model, await ChartRenderer.create())).pdf);
    const words = new Set(fold(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })).split(/\s+/));
    const labels = model.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === "table" ? block.rows.map((row) => row[0] ?? "") : [])),
    );
    expect(labels.length).toBeGreaterThan(3);
    for (const word of labels.flatMap((label) => fold(label).split(" "))) expect(words, word).toContain(word);
  });

  it("is in nynorsk when the sheet is, quoting SSB's bokmål table titles as bokmål", async () => {
    const file = join(dir, "nn.pdf");
    const model = buildSheetModel(makeTestInput({ lang: "nn" }));
    writeFileSync(file, (await renderSheetPdf(model, await ChartRenderer.create())).pdf);
    expect(valuesOf(file, "/Lang")).toEqual(expect.arrayContaining(["nn-NO", "nb-NO"]));
    expect(valuesOf(file, "/Lang")).not.toContain("se");
  });

  it("names the publisher as its author and the program only as its creator, or no author when none is set", async () => {
    const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
    expect(info).toMatch(/^Author:\s+Husbanken$/m);
    expect(info).toMatch(/^Creator:\s+faktaark$/m);
    expect(pdf.toString("latin1")).toMatch(/<dc:creator>\s*<rdf:Seq>\s*<rdf:li>Husbanken<\/rdf:li>/);
    const file = join(dir, "no-publisher.pdf");
    const model = buildSheetModel(makeTestInput({ publisher: null }));
    writeFileSync(file, (await renderSheetPdf(model, await ChartRenderer.create())).pdf);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).not.toMatch(/^Author:/m);
  });

  it("identifies itself as PDF/A-2a with an output intent", () => {
    const metadata = pdf.toString("latin1");
    expect(metadata).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(metadata).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(valuesOf(path, "/S")).toContain("/GTS_PDFA1");
  });

  it("is byte-identical when rendered again from the same model", async () => {
    const charts = await ChartRenderer.create();
    const again = await renderSheetPdf(buildSheetModel(makeTestInput()), charts);
    expect(again.pdf.equals(pdf)).toBe(true);
  });

  it("is byte-identical when its charts' views drew another sheet first, as in a batch", async () => {
    const charts = await ChartRenderer.create();
    const other = makeTestInput({ record: makeTestRecord("4098", "Annenvik", 3, 80) });
    await renderSheetPdf(buildSheetModel(other), charts);
    const after = await renderSheetPdf(buildSheetModel(makeTestInput()), charts);
    expect(after.pdf.equals(pdf)).toBe(true);
  });

  it("right-aligns the figures of each table column under its heading", () => {
    // pdftotext splits «12 400» at its thousands space: words closer than a column gap are one cell.
    const cellsOf = (words: readonly PdfWord[]): PdfWord[] =>
      [...words]
        .sort((a, b) => a.xMin - b.xMin)
        .reduce<PdfWord[]>((cells, word) => {
          const last = cells.at(-1);
          if (last && word.xMin - last.xMax < 4)
            cells[cells.length - 1] = { ...last, xMax: word.xMax, text: `${last.text} ${word.text}` };
          else cells.push(word);
          return cells;
        }, []);
    // Yearly tables: rows of a year and then only figures; rows of one table share page, left edge and length.
    const tables = new Map<string, { header: PdfWord[]; rows: PdfWord[][] }>();
    readPdfWords(path).forEach((words, page) => {
      for (const year of words.filter((word) => /^20\d\d$/.test(word.text))) {
        const row = cellsOf(words.filter((word) => word.yMin === year.yMin && word.xMin >= year.xMin));
        if (row.length < 3 || !row.slice(1).every((word) => /^[\d,. ]+$/.test(word.text))) continue;
        const key = `${page}:${Math.round(year.xMin)}:${row.length}`;
        const table = tables.get(key) ?? {
          // The heading: the lines just above the first row (up to three, as the Husbanken table's units wrap).
          header: words.filter(
            (word) => word.yMin < year.yMin && word.yMin > year.yMin - 45 && /\p{L}/u.test(word.text),
          ),
          rows: [],
        };
        table.rows.push(row.slice(1));
        tables.set(key, table);
      }
    });
    const checked = [...tables.values()].filter((table) => table.rows.length >= 3);
    expect(checked.length).toBeGreaterThanOrEqual(1);
    const round = (x: number) => Math.round(x * 10) / 10;
    for (const { header, rows } of checked) {
      const ends = (rows[0] ?? []).map((word) => round(word.xMax));
      for (const row of rows) expect(row.map((word) => round(word.xMax))).toEqual(ends);
      const headerEnds = new Set(header.map((word) => round(word.xMax)));
      for (const end of ends) expect(headerEnds).toContain(end);
    }
  });
});
