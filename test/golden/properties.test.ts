// Properties of all 357 sample sheets in both written forms: every direction word agrees with the figures it
// describes, every growth names the year it counts from, and ranks are shared by equal printed scores.
// The truth comes from the functions the sheet itself uses (src/sheet/figures.ts, the indicator catalogue), so a
// failure points at a sentence that says something its own numbers do not.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { computeProjectedChange, projectionStart } from "../../src/indicators/catalogue.js";
import { parseIndicatorModel } from "../../src/indicators/model.js";
import { rankMunicipalities, SCORE_DECIMALS } from "../../src/indicators/rank.js";
import { loadDataset } from "../../src/model/load.js";
import { DEFAULT_INDICATOR_MODEL } from "../../src/data/config-files.js";
import { SheetPlanner } from "../../src/pipeline.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import type { SheetInput } from "../../src/sheet/context.js";
import { changeBetween, indicator, indicatorNumber, latestNumber, numberAt } from "../../src/sheet/figures.js";
import { formatNumber, formatPercent, type Lang } from "../../src/sheet/format.js";
import type { SheetModel, TextBlock } from "../../src/sheet/model.js";
import { estimateHousingNeed } from "../../src/sheet/housing-need.js";
import { formatAbout, recentCompletions } from "../../src/sheet/sections/construction.js";
import { husbankenPer1000 } from "../../src/sheet/sections/husbanken.js";
import { loadSheetTexts } from "../../src/sheet/texts.js";
import { checkSentences } from "../../src/verify/checks.js";

/** The direction words of each written form, as templates/<lang>/tekster.json and funn.hbs use them. */
const WORDS = {
  nb: {
    rose: "økte",
    fell: "gikk ned",
    willRise: "øke",
    willFall: "gå ned",
    more: "flere",
    fewer: "færre",
    above: "over",
    below: "under",
    within: "innenfor",
    higher: "høyere",
    lower: "lavere",
    growth: "vekst",
    decline: "nedgang",
    rankKey: "(1 = størst boligsosiale utfordringer)",
  },
  nn: {
    rose: "auka",
    fell: "gjekk ned",
    willRise: "auke",
    willFall: "gå ned",
    more: "fleire",
    fewer: "færre",
    above: "over",
    below: "under",
    within: "innanfor",
    higher: "høgare",
    lower: "lågare",
    growth: "vekst",
    decline: "nedgang",
    rankKey: "(1 = størst bustadsosiale utfordringar)",
  },
} as const;

const LANGS: readonly Lang[] = ["nb", "nn"];
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
/** A printed percentage as the sentence prints it, with plain spaces. */
const percent = (value: number, decimals: number) => plain(formatPercent(value, decimals));

interface Sheet {
  readonly input: SheetInput;
  readonly model: SheetModel;
  readonly words: (typeof WORDS)[Lang];
}

let planner: SheetPlanner;
const sheets: Sheet[] = [];
/** Sentences checked per property, so a regex that silently stops matching fails the test instead of passing it. */
const checked = new Map<string, number>();

function count(property: string): void {
  checked.set(property, (checked.get(property) ?? 0) + 1);
}

beforeAll(async () => {
  planner = await SheetPlanner.create(await loadDataset("data/sample"));
  for (const lang of LANGS) {
    const texts = loadSheetTexts(lang);
    for (const record of planner.records) {
      const input = planner.inputFor(record, texts);
      sheets.push({ input, model: buildSheetModel(input, texts), words: WORDS[lang] });
    }
  }
});

function paragraphsOf(model: SheetModel, sectionId: string, title: string): string[] {
  const block = model.sections
    .find((section) => section.id === sectionId)
    ?.blocks.find((b) => b.kind === "text" && b.title === title) as TextBlock | undefined;
  return (block?.paragraphs ?? []).map(plain);
}

