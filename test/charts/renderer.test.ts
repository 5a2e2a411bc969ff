import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { DEFAULT_TEMPLATES_DIR } from "../../src/charts/templates.js";
import type { ChartSpec } from "../../src/charts/types.js";
import { EXAMPLE_CHARTS } from "./examples.js";
import { createDoc, createDocWithSharedFonts, finishDoc, readPdfFonts, readPdfText, readPdfWords } from "./pdfText.js";

let renderer: ChartRenderer;

beforeAll(async () => {
  renderer = await ChartRenderer.create();
});

function example(template: string): ChartSpec {
  const chart = EXAMPLE_CHARTS.find((c) => c.template === template);
  if (!chart) throw new Error(`no example for ${template}`);
  return chart;
}

async function drawToText(...charts: ChartSpec[]): Promise<{ text: string; file: string }> {
  const doc = createDoc();
  let y = 20;
  for (const chart of charts) {
    await renderer.draw(doc, chart, 20, y);
    y += chart.height + 10;
  }
  const file = await finishDoc(doc);
  return { text: readPdfText(file), file };
}

/** What a reader must find in each example chart: axis labels in Norwegian number style, direct labels. */
const EXPECTED_TEXT: Record<string, string[]> = {
  "line-years": ["12 000", "10 000", "2 000", "2016", "2024", "Kommunen", "Fylket", "Sammenlignbare"],
  "projection-band": ["34 000", "38 000", "2015", "2050", "Hovedalternativ", "Høy", "Lav", "Framskrevet"],
  "bars-years": ["250", "2015", "2024", "Igangsatte", "Fullførte"],
  "bars-horizontal": ["12,4 %", "7,9 %", "10,2 %", "..", "Kommunen", "Lillestrøm"],
  "share-compare": ["0 %", "20 %", "40 %", "Enslige", "Mor/far med barn", "Kommunen", "Fylket", "Landet"],
  "age-groups": ["0,0 %", "0,5 %", "1,5 %", "0", "20", "45", "67", "90+", "Kommunen", "Landet"],
  "benchmark-strip": ["70", "100", "130", "Leietakere", "Bostøtte per 1 000", "Sammenlignbare kommuner", "Fylket"],
};

