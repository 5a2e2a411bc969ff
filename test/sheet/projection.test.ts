import { describe, expect, it } from "vitest";
import type { MunicipalityRecord } from "../../src/model/record.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import type { ChartBlock, SheetModel, TableBlock } from "../../src/sheet/model.js";
import { makeTestInput, makeTestRecord } from "./fixture.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");

/** Testvik with its projection made in 2024 and the register at 1 January 2025 (the data year). */
function testvik(registered2025: number, persons80plus: number): MunicipalityRecord {
  const record = makeTestRecord("4099", "Testvik");
  const population = record.population!;
  return {
    ...record,
    population: {
      ...population,
      data: {
        ...population.data,
        total: population.data.total.map((p) => (p.year === 2025 ? { year: 2025, value: registered2025 } : p)),
        // Everyone 80 and over in one band, so the registered count is a round number.
        byAge: [
          { first: 0, last: 66, persons: registered2025 - persons80plus - 1_500 },
          { first: 67, last: 79, persons: 1_500 },
          { first: 80, last: 105, persons: persons80plus },
        ],
      },
    },
  };
}

/** The finding about the 80+ (the second sentence of the paragraph on the elderly). */
const finding80 = (model: SheetModel) => plain(model.keyFindings.find((f) => f.text.includes(" 80 år"))?.text ?? "");

function build(record: MunicipalityRecord, lang: "nb" | "nn" = "nb"): SheetModel {
  return buildSheetModel(makeTestInput({ record, lang }));
}

function projectionChart(model: SheetModel, title: string): ChartBlock {
  const found = model.sections.find((s) => s.id === "projection")?.blocks.find((b) => b.title.startsWith(title));
  if (found?.kind !== "chart") throw new Error(`no chart «${title}»`);
  return found;
}

describe("the projection read from the data year", () => {
  it("counts the growth of the 80+ from the registered count in the data year, and says from which year", () => {
    // Registered 80+ in 2025: 600; projected 2035: 510 + 155 = 665, +11 % (from the base year 2024's 500: +33 %).
    const model = build(testvik(12_500, 600));
    expect(finding80(model)).toContain("Antallet over 80 år ventes å øke med 11 % fra 2025 til 2035.");
    const nn = build(testvik(12_500, 600), "nn");
    expect(finding80(nn)).toContain("Talet på innbyggjarar over 80 år er venta å auke med 11 % frå 2025 til 2035.");
    // 700 registered: a fall of 5 %, said in words, without a sign.
    expect(finding80(build(testvik(12_500, 700)))).toContain("ventes å gå ned med 5 % fra 2025 til 2035.");
  });

  it("draws the registered line up to the data year and says when it has left the projection's band", () => {
    const chart = projectionChart(build(testvik(12_500, 600)), "Folketall 2000–2050");
    const registered = chart.chart.data.filter((row) => row.kind === "registrert");
    expect(registered.at(-1)).toMatchObject({ year: 2025, value: 12_500 });
    // The projection gave 12 420–12 480 for 2025.
    expect(plain(chart.note!)).toBe(
      "Folketallet 1. januar 2025 (12 500) er høyere enn hele spennet framskrivingen fra 2024 ga for 2025 (12 420–12 480).",
    );
    const nn = projectionChart(build(testvik(12_400, 600), "nn"), "Folketal 2000–2050");
    expect(plain(nn.note!)).toBe(
      "Folketalet 1. januar 2025 (12 400) er lågare enn heile spennet framskrivinga frå 2024 gav for 2025 (12 420–12 480).",
    );
    expect(projectionChart(build(testvik(12_450, 600)), "Folketall 2000–2050").note).toBeUndefined();
  });

  it("gives the key figure, the age chart and its text the same start and direction", () => {
    // 14 000 registered in 2025 and a projection rising from 12 400 to 13 700: from today, a fall.
    const model = build(testvik(14_000, 600));
    const keyFigure = model.keyFigures.find((f) => f.label === "Framskrevet folketall 2050")!;
    expect(plain(keyFigure.detail)).toBe("-2,1 % fra 2025");
    const ages = projectionChart(model, "Framskrevet endring for aldersgrupper");
    expect(ages.title).toBe("Framskrevet endring for aldersgrupper, indeks (2025 = 100)");
    expect(plain(ages.alt)).toContain("fra 2025 til 2050, mot en nedgang på 2 % for hele befolkningen.");
    const total = ages.chart.data.filter((row) => row.series === "Hele befolkningen");
    expect(total[0]).toMatchObject({ year: 2025, value: 100 });
    expect(total.at(-1)).toMatchObject({ year: 2050, value: 97.9 });
  });

  it("gives the projection table's first row as the registered figure, in the main column only", () => {
    // The projection is from 2024; the register has 1 January 2025: the table starts there, not at 2024's start.
    const model = build(testvik(12_500, 600));
    const table = model.sections
      .find((s) => s.id === "projection")!
      .blocks.find((b) => b.title === "Framskrevet folketall") as TableBlock;
    expect(table.rows.map((row) => row.map(plain))).toEqual([
      ["2025 (registrert)", "", "12 500", "", "600"],
      ["2030", "12 520", "12 700", "12 880", "590"],
      ["2040", "12 720", "13 200", "13 680", "740"],
      ["2050", "12 920", "13 700", "14 480", "890"],
    ]);
    expect(table.source).toBe("Kilde: SSB, tabell 14288 (2024); SSB, tabell 07459 (2025)");
    const nn = build(testvik(12_500, 600), "nn")
      .sections.find((s) => s.id === "projection")!
      .blocks.at(-1) as TableBlock;
    expect(nn.rows[0]![0]).toBe("2025 (registrert)");
  });
});