function findingMatching(model: SheetModel, pattern: RegExp): RegExpMatchArray | null {
  for (const finding of model.keyFindings) {
    const match = plain(finding.text).match(pattern);
    if (match) return match;
  }
  return null;
}

function label(sheet: Sheet): string {
  return `${sheet.input.record.code} ${sheet.input.record.shortName} (${sheet.input.lang})`;
}

describe("direction words on all sample sheets", () => {
  it("has one sheet per municipality in each written form", () => {
    expect(sheets.length).toBe(2 * planner.records.length);
    expect(planner.records.length).toBe(357);
  });

  it("says the population rose or fell over ten years as its own and the country's series did (key finding)", () => {
    for (const sheet of sheets) {
      const { record, country } = sheet.input;
      const w = sheet.words;
      const match = findingMatching(
        sheet.model,
        new RegExp(
          `(${w.rose}|${w.fell}) med ([\\d ,]+ %) fr[aå] (\\d{4}) til (\\d{4}), mot ei?n (${w.growth}|${w.decline}) på ([\\d ,]+ %)`,
        ),
      );
      if (!match) continue;
      const [, word, printed, from, to, countryWord, countryPrinted] = match;
      const total = record.population?.data.total;
      expect(Number(to), label(sheet)).toBe(latestNumber(total)?.year);
      const own = changeBetween(total, Number(from), Number(to))!;
      const national = changeBetween(country.population?.data.total, Number(from), Number(to))!;
      expect(word, label(sheet)).toBe(own.absolute >= 0 ? w.rose : w.fell);
      expect(printed, label(sheet)).toBe(percent(Math.abs(own.percent), 1));
      expect(countryWord, label(sheet)).toBe(national.absolute >= 0 ? w.growth : w.decline);
      expect(countryPrinted, label(sheet)).toBe(percent(Math.abs(national.percent), 1));
      count("growth finding");
    }
    expect(checked.get("growth finding")).toBeGreaterThan(600);
  });

  it("puts the share of 67+ over or under the country's as the printed shares are", () => {
    for (const sheet of sheets) {
      const { record, country } = sheet.input;
      const w = sheet.words;
      const match = findingMatching(
        sheet.model,
        new RegExp(
          `^([\\d ,]+ %) av \\S+ er 67 år eller eldre, (?:på linje med landssnittet|(${w.above}|${w.below}) landssnittet på ([\\d ,]+ %))`,
        ),
      );
      if (!match) continue;
      const [, printed, word, countryPrinted] = match;
      const own = indicatorNumber(record, "andel_67_pluss")!;
      const national = indicatorNumber(country, "andel_67_pluss")!;
      expect(printed, label(sheet)).toBe(percent(own, 1));
      count("elderly finding");
      // "over 16,6 %" beside a printed 16,6 % would contradict what the reader sees: equal as printed has no direction.
      if (word === undefined) {
        expect(percent(national, 1), label(sheet)).toBe(printed);
        continue;
      }
      expect(countryPrinted, label(sheet)).toBe(percent(national, 1));
      expect(word, label(sheet)).toBe(own > national ? w.above : w.below);
      expect(printed, `${label(sheet)}: ${word} with equal printed shares`).not.toBe(countryPrinted);
    }
    expect(checked.get("elderly finding")).toBeGreaterThan(600);
  });

  it("says the 80+ will rise or fall as the projection does, counting from the latest registered year", () => {
    for (const sheet of sheets) {
      const { record } = sheet.input;
      const w = sheet.words;
      const growth80 = indicator(record, "framskrevet_vekst_80_pluss");
      const moving = findingMatching(
        sheet.model,
        new RegExp(`over 80 år .*? (${w.willRise}|${w.willFall}) med (\\d[\\d ]* %) fr[aå] (\\d{4}) til (\\d{4})`),
      );
      const stable = findingMatching(sheet.model, /over 80 år .*? (?:være omtrent|vere om lag) det same? i (\d{4}) som i (\d{4})/);
      if (!growth80) {
        expect(moving ?? stable, label(sheet)).toBeNull();
        continue;
      }
      const start = projectionStart(record, null)!;
      if (Math.abs(growth80.value) < 0.5) {
        expect(stable?.[2], label(sheet)).toBe(String(start.year));
      } else {
        const [, word, printed, from] = moving!;
        expect(word, label(sheet)).toBe(growth80.value > 0 ? w.willRise : w.willFall);
        expect(printed, label(sheet)).toBe(percent(Math.abs(growth80.value), 0));
        expect(Number(from), label(sheet)).toBe(start.year);
      }
      count("80+ finding");
    }
    expect(checked.get("80+ finding")).toBeGreaterThan(600);
  });

  it("gives the housing need as a range whose ends are in order and whose words agree with their signs", () => {
    for (const sheet of sheets) {
      const { record, dataset } = sheet.input;
      const w = sheet.words;
      const need = estimateHousingNeed(record, dataset.dataYear);
      const paragraphs = paragraphsOf(sheet.model, "construction", sheet.input.lang === "nb" ? "Boligbehov" : "Bustadbehov");
      const first = paragraphs[0] ?? "";
      const finding = findingMatching(
        sheet.model,
        /^Fr[aå] (\d{4}) til (\d{4}) tils(?:ier|eier) framskriving(?:en|a) (.+?)(?: \([^)]*per år\))?, me(?:ns|dan) /,
      );
      if (!need) {
        expect(finding, label(sheet)).toBeNull();
        continue;
      }
      expect(need.low, label(sheet)).toBeLessThanOrEqual(need.high);
      const change = first.match(/^Med framskr\S+ folketal\S* blir det (.+?) fr[aå] (\d{4}) til (\d{4})(?:, eller [^.]+)?\./);
      const stable = first.match(/^Med framskr\S+ folketal\S* blir det om lag like mange \S+ i (\d{4}) som i (\d{4})\./);
      expect(change ?? stable, `${label(sheet)}: ${first}`).not.toBeNull();
      const phrase = change ? change[1]! : "";
      expect(change ? [change[2], change[3]] : [stable![2], stable![1]], label(sheet)).toEqual([
        String(need.fromYear),
        String(need.toYear),
      ]);
      const about = (value: number) => plain(formatAbout(value));
      const sign = (value: number) => (Math.abs(value) < 1.5 ? 0 : Math.sign(value));
      const [low, high] = [sign(need.low), sign(need.high)];
      const words = `(${w.more}|${w.fewer})`;
      const between = phrase.match(new RegExp(`^mellom ([\\d ]+) og ([\\d ]+) ${words} `));
      const single = phrase.match(new RegExp(`^om lag ([\\d ]+) ${words} `));
      if (stable || phrase.startsWith("om lag like mange")) expect([low, high], label(sheet)).toEqual([0, 0]);
      else if (phrase.startsWith(`mellom om lag like mange og ${about(need.high)} ${w.more} `))
        expect([low, high], label(sheet)).toEqual([0, 1]);
      else if (phrase.startsWith(`mellom ${about(need.low)} ${w.fewer} og om lag like mange `))
        expect([low, high], label(sheet)).toEqual([-1, 0]);
      else if (phrase.startsWith(`mellom ${about(need.low)} ${w.fewer} og ${about(need.high)} ${w.more} `))
        expect([low, high], label(sheet)).toEqual([-1, 1]);
      else if (between) {
        const [, smaller, larger, word] = between;
        expect([low, high], label(sheet)).toEqual(word === w.more ? [1, 1] : [-1, -1]);
        // Sizes, smaller first: the ends in order.
        expect(Number(smaller!.replace(/ /g, "")), label(sheet)).toBeLessThan(Number(larger!.replace(/ /g, "")));
        expect([smaller, larger], label(sheet)).toEqual(
          word === w.more ? [about(need.low), about(need.high)] : [about(need.high), about(need.low)],
        );
      } else {
        expect(single, `${label(sheet)}: ${phrase}`).not.toBeNull();
        const [, printed, word] = single!;
        expect([low, high], label(sheet)).toEqual(word === w.more ? [1, 1] : [-1, -1]);
        expect([about(need.low), about(need.high)], label(sheet)).toEqual([printed, printed]);
      }
      count("need section");
      // The method sentence names the years each end rests on.
      expect(first, label(sheet)).toContain(
        need.trend ? `som i ${need.trend.fromYear}–${need.sizeYear} (fr` : `fast på nivået fr${first.includes("frå") ? "å" : "a"} ${need.sizeYear}`,
      );
      if (finding) {
        expect([finding[1], finding[2]], label(sheet)).toEqual([String(need.fromYear), String(need.toYear)]);
        expect(finding[3], label(sheet)).toBe(stable ? first.match(/blir det (om lag like mange \S+)/)![1] : phrase);
        count("need finding");
      }
    }
    expect(checked.get("need finding")).toBeGreaterThan(500);
    expect(checked.get("need section")).toBeGreaterThan(600);
  });

  it("puts the building rate over, under or within the need as the mean completions and the printed range are", () => {
    for (const sheet of sheets) {
      const { record, dataset } = sheet.input;
      const w = sheet.words;
      const need = estimateHousingNeed(record, dataset.dataYear);
      const recent = recentCompletions(record);
      const paragraphs = paragraphsOf(sheet.model, "construction", sheet.input.lang === "nb" ? "Boligbehov" : "Bustadbehov");
      const verdict = paragraphs
        .map((p) => p.match(new RegExp(`^Byggj?etakt(?:en|a) i \\S+ ligg(?:er)? (${w.above}|${w.below}|${w.within}) `)))
        .find((m) => m !== null);
      const decline = paragraphs.some((p) => /^Framskriving(?:en|a) tils(?:ier|eier) færre/.test(p));
      if (!need || !recent) continue;
      const years = need.toYear - need.fromYear;
      // What the sheet prints a year: "om lag" rounding, or the exact figure under one ("færre enn én").
      const printed = (households: number) => {
        const perYear = households / years;
        return perYear < 0.5 ? perYear : Number(plain(formatAbout(perYear)).replace(/ /g, ""));
      };
      if (decline) {
        expect(need.high, label(sheet)).toBeLessThanOrEqual(-1.5);
        count("need verdict");
      }
      if (!verdict) continue;
      const word = verdict[1];
      if (Math.abs(need.high) < 1.5) expect(word, label(sheet)).toBe(w.above);
      else if (recent.mean >= printed(need.high)) expect(word, label(sheet)).toBe(w.above);
      else if (need.low >= 1.5 && recent.mean < printed(need.low)) expect(word, label(sheet)).toBe(w.below);
      else expect(word, `${label(sheet)}: mean ${recent.mean}, range ${need.low}–${need.high}`).toBe(w.within);
      count("need verdict");
    }
    expect(checked.get("need verdict")).toBeGreaterThan(500);
  });

  it("says more or fewer startlån than the country as the printed numbers per 1000 are", () => {
    for (const sheet of sheets) {
      const { record, country } = sheet.input;
      const w = sheet.words;
      const match = findingMatching(
        sheet.model,
        new RegExp(`hadde ([\\d ,]+) startlån per 1000 \\S+ i (\\d{4}), (like mange som|${w.more} enn|${w.fewer} enn) landet \\(([\\d ,]+)\\)`),
      );
      if (!match) continue;
      const [, printed, year, word, countryPrinted] = match;
      const own = husbankenPer1000(record, "startLoanCount", Number(year))!;
      const national = husbankenPer1000(country, "startLoanCount", Number(year))!;
      expect(printed, label(sheet)).toBe(plain(formatNumber(own, 1)));
      expect(countryPrinted, label(sheet)).toBe(plain(formatNumber(national, 1)));
      count("startlån finding");
      if (word === "like mange som") {
        expect(printed, label(sheet)).toBe(countryPrinted);
        continue;
      }
      expect(word, label(sheet)).toBe(own > national ? `${w.more} enn` : `${w.fewer} enn`);
      expect(printed, `${label(sheet)}: ${word} with equal printed numbers`).not.toBe(countryPrinted);
    }
    expect(checked.get("startlån finding")).toBeGreaterThan(600);
  });

  it("says more or fewer inhabitants than in the first year as the series does (population lead)", () => {
    for (const sheet of sheets) {
      const { record } = sheet.input;
      const w = sheet.words;
      const lead = plain(sheet.model.sections.find((s) => s.id === "population")!.lead);
      const match = lead.match(new RegExp(`Det er (?:like mange som|([\\d ,]+ %) (${w.more}|${w.fewer}) enn) 1\\. januar (\\d{4})`));
      if (!match) continue;
      const [, printed, word, from] = match;
      const total = record.population?.data.total;
      const change = changeBetween(total, Number(from), latestNumber(total)!.year)!;
      if (printed === undefined) expect(percent(Math.abs(change.percent), 1), label(sheet)).toBe(percent(0, 1));
      else {
        expect(word, label(sheet)).toBe(change.percent > 0 ? w.more : w.fewer);
        expect(printed, label(sheet)).toBe(percent(Math.abs(change.percent), 1));
        expect(printed, `${label(sheet)}: ${word} with 0,0 %`).not.toBe(percent(0, 1));
      }
      count("population lead");
    }
    expect(checked.get("population lead")).toBeGreaterThan(600);
  });

  it("says the population rose or fell in the index chart's alternative text as the series did", () => {
    for (const sheet of sheets) {
      const { record, country } = sheet.input;
      const w = sheet.words;
      const chart = sheet.model.sections.find((s) => s.id === "population")!.blocks[0]!;
      if (chart.kind !== "chart") continue;
      const match = plain(chart.alt).match(
        new RegExp(
          `(${w.rose}|${w.fell}) fr[aå] [\\d ]+ i (\\d{4}) til [\\d ]+ i (\\d{4}) \\(([^)]+)\\), mot ei?n (${w.growth}|${w.decline}) på (\\S+ %) for landet`,
        ),
      );
      expect(match, `${label(sheet)}: ${chart.alt}`).not.toBeNull();
      const [, word, from, to, printed, countryWord, countryPrinted] = match!;
      const total = record.population?.data.total;
      const own = changeBetween(total, Number(from), Number(to))!;
      const national = changeBetween(country.population?.data.total, Number(from), Number(to))!;
      expect(word, label(sheet)).toBe(own.absolute >= 0 ? w.rose : w.fell);
      // The signed figure beside the word has the same sign.
      expect(printed!.startsWith("−"), label(sheet)).toBe(own.absolute < 0 && printed !== percent(0, 1));
      // The country's change is written as a word and an unsigned figure.
      expect(countryWord, label(sheet)).toBe(national.absolute >= 0 ? w.growth : w.decline);
      expect(countryPrinted, label(sheet)).toBe(percent(Math.abs(national.percent), 1));
      count("index alt");
    }
    expect(checked.get("index alt")).toBeGreaterThan(600);
  });

  it("notes, under the projection chart, exactly the registered figures outside the band, on the right side", () => {
    for (const sheet of sheets) {
      const { record } = sheet.input;
      const w = sheet.words;
      const chart = sheet.model.sections.find((s) => s.id === "projection")!.blocks[0]!;
      if (chart.kind !== "chart") continue;
      const now = latestNumber(record.population?.data.total)!;
      const low = numberAt(record.projection?.data.low, now.year);
      const high = numberAt(record.projection?.data.high, now.year);
      const outside = low !== null && high !== null && (now.value < low || now.value > high);
      count("band checked");
      const match = chart.note ? plain(chart.note).match(new RegExp(`er (${w.lower}|${w.higher}) enn hei?le spennet`)) : null;
      expect(match !== null, `${label(sheet)}: ${chart.note ?? "no note"}`).toBe(outside);
      if (!match) continue;
      expect(match[1], label(sheet)).toBe(now.value < low! ? w.lower : w.higher);
      count("band note");
    }
    expect(checked.get("band checked")).toBe(sheets.length);
  });
});

