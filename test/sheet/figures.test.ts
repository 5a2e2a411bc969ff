// The sheet model's figures (model.ts Figure) are the numbers the sheet prints and draws, each with a unit, a year
// and a source: what `--xlsx` writes out.
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/model/load.js";
import { SheetPlanner } from "../../src/pipeline.js";
import { PERCENT, printFigure } from "../../src/sheet/figure.js";
import type { Figure, SheetModel } from "../../src/sheet/model.js";

/** Porsgrunn; Utsira with suppressed and missing cells; Haram, split from Ålesund, with years before it missing;
 * Oslo, its own county; Kautokeino in Sami and Norwegian. */
const CODES = ["4001", "1151", "1580", "0301", "5612"];

let models: SheetModel[];
beforeAll(async () => {
  const planner = await SheetPlanner.create(await loadDataset("data/sample"));
  models = CODES.flatMap((code) => (["nb", "nn"] as const).map((lang) => planner.model(planner.record(code), lang)));
});

const allFigures = (model: SheetModel): Figure[] => [
  ...model.keyFigures.flatMap((keyFigure) => keyFigure.figures),
  ...model.sections.flatMap((section) => section.blocks.flatMap((block) => block.figures)),
];

describe("the figures of a sheet model", () => {
  it("print as the key figures' values", () => {
    for (const model of models)
      for (const keyFigure of model.keyFigures) expect(printFigure(keyFigure.figures[0]!)).toBe(keyFigure.value);
  });

  it("print as the tables' numeric cells, row by row", () => {
    for (const model of models)
      for (const block of model.sections.flatMap((section) => section.blocks)) {
        if (block.kind !== "table") continue;
        const cells = block.rows.flatMap((row) => row.filter((cell, column) => block.numeric[column] && cell !== ""));
        expect(block.figures.map(printFigure), `${model.municipality.code} ${block.title}`).toEqual(cells);
      }
  });

  it("hold the numbers the charts draw", () => {
    const drawn: Record<string, readonly string[]> = {
      "line-years": ["value"],
      "share-compare": ["value"],
      "bars-years": ["value"],
      "bars-horizontal": ["value"],
      "age-groups": ["share"],
      "projection-band": ["value", "low", "high"],
    };
    for (const model of models)
      for (const block of model.sections.flatMap((section) => section.blocks)) {
        if (block.kind !== "chart" || block.chart.template === "benchmark-strip") continue;
        const fields = drawn[block.chart.template];
        if (!fields) throw new Error(`no figures known for the template ${block.chart.template}`);
        const numbers = block.chart.data.flatMap((row) => fields.flatMap((field) => row[field] ?? []));
        const values = block.figures.flatMap((figure) => figure.value ?? []);
        expect([...values].sort(), `${model.municipality.code} ${block.title}`).toEqual([...numbers].sort());
      }
  });

  it("each have a unit, a year, a source, and SSB's table link", () => {
    for (const model of models)
      for (const figure of allFigures(model)) {
        const where = `${model.municipality.code} ${figure.label} ${figure.region}`;
        expect(figure.unit, where).not.toBe("");
        expect(figure.source, where).not.toBe("");
        // Only a classification (centrality) has no year.
        if (figure.year === null) expect(figure.source, where).toBe("SSB, KLASS 128");
        else expect(figure.year, where).toBeGreaterThan(1999);
        if (figure.fromYear !== undefined) expect(figure.fromYear, where).toBeLessThan(figure.year!);
        const table = /^SSB, tabell (\d{5})$/.exec(figure.source)?.[1];
        expect(figure.url, where).toBe(table ? `https://www.ssb.no/statbank/table/${table}/` : "");
      }
  });

  it("keep a missing value missing, with SSB's symbol, and round the others as printed", () => {
    const symbols = new Set<string>();
    for (const model of models)
      for (const figure of allFigures(model)) {
        if (figure.value === null) symbols.add(figure.symbol ?? "none");
        else expect(figure.value).toBe(Number(figure.value.toFixed(figure.decimals)));
      }
    expect([...symbols].sort()).toEqual(["..", ":"]);
    const utsira = models.find((model) => model.municipality.code === "1151")!;
    const crowded = allFigures(utsira).find(
      (f) => f.label.startsWith("Bosatte som bor trangt") && f.regionCode === "1151",
    );
    expect(crowded).toMatchObject({ value: null, symbol: ":", unit: PERCENT, year: 2025, source: "FHI" });
  });
});
