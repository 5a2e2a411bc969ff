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

/** Household sizes by year, 5 000 households each year. */
interface SizeHistory {
  readonly from: number;
  readonly size: (year: number) => number;
}

/** Testvik with its construction, its projected population or its household sizes 2014–2025 replaced. */
function sheetWith(
  change: { started?: Series; completed?: Series; projected?: (year: number) => number; sizes?: SizeHistory },
  lang: Lang = "nb",
): SheetModel {
  const input = makeTestInput({ lang });
  const base = input.record;
  const construction = base.construction!;
  const projection = base.projection!;
  const households = base.households!;
  const sizes = change.sizes;
  const record: MunicipalityRecord = {
    ...base,
    households: sizes
      ? {
          ...households,
          data: {
            ...households.data,
            persons: Math.round(5_000 * sizes.size(2025)),
            totalByYear: years(sizes.from, 2025, () => 5_000),
            personsByYear: years(sizes.from, 2025, (year) => Math.round(5_000 * sizes.size(year))),
          },
        }
      : households,
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
  plain(model.keyFindings.find((f) => / tils(?:ier|eier) framskriving(?:en|a) /.test(f.text))!.text);
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
      "Fra 2025 til 2035 tilsier framskrivingen mellom 230 og 510 flere husholdninger (mellom 23 og 51 per år), mens det ble fullført i snitt 50 boliger per år i 2023–2024, de to årene med tall.",
    );
    // 50 a year is over today's household size (23) and under its trend (51): within the range, not over it.
    expect(needText(model).slice(1, 3)).toEqual([
      "Det ble fullført i snitt 50 boliger per år i 2023–2024, de to årene med tall.",
      "Byggetakten i 2023–2024 ligger innenfor spennet framskrivingen tilsier for 2025–2035.",
    ]);
    const nn = sheetWith({ completed: twoYears }, "nn");
    expect(keyFigure(nn)).toBe("4,0 per 1000 innb., snitt 2023–2024 (2 år med tal)");
    expect(needText(nn)[1]).toBe("Det vart fullført i snitt 50 bustader per år i 2023–2024, dei to åra med tal.");
    expect(needText(nn)[2]).toBe("Byggjetakta i 2023–2024 ligg innanfor spennet framskrivinga tilseier for 2025–2035.");
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

  // Testvik's household size fell from 2,30 in 2015 to 2,20 in 2025: carried on, 2,10 in 2035.
  const TREND_METHOD =
    "Det ene anslaget holder husholdningsstørrelsen fast på nivået fra 2025 (2,20 personer), og det andre lar den endre seg like mye per år fram til 2035 som i 2015–2025 (fra 2,30 til 2,20 personer).";

  it("gives both signs when the population shrinks but households shrink faster", () => {
    // 2025→2035: 999,1 → 990,1 persons. Today's size: −9 / 2,20 = −4,1 households.
    // Trend: 990,1 / 2,10 − 999,1 / 2,20 = 471,5 − 454,1 = +17,3 households.
    const projected = (year: number) => 1_000 - (year - 2024) * 0.9;
    const model = sheetWith({ projected });
    expect(needText(model)[0]).toBe(
      `Med framskrevet folketall blir det mellom 4 færre og 17 flere husholdninger fra 2025 til 2035. ${TREND_METHOD}`,
    );
    // Building 50 a year is over the larger end (1,7 a year, printed 2).
    expect(needText(model)[2]).toBe("Byggetakten i 2020–2024 ligger over det framskrivingen tilsier for 2025–2035.");
    expect(needFinding(model)).toBe(
      "Fra 2025 til 2035 tilsier framskrivingen mellom 4 færre og 17 flere husholdninger, mens det ble fullført i snitt 50 boliger per år i 2020–2024.",
    );
    expect(needText(sheetWith({ projected }, "nn"))[0]).toBe(
      "Med framskrive folketal blir det mellom 4 færre og 17 fleire hushald frå 2025 til 2035. " +
        "Det eine anslaget held hushaldsstorleiken fast på nivået frå 2025 (2,20 personar), og det andre lèt han endre seg like mykje per år fram til 2035 som i 2015–2025 (frå 2,30 til 2,20 personar).",
    );
  });

  it("gives both signs when the population grows but households grow larger", () => {
    // Size 2,10 in 2015 to 2,20 in 2025, +0,01 a year: 2,30 in 2035. 2025→2035: 1 002 → 1 022 persons.
    // Today's size: 20 / 2,20 = +9,1 households. Trend: 1 022 / 2,30 − 1 002 / 2,20 = 444,3 − 455,5 = −11,1.
    const model = sheetWith({
      projected: (year) => 1_000 + (year - 2024) * 2,
      sizes: { from: 2014, size: (year) => 2.2 - (2025 - year) * 0.01 },
    });
    expect(needText(model)[0]).toBe(
      "Med framskrevet folketall blir det mellom 11 færre og 9 flere husholdninger fra 2025 til 2035. " +
        "Det ene anslaget holder husholdningsstørrelsen fast på nivået fra 2025 (2,20 personer), og det andre lar den endre seg like mye per år fram til 2035 som i 2015–2025 (fra 2,10 til 2,20 personer).",
    );
  });

  it("says 'between about as many and more' when only the trend adds households", () => {
    // A flat population of 1 000: today's size gives 0; the trend 1 000 / 2,10 − 1 000 / 2,20 = +21,6 (2,2 a year).
    const model = sheetWith({ projected: () => 1_000 });
    expect(needText(model)[0]).toBe(
      `Med framskrevet folketall blir det mellom om lag like mange og 22 flere husholdninger fra 2025 til 2035, eller opptil om lag 2 per år. ${TREND_METHOD}`,
    );
    expect(needFinding(sheetWith({ projected: () => 1_000 }, "nn"))).toBe(
      "Frå 2025 til 2035 tilseier framskrivinga mellom om lag like mange og 22 fleire hushald (opptil om lag 2 per år), medan det vart fullført i snitt 50 bustader per år i 2020–2024.",
    );
  });

  it("falls back to today's household size, and says so, when the source has too few years for a trend", () => {
    // As Haram (re-established in 2024): household sizes for 2024 and 2025 only. −9 / 2,20 = −4,1, −0,4 a year.
    const decline = {
      projected: (year: number) => 1_000 - (year - 2024) * 0.9,
      sizes: { from: 2024, size: () => 2.2 },
    };
    const model = sheetWith({ ...decline, completed: years(2005, 2024, (year) => (year === 2022 ? 1 : 0)) });
    expect(needText(model)).toEqual([
      "Med framskrevet folketall blir det om lag 4 færre husholdninger fra 2025 til 2035, eller færre enn én per år. " +
        "Anslaget holder husholdningsstørrelsen fast på nivået fra 2025 (2,20 personer), fordi datagrunnlaget ikke gir en trend som kan videreføres.",
      "Det ble fullført færre enn én bolig per år i snitt i 2020–2024.",
      "Framskrivingen tilsier færre husholdninger; behovet gjelder da mer hva slags boliger som finnes enn hvor mange.",
      "Anslaget bygger ikke på aldersfordelingen og tar ikke hensyn til utrangering av boliger eller fritidsboliger som tas i bruk.",
    ]);
    expect(plain(section(model).blocks[1]!.source)).toBe(
      "Kilde: SSB, tabell 14288 (2024); SSB, tabell 06070 (2025); SSB, tabell 05940 (2020–2024); beregning: folketall delt på husholdningsstørrelsen i 2025",
    );
    const nn = sheetWith(decline, "nn");
    expect(needFinding(nn)).toBe(
      "Frå 2025 til 2035 tilseier framskrivinga om lag 4 færre hushald (færre enn eitt per år), medan det vart fullført i snitt 50 bustader per år i 2020–2024.",
    );
    expect(needText(nn)[0]).toMatch(/fordi datagrunnlaget ikkje gir ein trend som kan førast vidare\.$/);
  });

  it("says 'about as many households' in the finding and the text only when both ends round to at most one", () => {
    // +2 persons / 2,20 = 0,9 households over ten years, with a household size that has not changed.
    const projected = (year: number) => 1_000 + (year - 2024) * 0.2;
    const model = sheetWith({ projected, sizes: { from: 2014, size: () => 2.2 } });
    expect(needFinding(model)).toMatch(
      /^Fra 2025 til 2035 tilsier framskrivingen om lag like mange husholdninger, mens /,
    );
    expect(needText(model)[0]).toBe(
      "Med framskrevet folketall blir det om lag like mange husholdninger i 2035 som i 2025. " +
        "Det ene anslaget holder husholdningsstørrelsen fast på nivået fra 2025 (2,20 personer), og det andre lar den endre seg like mye per år fram til 2035 som i 2015–2025 (fra 2,20 til 2,20 personer).",
    );
    // The same population with Testvik's shrinking households is no longer "about as many":
    // 1 002,2 / 2,10 − 1 000,2 / 2,20 = 477,2 − 454,6 = +22,6.
    expect(needText(sheetWith({ projected }))[0]).toMatch(
      /^Med framskrevet folketall blir det mellom om lag like mange og 23 flere husholdninger/,
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