describe("what every sentence rests on, on all sample sheets", () => {
  it("has no sentence whose numbers, direction words or missing values the statement check objects to", () => {
    const problems = sheets.flatMap((sheet) =>
      checkSentences(sheet.model).map((problem) => `${label(sheet)}: ${problem.message}`),
    );
    expect(problems).toEqual([]);
    expect(sheets.reduce((sum, sheet) => sum + sheet.model.statements.length, 0)).toBeGreaterThan(357 * 2 * 30);
  });
});

describe("base years of growth figures on all sample sheets", () => {
  it("prints the key figures' growths with the year they count from", () => {
    for (const sheet of sheets) {
      const { record, lang } = sheet.input;
      const since = lang === "nb" ? "siden" : "sidan";
      const from = lang === "nb" ? "fra" : "frå";
      const total = record.population?.data.total;
      const latest = latestNumber(total)!;
      const population = plain(sheet.model.keyFigures[0]!.detail);
      const match = population.match(new RegExp(`^1\\. januar (\\d{4}), ([+−]?[\\d ,]+ %) ${since} (\\d{4})$`));
      expect(match, `${label(sheet)}: ${population}`).not.toBeNull();
      expect(Number(match![1]), label(sheet)).toBe(latest.year);
      const change = changeBetween(total, Number(match![3]), latest.year)!;
      expect(match![2]!.startsWith("−"), label(sheet)).toBe(change.percent < 0 && match![2] !== percent(0, 1));
      count("key figure growth");
      const projected = sheet.model.keyFigures.find((figure) => /^Framskr[ei]v/.test(figure.label));
      if (!projected) continue;
      const detail = plain(projected.detail).match(new RegExp(`^([+−]?[\\d ,]+ %) ${from} (\\d{4})$`));
      expect(detail, `${label(sheet)}: ${projected.detail}`).not.toBeNull();
      const toYear = record.projection!.data.main.at(-1)!.year;
      const expected = computeProjectedChange(record, null, toYear)!;
      // A growth counts from the latest registered year, not the projection's base year.
      expect(Number(detail![2]), label(sheet)).toBe(latest.year);
      expect(expected.fromYear, label(sheet)).toBe(latest.year);
      expect(detail![1]!.startsWith("−"), label(sheet)).toBe(expected.percent < 0 && detail![1] !== percent(0, 1));
      count("key figure growth");
    }
    expect(checked.get("key figure growth")).toBeGreaterThan(1200);
  });

  it("has a year right after every percentage of a growth sentence", () => {
    // The sentences that state a growth: findings on population and the 80+, the age projection's and the
    // population index's alternative texts, and drivers that are growths. A share ("18,4 % av innbyggerne") is not
    // one.
    const yearAfter = /% (?:fra|frå|siden|sidan|, \d{4}|til) ?(\d{4})?/;
    for (const sheet of sheets) {
      const { lang } = sheet.input;
      const growthSentences = [
        ...sheet.model.keyFindings.map((f) => f.text).filter((f) => /^Folketal|over 80 år/.test(plain(f))),
        ...sheet.model.sections
          .flatMap((section) => section.blocks)
          .flatMap((block) => (block.kind === "chart" && /80 år og eldre/.test(block.alt) ? [block.alt] : [])),
      ].map(plain);
      for (const sentence of growthSentences) {
        // The 80+ part of the elderly finding: from "80 år" on.
        const growth = sentence.includes("80 år") ? sentence.slice(sentence.indexOf("80 år")) : sentence;
        for (const match of growth.matchAll(/[\d,]+ %/g)) {
          const after = growth.slice(match.index! + match[0].length - 1, match.index! + match[0].length + 12);
          const inSentence = /\d{4}/.test(growth.slice(0, match.index));
          // Either "… % fra 2026 til …", or the period already named before the figure in the same sentence.
          expect(yearAfter.test(after) || inSentence, `${label(sheet)} [${lang}]: ${sentence}`).toBe(true);
          count("growth sentence");
        }
      }
      const drivers = paragraphsOf(sheet.model, "comparison", lang === "nb" ? "Slik er sammenligningen gjort" : "Slik er samanlikninga gjord")
        .filter((p) => p.includes(" mot "));
      for (const driver of sheet.input.rank?.drivers ?? []) {
        const { fromYear, toYear } = driver.source;
        if (fromYear === null || toYear === null || fromYear === toYear) continue;
        expect(drivers.join(" "), label(sheet)).toContain(`${fromYear}–${toYear}`);
        count("growth sentence");
      }
    }
    expect(checked.get("growth sentence")).toBeGreaterThan(1400);
  });
});

