import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/data/types.js";
import type { MunicipalityRecord, Series } from "../../src/model/record.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import type { Lang } from "../../src/sheet/format.js";
import type { SheetModel } from "../../src/sheet/model.js";
import { formatAbout } from "../../src/sheet/sections/construction.js";
import { makeTestInput } from "./fixture.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");
const years = (from: number, to: number, value: (year: number) => Cell): Series =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, value: value(from + i) }));

/** Testvik with its construction or its projected population replaced. */
function sheetWith(
  change: { started?: Series; completed?: Series; projected?: (year: number) => number },
  lang: Lang = "nb",
): SheetModel {
  const input = makeTestInput({ lang });
  const base = input.record;
  const construction = base.construction!;
  const projection = base.projection!;
  const record: MunicipalityRecord = {
    ...base,
    construction: {
      ...construction,
      data: {
        started: change.started ?? construction.data.started,
        completed: change.completed ?? construction.data.completed,
      },
    },
    projection: change.projected
      ? { ...projection, data: { ...projection.data, main: years(2024, 2050, change.projected) } }
      : projection,
  };
  return buildSheetModel({ ...input, record });
}

const keyFigure = (model: SheetModel) => {
  const figure = model.keyFigures.find((f) => f.label.startsWith("Fullførte"))!;
  return plain(`${figure.value} ${figure.detail}`);
};
const needFinding = (model: SheetModel) =>
  plain(model.keyFindings.find((f) => f.startsWith("Framskrivinga") || f.startsWith("Framskrivingen"))!);
const section = (model: SheetModel) => model.sections.find((s) => s.id === "construction")!;
const needText = (model: SheetModel) => {
  const block = section(model).blocks[1]!;
  return block.kind === "text" ? block.paragraphs.map(plain) : [];
};

describe("the construction section and its key figure and finding", () => {
  // As Haram (re-established in 2024): SSB has completions only for the last two years of the five averaged.
  const twoYears = years(2005, 2024, (year) => (year === 2023 ? 40 : year === 2024 ? 60 : ".."));

  it("averages only the years with numbers, says which, and agrees in the key figure, the finding and the text", () => {
    const model = sheetWith({ completed: twoYears });
    // (40 / 12 300 + 60 / 12 400) × 1000 / 2 = 4,0 per 1000; (40 + 60) / 2 = 50 a year.
    expect(keyFigure(model)).toBe("4,0 per 1000 innb., snitt 2023–2024 (2 år med tall)");
    expect(needFinding(model)).toBe(
      "Framskrivingen tilsier om lag 230 flere husholdninger i 2035 enn i 2025 (om lag 23 per år), mens det ble fullført i snitt 50 boliger per år i 2023–2024, de to årene med tall.",
    );
    expect(needText(model).slice(1, 3)).toEqual([
      "Det ble fullført i snitt 50 boliger per år i 2023–2024, de to årene med tall.",
      "Byggetakten i 2023–2024 ligger over det framskrivingen tilsier for 2025–2035.",
    ]);
    const nn = sheetWith({ completed: twoYears }, "nn");
    expect(keyFigure(nn)).toBe("4,0 per 1000 innb., snitt 2023–2024 (2 år med tal)");
    expect(needText(nn)[1]).toBe("Det vart fullført i snitt 50 bustader per år i 2023–2024, dei to åra med tal.");
  });

  it("replaces a chart of nothing but zeros with a sentence, and says no dwellings were completed", () => {
    const zero = years(2005, 2024, () => 0);
    const model = sheetWith({ started: zero, completed: zero });
    const chart = section(model).blocks[0]!;
    expect(chart.kind).toBe("text");
    expect(chart.kind === "text" && chart.paragraphs).toEqual([
      "Det ble ikke satt i gang eller fullført noen boliger i Testvik i 2015–2024.",
    ]);
    expect(needText(model)[1]).toBe("Ingen boliger ble fullført i 2020–2024.");
    expect(needFinding(model)).toContain(", mens ingen boliger ble fullført i 2020–2024.");
    expect(needText(sheetWith({ started: zero, completed: zero }, "nn"))[1]).toBe(
      "Ingen bustader vart fullførte i 2020–2024.",
    );
  });

  it("calls a small projected decline a decline, in whole households, under one a year", () => {
    // 2025→2035: −9 persons / 2,20 = −4,1 households, −0,4 a year; one completed dwelling in five years.
    const model = sheetWith({
      projected: (year) => 1_000 - (year - 2024) * 0.9,
      completed: years(2005, 2024, (year) => (year === 2022 ? 1 : 0)),
    });
    expect(needText(model)[0]).toBe(
      "Framskrevet nedgang i folketallet fra 2025 til 2035 tilsvarer om lag 4 færre husholdninger med dagens husholdningsstørrelse (2,20 personer), eller færre enn én per år.",
    );
    expect(needText(model)[1]).toBe("Det ble fullført færre enn én bolig per år i snitt i 2020–2024.");
    const nn = sheetWith({ projected: (year) => 1_000 - (year - 2024) * 0.9 }, "nn");
    expect(needFinding(nn)).toBe(
      "Framskrivinga tilseier om lag 4 færre hushald i 2035 enn i 2025 (færre enn eitt per år), medan det vart fullført i snitt 50 bustader per år i 2020–2024.",
    );
  });

  it("says 'about as many households' in the finding and the text only when the change rounds to at most one", () => {
    // +2 persons / 2,20 = 0,9 households over ten years.
    const model = sheetWith({ projected: (year) => 1_000 + (year - 2024) * 0.2 });
    expect(needFinding(model)).toMatch(/^Framskrivingen tilsier omtrent like mange husholdninger i 2035 som i 2025,/);
    expect(needText(model)[0]).toBe(
      "Det framskrevne folketallet for 2035 tilsvarer omtrent like mange husholdninger som i 2025 med dagens husholdningsstørrelse (2,20 personer).",
    );
  });

  it("rounds an estimate after 'om lag' to whole units and two significant digits", () => {
    expect([3_338, 1.3, 67.4, 99.6, 0.4].map((value) => plain(formatAbout(value)))).toEqual([
      "3 300",
      "1",
      "67",
      "100",
      "0",
    ]);
  });
});