describe("ChartRenderer.draw", () => {
  it("has an example and expectations for every template", () => {
    expect(EXAMPLE_CHARTS.map((c) => c.template).sort()).toEqual([...renderer.templateNames].sort());
    expect(Object.keys(EXPECTED_TEXT).sort()).toEqual([...renderer.templateNames].sort());
  });

  for (const [template, expected] of Object.entries(EXPECTED_TEXT)) {
    it(`draws ${template} with Norwegian labels in the embedded Source Sans 3 only`, async () => {
      const { text, file } = await drawToText(example(template));
      for (const label of expected) expect(text).toContain(label);
      // No English-style numbers: thousands never with a comma, decimals never with a point.
      expect(text).not.toMatch(/\d,\d{3}\b|\d\.\d/);
      const fonts = readPdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name).toMatch(/^[A-Z]{6}\+SourceSans3-/);
        expect(font.embedded).toBe(true);
      }
    });
  }

  it("draws new data on a reused view: the axis follows the new maximum", async () => {
    const chart = example("line-years");
    const scaled = { ...chart, data: chart.data.map((row) => ({ ...row, value: Number(row.value) * 10 })) };
    const first = await drawToText(chart);
    const second = await drawToText(scaled);
    expect(first.text).toContain("12 000");
    expect(first.text).not.toContain("120 000");
    expect(second.text).toContain("120 000");
    expect(second.text).not.toMatch(/(^|\s)12 000/m);
  });

  it("keeps concurrent draws of one template apart", async () => {
    const chart = example("bars-horizontal");
    const changed = {
      ...chart,
      data: chart.data.map((row) => (row.role === "municipality" ? { ...row, value: 98.7 } : row)),
    };
    const docA = createDoc();
    const docB = createDoc();
    await Promise.all([renderer.draw(docA, chart, 20, 20), renderer.draw(docB, changed, 20, 20)]);
    const textA = readPdfText(await finishDoc(docA));
    const textB = readPdfText(await finishDoc(docB));
    expect(textA).toContain("12,4 %");
    expect(textA).not.toContain("98,7 %");
    expect(textB).toContain("98,7 %");
    expect(textB).not.toContain("12,4 %");
  });

  it("applies params and resets them to the template's defaults when left out", async () => {
    const chart = example("line-years");
    const withSuffix = await drawToText({ ...chart, params: { ySuffix: " personer", endLabels: false } });
    expect(withSuffix.text).toContain("12 000 personer");
    expect(withSuffix.text).not.toContain("Kommunen");
    const plain = await drawToText(chart);
    expect(plain.text).not.toContain("personer");
    expect(plain.text).toContain("Kommunen");
  });

  it("leaves the caller's text position as it was (the caller sets its font again after a chart)", async () => {
    const doc = createDoc();
    doc.x = 111;
    doc.y = 222;
    await renderer.draw(doc, example("bars-years"), 20, 300);
    expect(doc.x).toBe(111);
    expect(doc.y).toBe(222);
    await finishDoc(doc);
  });

  it("names the template, row and field when a row lacks a field", async () => {
    const rows = [{ year: 2020, value: 5 }];
    await expect(
      renderer.draw(createDoc(), { template: "line-years", data: rows, width: 200, height: 100 }, 20, 20),
    ).rejects.toThrow(
      "Diagrammalen «line-years»: rad 1 mangler feltet «series» (forventet en tekst); raden har year, value",
    );
  });

  it("names the field and the value when a field has the wrong type", async () => {
    const rows = [{ year: "2020", value: 5, series: "A" }];
    await expect(
      renderer.draw(createDoc(), { template: "line-years", data: rows, width: 200, height: 100 }, 20, 20),
    ).rejects.toThrow('Diagrammalen «line-years»: rad 1, feltet «year» skal være et tall, fant "2020"');
  });

  it("says which templates exist when asked for an unknown one", async () => {
    await expect(
      renderer.draw(createDoc(), { template: "pie", data: [], width: 200, height: 100 }, 20, 20),
    ).rejects.toThrow(
      /Diagrammalen «pie» finnes ikke: forventet filen .*templates\/charts\/pie\.vl\.json \(maler der: age-groups, bars-horizontal/,
    );
  });

  it("rejects a parameter the template does not have", async () => {
    const chart = { ...example("bars-years"), params: { colour: "red" } };
    await expect(renderer.draw(createDoc(), chart, 20, 20)).rejects.toThrow(
      "Diagrammalen «bars-years» har ingen parameter «colour» (parametrene er: yFormat, ySuffix)",
    );
  });
});

describe("benchmark-strip on a scale of standard deviations", () => {
  it("labels each tick of the value axis once, as whole numbers", async () => {
    // z-scores between -1.38 and 1.43 (as Sør-Varanger's): ticks every half unit would print as rounded whole
    // numbers, each twice («−1, −1, 0, 1, 1»).
    const data = example("benchmark-strip").data.map((row, i) => ({
      ...row,
      value: Math.round((((i * 37) % 29) / 10 - 1.38) * 100) / 100,
    }));
    data[1] = { ...data[1]!, value: 1.43 };
    const svg = await renderer.toSvg({ ...example("benchmark-strip"), data });
    const axis = svg.slice(svg.indexOf('aria-label="X-axis'), svg.indexOf('aria-label="Y-axis'));
    const labels = [...axis.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^\u2212?\d$/);
  });
});