/** Keys of a record part that hold a year or an age, not a figure. */
const NOT_FIGURES = new Set(["year", "ageYear", "baseYear", "first", "last"]);

/** Whether a part of a record holds a figure: a number, or a symbol other than SSB's ".." (missing); a suppressed
 * ":" is a published statement about its year, which the sheet prints. */
function holdsFigure(node: unknown): boolean {
  if (typeof node === "number") return true;
  if (typeof node === "string") return node !== "..";
  if (Array.isArray(node)) return node.some(holdsFigure);
  if (node && typeof node === "object")
    return Object.entries(node).some(([key, value]) => !NOT_FIGURES.has(key) && holdsFigure(value));
  return false;
}

/** The years a part of a record has figures for: series points with a figure, and the year of a one-year part. */
function yearsWithFigures(node: unknown, years = new Set<number>()): Set<number> {
  if (Array.isArray(node)) for (const item of node) yearsWithFigures(item, years);
  else if (node && typeof node === "object") {
    const object = node as Record<string, unknown>;
    for (const key of ["year", "ageYear", "baseYear"]) {
      const year = object[key];
      if (typeof year === "number" && holdsFigure(object)) years.add(year);
    }
    for (const [key, value] of Object.entries(object)) if (!NOT_FIGURES.has(key)) yearsWithFigures(value, years);
  }
  return years;
}

