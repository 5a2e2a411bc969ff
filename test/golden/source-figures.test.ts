// The figures printed on a sheet equal the figures in the source files, read here independently of the readers.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/model/load.js";
import { SheetPlanner } from "../../src/pipeline.js";
import type { ChartBlock, SheetModel, TableBlock } from "../../src/sheet/model.js";
import { jsonStatCell } from "./json-stat-cell.js";

const SAMPLE = "data/sample";
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const thousands = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

function jsonStatValue(file: string, coordinates: Record<string, string>): number {
  return jsonStatCell(`${SAMPLE}/${file}`, coordinates) as number;
}

let porsgrunn: SheetModel;
beforeAll(async () => {
  const planner = await SheetPlanner.create(await loadDataset(SAMPLE));
  porsgrunn = planner.model(planner.record("4001"), "nb");
});

describe("Porsgrunn's sheet against the sample's source files", () => {
  it("prints the population of 1 January from table 07459", () => {
    const year = porsgrunn.dataYear;
    const population = jsonStatValue("ssb/07459-folkemengde-2000-2026.json", { Region: "K-4001", Tid: String(year) });
    const figure = porsgrunn.keyFigures.find((f) => f.label === "Folketall")!;
    expect(plain(figure.value)).toBe(thousands(population));
    expect(plain(figure.detail)).toContain(`1. januar ${year}`);
  });

  it("prints the dwellings completed in the last year from table 05940", () => {
    const rows = parse(new TextDecoder("latin1").decode(readFileSync(`${SAMPLE}/ssb/05940-boligbygging.csv`)), {
      delimiter: ";",
      from_line: 3,
      columns: true,
    }) as Record<string, string>[];
    const row = rows.find((r) => r.region?.startsWith("4001 "))!;
    const chart = porsgrunn.sections
      .find((s) => s.id === "construction")!
      .blocks.find((b) => b.kind === "chart") as ChartBlock;
    const years = chart.chart.data.map((d) => Number(d.year));
    const lastYear = Math.max(...years);
    const completed = Number(row[`Fullførte boliger ${lastYear}`]);
    expect(plain(chart.alt)).toContain(`fullført ${thousands(completed)} boliger i ${lastYear}`);
    expect(chart.source).toBe(`Kilde: SSB, tabell 05940 (${Math.min(...years)}–${lastYear})`);
  });

  it("prints the number of startlån from the Husbanken file", () => {
    const rows = parse(readFileSync(`${SAMPLE}/husbanken/husbanken-virkemidler.csv`, "utf8"), {
      delimiter: ";",
      columns: true,
    }) as Record<string, string>[];
    const table = porsgrunn.sections
      .find((s) => s.id === "husbanken")!
      .blocks.find((b) => b.kind === "table") as TableBlock;
    for (const line of table.rows) {
      const source = rows.find((r) => r.knr === "4001" && r.år === line[0] && r.variabel === "startlan_antall");
      expect(plain(line[1]!)).toBe(source ? thousands(Number(source.verdi)) : "..");
    }
  });
});