describe("benchmark-strip for a municipality that is its own county (Oslo)", () => {
  it("leaves the county out of the legend when no row has it, and the same view puts it back after", async () => {
    const chart = example("benchmark-strip");
    const legendLabels = (svg: string) =>
      [...svg.slice(svg.indexOf("role-legend")).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    const withoutCounty = { ...chart, data: chart.data.filter((row) => row.role !== "county") };
    const oslo = await renderer.toSvg({ ...withoutCounty, params: { nameMunicipality: "Oslo" } });
    expect(legendLabels(oslo)).toEqual(["Oslo", "Landet", "Sammenlignbare kommuner"]);
    expect(legendLabels(await renderer.toSvg(chart))).toEqual([
      "Kommunen",
      "Fylket",
      "Landet",
      "Sammenlignbare kommuner",
    ]);
  });
});

describe("ChartRenderer.toSvg", () => {
  it("gives the same chart as SVG with Norwegian labels", async () => {
    const svg = (await renderer.toSvg(example("share-compare"))).replace(/\u00a0/g, " ");
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain(">40 %</text>");
    expect(svg).toContain(">Enslige</text>");
  });
});

/**
 * Everything drawn, sorted, and where each group is placed (a shape's own position is within its group); not the
 * groups' invisible frames (no fill, no stroke).
 */
const shapes = (svg: string) =>
  [...svg.matchAll(/<(?:line|path|text|rect|circle)\b[^>]*>(?:[^<]*<\/text>)?|<g transform="[^"]*"/g)]
    .map((match) => match[0])
    .filter((shape) => !/class="(?:background|foreground)"/.test(shape) || /(?:fill|stroke)="#/.test(shape))
    .sort();
/** Lines, points, bars and areas in drawing order: where they overlap, the later lies on top. */
const dataMarks = (svg: string) =>
  [...svg.matchAll(/<[^>]*aria-roledescription="(?:line mark|point|bar|area mark)"[^>]*>/g)].map((match) => match[0]);

/** The rows with the first value of every text field replaced by another name (as another municipality's). */
function renameFirstValues(rows: ChartSpec["data"], rename: (value: string) => string): ChartSpec["data"] {
  const first = new Map<string, unknown>();
  for (const row of rows)
    for (const [field, value] of Object.entries(row))
      if (typeof value === "string" && !first.has(field)) first.set(field, value);
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([field, value]) => [
        field,
        typeof value === "string" && value === first.get(field) ? rename(value) : value,
      ]),
    ),
  );
}

describe("ChartRenderer reusing a view at another size", () => {
  it("draws every chart exactly as a fresh renderer draws it, whatever it drew before, at whatever size", async () => {
    // Charts of each template at the sizes pagination gives them, in an order that makes views change size.
    const sized = EXAMPLE_CHARTS.flatMap((chart) =>
      [1, 0.86, 0.93, 0.8, 1].map((scale) => ({ ...chart, height: Math.round(chart.height * scale) })),
    );
    const reused = await ChartRenderer.create();
    for (const chart of sized) {
      // Before it, the same chart for other places: the first name in each text field is another, longer or
      // shorter one (a legend laid out for a short name must make room for a long one: Sør-Varanger after Bø).
      const other = sized.indexOf(chart) % 2 === 0 ? (value: string) => `${value} (før)` : () => "Bø";
      await reused.toSvg({ ...chart, data: renameFirstValues(chart.data, other) });
      const fresh = await ChartRenderer.create();
      const [again, first] = [await reused.toSvg(chart), await fresh.toSvg(chart)];
      // The same shapes and texts in the same places, and lines, points and bars in the same order, so the same
      // line lies on top. (Ticks and aggregated rules may come in another order: they never overlap.)
      expect(shapes(again)).toEqual(shapes(first));
      expect(dataMarks(again)).toEqual(dataMarks(first));
    }
  });
});