const RECORD_PARTS = [
  "population",
  "immigrants",
  "households",
  "dwellings",
  "tenure",
  "crowding",
  "construction",
  "projection",
  "municipalDwellings",
  "lowIncome",
  "housePrices",
  "socialAssistance",
  "refugees",
  "husbanken",
] as const;

/** The years a source has figures for in the regions a sheet shows (the municipality, its county, the country). */
function sourceYears(sheet: Sheet, publisher: string, table: string | undefined): Set<number> {
  const years = new Set<number>();
  for (const region of [sheet.input.record, sheet.input.county, sheet.input.country])
    for (const name of RECORD_PARTS) {
      const part = region[name];
      if (part && part.source.publisher === publisher && (table === undefined || part.source.table === table))
        yearsWithFigures(part.data, years);
    }
  return years;
}

/** "SSB, tabell 05940 (2016–2025)", "FHI (2025)", "Husbanken (2021–2025)" in a source line or the source list. */
const SOURCE_YEARS = /(SSB|FHI|Husbanken)(?:, tabell (\d{5}))?(?:: [^()]*?)? \((\d{4})(?:–(\d{4}))?\)/g;

describe("source years on all sample sheets", () => {
  it("states, under every block and in the source list, only years the source has figures for", () => {
    for (const sheet of sheets) {
      const lines = [
        ...sheet.model.sections.flatMap((section) => section.blocks.map((block) => block.source)),
        ...sheet.model.sourceEntries.map((entry) => entry.parts.map((part) => part.text).join("")),
      ];
      for (const line of lines.map(plain))
        for (const [, publisher, table, from, to] of line.matchAll(SOURCE_YEARS)) {
          const years = sourceYears(sheet, publisher!, table);
          for (const year of [from, to ?? from].map(Number))
            expect(years.has(year), `${label(sheet)}: ${line} (${year} has no figures)`).toBe(true);
          count("source years");
        }
    }
    expect(checked.get("source years")).toBeGreaterThan(sheets.length * 15);
  });

  it("states Haram's construction from 2024, the year it was split from Ålesund", () => {
    const haram = sheets.find((sheet) => sheet.input.record.code === "1580" && sheet.input.lang === "nb")!;
    const chart = haram.model.sections.find((s) => s.id === "construction")!.blocks[0]!;
    expect(chart.source).toBe("Kilde: SSB, tabell 05940 (2024–2025)");
    expect(haram.model.sources.find((line) => line.startsWith("SSB, tabell 05940"))).toContain("(2024–2025)");
  });
});