/** The y axis's labels from top to bottom. */
function yAxisLabels(svg: string): string[] {
  const start = svg.indexOf('aria-label="Y-axis');
  const axis = svg.slice(start, svg.indexOf("role-mark", start));
  return [...axis.matchAll(/<text[^>]*transform="translate\([-\d.]+,([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g)]
    .map((match) => ({ y: Number(match[1]), label: match[2]! }))
    .sort((a, b) => a.y - b.y)
    .map((entry) => entry.label);
}

describe("ChartRenderer reusing a view for rows in another order", () => {
  it("lists the benchmark strip's indicators in the order of the rows, whatever the view drew before", async () => {
    // Vega's aggregates revived a group's old minimum: «Boligbygging» (the strip's last indicator) came above
    // «Andel som leier» when the view had drawn it as an earlier row, then a chart without rows.
    const chart = example("benchmark-strip");
    const indicators = [...new Set(chart.data.map((row) => String(row.indicator)))];
    const last = indicators.at(-1)!;
    // The last indicator as the first row, then a chart without rows, then the chart.
    const reused = await ChartRenderer.create();
    await reused.toSvg({ ...chart, data: chart.data.filter((row) => row.indicator === last) });
    await reused.toSvg({ ...chart, data: [] });
    expect(yAxisLabels(await reused.toSvg(chart))).toEqual(indicators);
  });
});

describe("ChartRenderer fitting a chart to its box", () => {
  // Herøy's «Startlån per 1 000»: the longest bar's value label sits past the bar's end.
  const heroy = (
    [
      ["Herøy (Møre og Romsdal)", 1.3],
      ["Sortland", 1.7],
      ["Tvedestrand", 1.3],
      ["Giske", 1.1],
      ["Kvinesdal", 0.8],
      ["Gran", 0.9],
      ["Møre og Romsdal", 1.1],
      ["Landet", 1.3],
    ] as const
  ).map(([label, value], order) => ({
    label,
    value,
    role: order === 0 ? "municipality" : order === 6 ? "county" : order === 7 ? "country" : "comparison",
    order,
  }));
  const chart: ChartSpec = { template: "bars-horizontal", data: heroy, width: 248, height: 118 };

  it("keeps the value labels of horizontal bars inside the box", async () => {
    const doc = createDoc();
    await renderer.draw(doc, chart, 20, 20);
    const words = readPdfWords(await finishDoc(doc))[0]!;
    expect(words.map((word) => word.text)).toContain("1,7");
    for (const { xMax, text } of words) expect(xMax, text).toBeLessThanOrEqual(20 + chart.width);
  });

  it("fits a chart as a fresh view does after another chart in the same box", async () => {
    // Population projections as Inderøy's (growing past 10 000) and Bardu's (shrinking): Vega fits the plot in one
    // step from the size a run starts with, which in a reused view was the last chart's plot.
    // Registered 2000–2024, then projected to 2050 with a low and a high alternative, each changing evenly.
    const projection = (first: number, last: number, main: number, low: number, high: number): ChartSpec["data"] => [
      ...Array.from({ length: 25 }, (_, i) => ({
        year: 2000 + i,
        value: Math.round(first + ((last - first) * i) / 24),
        low: null,
        high: null,
        kind: "registrert",
      })),
      ...Array.from({ length: 27 }, (_, i) => ({
        year: 2024 + i,
        value: Math.round(last + main * i),
        low: Math.round(last + low * i),
        high: Math.round(last + high * i),
        kind: "framskrevet",
      })),
    ];
    const box = { template: "projection-band", width: 511, height: 120 };
    const growing: ChartSpec = { ...box, data: projection(8247, 9100, 26.2, -10.6, 67.6) };
    const shrinking: ChartSpec = { ...box, data: projection(2680, 2400, -7.5, -15.8, 1.8) };
    for (const [before, chart] of [
      [growing, shrinking],
      [shrinking, growing],
    ] as const) {
      const reused = await ChartRenderer.create();
      await reused.toSvg(before);
      const fresh = await ChartRenderer.create();
      expect(shapes(await reused.toSvg(chart))).toEqual(shapes(await fresh.toSvg(chart)));
    }
  });
});

/** Each legend label with the x of its entry, left to right. */
function legendEntries(svg: string): { label: string; x: number }[] {
  const legend = svg.slice(svg.indexOf('class="mark-group role-legend"'));
  return [
    ...legend.matchAll(
      /<g transform="translate\(([\d.]+),[^"]*">(?:(?!<g transform)[\s\S])*?role-legend-label[^>]*>\s*<text[^>]*>([^<]*)<\/text>/g,
    ),
  ].map((match) => ({ label: match[2]!, x: Number(match[1]) }));
}

describe("ChartRenderer legends above the plot", () => {
  it("start at the chart box's left edge, so long names stay inside the box", async () => {
    const chart = example("share-compare");
    const params = { nameMunicipality: "Herøy (Møre og Romsdal)", nameCounty: "Møre og Romsdal" };
    const doc = createDoc();
    await renderer.draw(doc, { ...chart, params }, 20, 20);
    const words = readPdfWords(await finishDoc(doc))[0]!;
    expect(words.map((word) => word.text)).toContain("Herøy");
    for (const { xMin, xMax, text } of words) {
      expect(xMin, text).toBeGreaterThanOrEqual(20 - 0.5);
      expect(xMax, text).toBeLessThanOrEqual(20 + chart.width + 0.5);
    }
    // The legend starts left of the plot, whose left edge is where the category labels end.
    const word = (text: string) => words.find((found) => found.text === text)!;
    expect(word("Herøy").xMin).toBeLessThan(word("Enslige").xMax);
  });

  it("stand clear of the value axis's top label", async () => {
    // Kautokeino's dwellings: the highest bar, 4, is a tick at the plot's top edge.
    const data = [2, 3, 4, 1, 3].flatMap((value, i) => [
      { year: 2021 + i, value, series: "Igangsatte" },
      { year: 2021 + i, value: 4 - value, series: "Fullførte" },
    ]);
    const doc = createDoc();
    await renderer.draw(doc, { ...example("bars-years"), data }, 20, 20);
    const words = readPdfWords(await finishDoc(doc))[0]!;
    const legend = words.find((word) => word.text === "Igangsatte")!;
    const valueLabels = words.filter((word) => /^[\d ]+$/.test(word.text) && !/^20\d\d$/.test(word.text));
    expect(legend.yMax).toBeLessThanOrEqual(Math.min(...valueLabels.map((word) => word.yMin)));
  });
});

describe("ChartRenderer legends whose labels are params", () => {
  it("makes room for a long label after a short one, in a fresh and in a reused view", async () => {
    const chart = example("benchmark-strip");
    const labelled = (municipality: string, county: string) => ({
      ...chart,
      params: { nameMunicipality: municipality, nameCounty: county },
    });
    const reused = await ChartRenderer.create();
    for (const renderer of [reused, reused, await ChartRenderer.create()]) {
      const short = legendEntries(await renderer.toSvg(labelled("Bø", "Agder")));
      const long = legendEntries(await renderer.toSvg(labelled("Sør-Varanger", "Møre og Romsdal")));
      expect(long.map((entry) => entry.label)).toEqual([
        "Sør-Varanger",
        "Møre og Romsdal",
        "Landet",
        "Sammenlignbare kommuner",
      ]);
      // Each entry starts further right by as much as the labels before it grew.
      expect(long[1]!.x - long[0]!.x).toBeGreaterThan(short[1]!.x - short[0]!.x + 30);
      expect(long[2]!.x - long[1]!.x).toBeGreaterThan(short[2]!.x - short[1]!.x + 30);
    }
  });
});

describe("ChartRenderer.draw on a page with margins", () => {
  it("never adds a page, even below the bottom margin", async () => {
    const withMargins = createDoc(72);
    await renderer.draw(withMargins, example("bars-horizontal"), 40, 800 - example("bars-horizontal").height);
    const file = await finishDoc(withMargins);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/^Pages:\s+1$/m);
  });
});