describe("ranks on all sample sheets", () => {
  it("gives equal printed scores one rank, counted as 1 + the municipalities with a larger printed score", () => {
    const model = parseIndicatorModel(readFileSync(DEFAULT_INDICATOR_MODEL, "utf8"), DEFAULT_INDICATOR_MODEL);
    const ranking = rankMunicipalities(planner.records, model);
    // The same ranking from the records in reverse order: ties must not be broken by where a record happens to be.
    const reversed = rankMunicipalities([...planner.records].reverse(), model);
    const printed = new Map(ranking.rows.map((row) => [row.code, formatNumber(row.score, SCORE_DECIMALS)]));
    const value = (code: string) => Number(printed.get(code)!.replace(/\s/g, "").replace(",", ".").replace("−", "-"));
    let ties = 0;
    for (const sheet of sheets) {
      const { record, rank } = sheet.input;
      const row = ranking.rows.find((r) => r.code === record.code);
      expect(rank === null, label(sheet)).toBe(row === undefined);
      if (!rank || !row) continue;
      const mine = value(record.code);
      const above = ranking.rows.filter((r) => value(r.code) > mine);
      expect(rank.national, label(sheet)).toBe(above.length + 1);
      expect(rank.county, label(sheet)).toBe(above.filter((r) => r.county.code === record.county.code).length + 1);
      expect(reversed.rows.find((r) => r.code === record.code)?.rankNational, label(sheet)).toBe(rank.national);
      if (ranking.rows.some((r) => r.code !== record.code && value(r.code) === mine)) ties++;
      const sentences = [
        ...sheet.model.keyFindings.map((finding) => finding.text),
        ...paragraphsOf(sheet.model, "comparison", sheet.input.lang === "nb" ? "Slik er sammenligningen gjort" : "Slik er samanlikninga gjord"),
      ].map(plain);
      const rankSentences = sentences.filter((s) => / nummer \d+ av \d+ /.test(s));
      expect(rankSentences.length, label(sheet)).toBe(2);
      for (const sentence of rankSentences) {
        expect(sentence, label(sheet)).toContain(` nummer ${rank.national} av ${rank.nationalCount} `);
        expect(sentence, label(sheet)).toContain(sheet.words.rankKey);
        count("rank sentence");
      }
    }
    // The sample has ties (Aurskog-Høland and Frogn share 9): the property is not vacuous.
    expect(ties).toBeGreaterThan(0);
    expect(checked.get("rank sentence")).toBeGreaterThan(1200);
  });
});

describe("what was checked", () => {
  it("lists the sentences checked per property", () => {
    console.log([...checked].map(([property, n]) => `${property}: ${n}`).join("\n"));
    expect(checked.size).toBeGreaterThan(0);
  });
});