describe("ChartRenderer.draw into documents sharing fontkit fonts", () => {
  it("writes correct text in each document although glyph layouts are shared", async () => {
    const first = createDocWithSharedFonts();
    first.font("regular").fontSize(9).text("Først: Ålesund", 20, 400);
    await renderer.draw(first, example("benchmark-strip"), 20, 20);
    const second = createDocWithSharedFonts();
    await renderer.draw(second, example("share-compare"), 20, 20);
    await renderer.draw(second, example("benchmark-strip"), 20, 220);
    const firstText = readPdfText(await finishDoc(first));
    const secondText = readPdfText(await finishDoc(second));
    expect(firstText).toContain("Først: Ålesund");
    expect(firstText).toContain("Sammenlignbare kommuner");
    for (const label of ["Mor/far med barn", "40 %", "Sammenlignbare kommuner", "Bostøtte per 1 000"]) {
      expect(secondText).toContain(label);
    }
  });
});

describe("ChartRenderer.draw with a template the PDF cannot draw", () => {
  it("names the template and what is unsupported, and leaves the page usable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "faktaark-templates-"));
    const spec = JSON.parse(readFileSync(join(DEFAULT_TEMPLATES_DIR, "bars-years.vl.json"), "utf8"));
    spec.mark = {
      type: "bar",
      color: {
        gradient: "linear",
        stops: [
          { offset: 0, color: "#1f3b5a" },
          { offset: 1, color: "#ffffff" },
        ],
      },
    };
    delete spec.encoding.color;
    writeFileSync(join(dir, "gradient-bars.vl.json"), JSON.stringify(spec));
    const own = await ChartRenderer.create({ templatesDir: dir });
    const doc = createDoc();
    const chart = { ...example("bars-years"), template: "gradient-bars" };
    await expect(own.draw(doc, chart, 20, 20)).rejects.toThrow(
      "Diagrammalen «gradient-bars» kan ikke tegnes i PDF: PDF-tegningen støtter ikke fargeoverganger (gradient)",
    );
    doc.font("regular").fontSize(10).text("Teksten etter diagrammet", 20, 400);
    const file = await finishDoc(doc);
    expect(readPdfText(file)).toContain("Teksten etter diagrammet");
    expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toContain(
      "No syntax or stream encoding errors",
    );
  });
});
