import { describe, expect, it } from "vitest";
import { buildSheetModel } from "../../src/sheet/build.js";
import type { Block, ChartBlock, SheetModel, TableBlock, TextBlock } from "../../src/sheet/model.js";
import { makeTestInput, makeTestRecord } from "./fixture.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");

function block(model: SheetModel, section: string, title: string): Block {
  const found = model.sections.find((s) => s.id === section)?.blocks.find((b) => b.title.startsWith(title));
  if (!found) throw new Error(`no block «${title}» in ${section}`);
  return found;
}

describe("the sheet model of a hand-made municipality", () => {
  const model = buildSheetModel(makeTestInput());
  const figure = (label: string) => model.keyFigures.find((f) => f.label === label);

  it("prints the key figures worked out by hand", () => {
    expect(plain(figure("Folketall")!.value)).toBe("12 500"); // 10 000 + 25 × 100
    expect(plain(figure("Folketall")!.detail)).toBe("1. januar 2025, +8,7 % siden 2015"); // 12 500 / 11 500
    expect(plain(figure("Andel 67 år og eldre")!.value)).toBe("33,0 %"); // ages 67–99 of 0–99
    expect(plain(figure("Innvandrere")!.value)).toBe("10,0 %"); // 1 250 / 12 500
    expect(plain(figure("Fullførte boliger")!.value)).toBe("4,1"); // 50 per year over 12 000–12 400 inhabitants
    expect(plain(figure("Startlån")!.value)).toBe("1,9"); // 24 / 12 400 × 1000
    expect(plain(figure("Framskrevet folketall 2050")!.value)).toBe("13 700"); // 12 400 + 26 × 50
  });

  it("estimates the housing need as a range between today's household size and its trend carried on", () => {
    const need = block(model, "construction", "Boligbehov");
    expect(need.kind).toBe("text");
    // 2025→2035: 12 450 → 12 950 persons. Today's size: 500 / 2,20 = 227 households (two significant digits after
    // "om lag": 230), 23 a year. Trend: 2,30 in 2015 to 2,20 in 2025 is −0,01 a year, 2,10 in 2035:
    // 12 950 / 2,10 − 12 450 / 2,20 = 6 167 − 5 659 = 508 households (510), 51 a year.
    expect(plain((need as TextBlock).paragraphs[0]!)).toBe(
      "Med framskrevet folketall blir det mellom 230 og 510 flere husholdninger fra 2025 til 2035, eller mellom 23 og 51 per år. " +
        "Det ene anslaget holder husholdningsstørrelsen fast på nivået fra 2025 (2,20 personer), og det andre lar den endre seg like mye per år fram til 2035 som i 2015–2025 (fra 2,30 til 2,20 personer).",
    );
    expect(plain(need.source)).toBe(
      "Kilde: SSB, tabell 14288 (2024); SSB, tabell 06070 (2015–2025); SSB, tabell 05940 (2020–2024); " +
        "beregning: folketall delt på husholdningsstørrelse, fast og med endringen i 2015–2025 videreført",
    );
  });

  it("keeps SSB's symbols in tables and footnotes them, never printing 0 for a missing value", () => {
    const table = block(model, "husbanken", "Husbankens virkemidler") as TableBlock;
    expect(table.rows.at(-1)).toEqual(["2024", "24", "60,0", "300", "-", "5"]);
    const households = block(model, "population", "Husholdninger etter type");
    expect(households.footnotes.length).toBe(1);
    expect(model.footnotes[0]!.text).toContain("«:» at tallet er skjermet av personvernhensyn");
    const chart = households.kind === "chart" ? households.chart.data : [];
    expect(chart.some((row) => row.category === "Andre" && row.region === "Testvik")).toBe(false);
  });

  it("gives every column of the Husbanken table its unit", () => {
    const table = block(model, "husbanken", "Husbankens virkemidler") as TableBlock;
    expect(table.columns).toEqual([
      "År",
      "Startlån, antall lån",
      "Startlån, mill. kr",
      "Bostøtte, husstander i desember",
      "Tilskudd til utleieboliger, antall boliger",
      "Tilskudd til tilpasning, antall tilskudd",
    ]);
    const nn = block(buildSheetModel(makeTestInput({ lang: "nn" })), "husbanken", "Verkemidla") as TableBlock;
    expect(nn.columns.slice(1)).toEqual([
      "Startlån, tal på lån",
      "Startlån, mill. kr",
      "Bustøtte, hushald i desember",
      "Tilskot til utleigebustader, tal på bustader",
      "Tilskot til tilpassing, tal på tilskot",
    ]);
  });

  it("names the source table and year under every block", () => {
    expect(block(model, "population", "Befolkningsutvikling").source).toBe("Kilde: SSB, tabell 07459 (2000–2025)");
    expect(block(model, "housing", "Boforhold").source).toBe(
      "Kilde: SSB, tabell 11084 (2024); FHI (2024); SSB, tabell 06070 (2025)",
    );
  });

  it("lists each source with SSB's table number, title, the years shown and its Statistikkbanken link, no file paths", () => {
    expect(model.sources).toContain(
      "SSB, tabell 07459: Tabell 07459 (2000–2025). https://www.ssb.no/statbank/table/07459/",
    );
    expect(model.sources).toContain("Husbanken: Startlån, bostøtte og tilskudd per kommune og år (2020–2024)");
    expect(model.sources.filter((line) => /\.(json|csv)\b/.test(line))).toEqual([]);
    const nn = buildSheetModel(makeTestInput({ lang: "nn" }));
    expect(nn.sources).toContain("Husbanken: Startlån, bustøtte og tilskot per kommune og år (2020–2024)");
  });

  it("says the population change in words, unsigned, from the first year's 1 January", () => {
    expect(plain(model.sections[0]!.lead)).toBe(
      "Testvik hadde 12 500 innbyggere 1. januar 2025. Det er 25,0 % flere enn 1. januar 2000.",
    );
    const shrinking = buildSheetModel(
      makeTestInput({ record: makeTestRecord("4099", "Testvik", 1, -100), lang: "nn" }),
    );
    expect(plain(shrinking.sections[0]!.lead)).toMatch(
      /^Testvik hadde [\d ]+ innbyggjarar 1\. januar 2025\. Det er [\d,]+ % færre enn 1\. januar 2000\.$/,
    );
  });

  it("gives the official Sami name in the heading, each form in its language", () => {
    const record = { ...makeTestRecord("5612", "Kautokeino"), name: "Guovdageaidnu - Kautokeino" };
    const sheet = buildSheetModel(makeTestInput({ record }));
    expect(sheet.subtitle).toBe("Bolig og befolkning i Guovdageaidnu – Kautokeino");
    expect(sheet.subtitleParts).toContainEqual({ text: "Guovdageaidnu", lang: "se" });
    expect(sheet.pdf.title).toBe("Faktaark 2025: Guovdageaidnu – Kautokeino");
  });

  it("writes the same sheet in nynorsk", () => {
    const nn = buildSheetModel(makeTestInput({ lang: "nn" }));
    expect(nn.subtitle).toBe("Bustader og innbyggjarar i Testvik");
    expect(nn.keyFigures.map((f) => f.label)).toContain("Fullførte bustader");
    expect(nn.keyFigures.map((f) => f.label)).toContain("Delen 67 år og eldre");
    // One nynorsk form for Husbanken's means, in the heading and the table.
    expect(nn.sections.find((s) => s.id === "husbanken")!.heading).toBe("Verkemidla til Husbanken");
    expect(block(nn, "husbanken", "Verkemidla til Husbanken i Testvik").kind).toBe("table");
    expect(nn.keyFindings.map((finding) => finding.text)).toContain(
      "Testvik hadde 1,9 startlån per 1000 innbyggjarar i 2024, fleire enn landet (1,6), og 24,2 hushald per 1000 innbyggjarar fekk bustøtte.",
    );
    expect(nn.keyFindings.at(-1)?.text).toBe(
      "Testvik er nummer 12 av 357 kommunar i indikatormodellen for bustadsosiale utfordringar (1 = størst bustadsosiale utfordringar).",
    );
  });

  it("writes the model's notes as footnotes in the sheet's own written form", () => {
    const input = makeTestInput();
    const population = input.record.population!;
    const merged = { key: "merged", params: { fromYear: 2018, names: "Larvik og Lardal" } } as const;
    const record = { ...input.record, population: { ...population, notes: [merged] } };
    const footnotes = (lang: "nb" | "nn") =>
      buildSheetModel({ ...input, record, lang }).footnotes.map((note) => note.text);
    expect(footnotes("nb")).toContain(
      "Tallene før 2018 er summen av tidligere Larvik og Lardal, slik at de gjelder dagens kommunegrenser.",
    );
    expect(footnotes("nn")).toContain(
      "Tala før 2018 er summen av tidlegare Larvik og Lardal, slik at dei gjeld dagens kommunegrenser.",
    );
    const split = { key: "split", params: { year: 2024, oldName: "Ålesund", parts: "Ålesund og Haram" } } as const;
    const splitRecord = { ...input.record, population: { ...population, notes: [split] } };
    expect(buildSheetModel({ ...input, record: splitRecord, lang: "nn" }).footnotes[0]!.text).toBe(
      "Tal før 2024 manglar («..»): tidlegare Ålesund vart delt i Ålesund og Haram i 2024, og tala kan ikkje fordelast på dagens grenser.",
    );
  });

  it("marks sample data and fixes the PDF date from the data year", () => {
    expect(model.sampleNotice).toBe("Eksempeldata – ikke offisielle tall");
    expect(model.pdf.creationDate).toBe("2025-01-01T00:00:00Z");
    expect(
      buildSheetModel(makeTestInput({ dataset: { name: "x", isSample: false, dataYear: 2025 } })).sampleNotice,
    ).toBe("");
  });
});

describe("the rank in the comparison section", () => {
  const paragraphs = (input = makeTestInput()) =>
    (block(buildSheetModel(input), "comparison", "Slik er") as TextBlock).paragraphs.map(plain);

  it("says which end of the rank is the largest challenge", () => {
    expect(paragraphs()).toContain(
      "I indikatormodellen for boligsosiale utfordringer er Testvik nummer 12 av 357 kommuner i landet og nummer 2 av 17 i Telemark (1 = størst boligsosiale utfordringer).",
    );
  });

  it("gives no county rank in a county of one municipality", () => {
    const oslo = paragraphs(makeTestInput({ countyIsMunicipality: true }));
    expect(oslo).toContain(
      "I indikatormodellen for boligsosiale utfordringer er Testvik nummer 12 av 357 kommuner i landet (1 = størst boligsosiale utfordringer).",
    );
  });

  it("names each driver with its value, the mean of municipalities it is measured from, and its years", () => {
    expect(paragraphs()).toContain(
      "Modellen måler hver kommune mot gjennomsnittet av alle kommuner, der hver kommune teller likt, og ikke mot landet samlet. " +
        "Det som trekker mest opp, er andel 80 år og eldre (6,0 % mot 5,4 %, 2025) og startlån per 1000 innbyggere (2,3 mot 1,8, snitt 2022–2024).",
    );
  });

  it("says what pulls a score under the mean down, and that nothing raises it when nothing does", () => {
    const input = makeTestInput();
    const down = { ...input.rank!, direction: "down" as const, raisingCount: 0 };
    const driver = input.rank!.drivers[0]!;
    const text = paragraphs({ ...input, rank: { ...down, drivers: [{ ...driver, value: 3.8, mean: 6 }] } });
    expect(text).toContain(
      "Modellen måler hver kommune mot gjennomsnittet av alle kommuner, der hver kommune teller likt, og ikke mot landet samlet. " +
        "Testvik ligger samlet under gjennomsnittet, og det som trekker mest ned, er andel 80 år og eldre (3,8 % mot 6,0 %, 2025). " +
        "Ingen av de 12 indikatorene Testvik har tall for, trekker opp.",
    );
    const nn = buildSheetModel({ ...input, lang: "nn", rank: { ...down, raisingCount: 3, drivers: [driver] } });
    expect((block(nn, "comparison", "Slik er") as TextBlock).paragraphs.map(plain).join(" ")).toContain(
      "Testvik ligg samla under gjennomsnittet, og det som trekkjer mest ned, er",
    );
    expect((block(nn, "comparison", "Slik er") as TextBlock).paragraphs.map(plain).join(" ")).toContain(
      "3 av dei 12 indikatorane Testvik har tal for, trekkjer opp.",
    );
  });

  it("says how many years a mean rests on when its window has years without numbers", () => {
    const input = makeTestInput();
    const startLoans = input.rank!.drivers[1]!;
    const partial = {
      ...startLoans,
      source: { ...startLoans.source, fromYear: 2023, mean: { yearCount: 2, allYears: false } },
    };
    const text = paragraphs({ ...input, rank: { ...input.rank!, drivers: [partial] } }).join(" ");
    expect(text).toContain("startlån per 1000 innbyggere (2,3 mot 1,8, snitt 2023–2024, 2 år med tall)");
  });

  it("says the same in nynorsk", () => {
    const nn = (block(buildSheetModel(makeTestInput({ lang: "nn" })), "comparison", "Slik er") as TextBlock).paragraphs;
    expect(nn.map(plain)).toContain(
      "I indikatormodellen for bustadsosiale utfordringar er Testvik nummer 12 av 357 kommunar i landet og nummer 2 av 17 i Telemark (1 = størst bustadsosiale utfordringar).",
    );
  });
});

describe("the comparison chart", () => {
  const model = buildSheetModel(
    makeTestInput({
      benchmark: [
        {
          label: "Folketall",
          source: { publisher: "SSB", table: "07459", fromYear: 2025, toYear: 2025, mean: null },
          values: [
            { code: "4098", name: "Nabovik", role: "comparison", z: 0.5 },
            { code: "0", name: "Landet", role: "country", z: 0.3 },
            { code: "4099", name: "Testvik", role: "municipality", z: -7.2 },
          ],
        },
      ],
    }),
  );
  const chart = block(model, "comparison", "Nøkkeltall mot") as ChartBlock;

  it("draws an extreme value at the edge with its true value beside it", () => {
    expect(chart.chart.data.find((row) => row.region === "Testvik")).toMatchObject({ value: -3, label: "−7,2" });
    expect(chart.chart.data.find((row) => row.region === "Nabovik")).not.toHaveProperty("label");
  });

  it("names the publisher and the year of the values it compares", () => {
    expect(chart.source).toBe("Kilde: SSB (2025), sammenstilt for dette faktaarket");
  });

  it("says which years a mean with missing years rests on, and which indicators have no value", () => {
    const values = (z: number | null) => [
      { code: "4098", name: "Nabovik", role: "comparison" as const, z: 0.5 },
      ...(z === null ? [] : [{ code: "4099", name: "Testvik", role: "municipality" as const, z }]),
    ];
    const input = makeTestInput({
      benchmark: [
        {
          label: "Boligbygging per 1000 innbyggere",
          source: {
            publisher: "SSB",
            table: "05940",
            fromYear: 2024,
            toYear: 2025,
            mean: { yearCount: 2, allYears: false },
          },
          values: values(-0.4),
        },
        { label: "Andel som leier", source: null, values: values(null) },
      ],
    });
    const partial = buildSheetModel(input);
    const benchmark = block(partial, "comparison", "Nøkkeltall mot") as ChartBlock;
    expect(benchmark.chart.data.map((row) => row.indicator)).not.toContain("Andel som leier");
    const notes = benchmark.footnotes.map((n) => partial.footnotes.find((f) => f.number === n)?.text);
    expect(notes).toContain(
      "Boligbygging per 1000 innbyggere for Testvik er snittet for 2024–2025, de to årene med tall.",
    );
    expect(notes).toContain("Testvik mangler tall for andel som leier, som derfor ikke er med.");
    expect(benchmark.source).toBe("Kilde: SSB (2024–2025), sammenstilt for dette faktaarket");
  });

  it("says where zero is and why the country is off it, and that values are cut", () => {
    expect(chart.footnotes.map((n) => model.footnotes.find((f) => f.number === n)?.text)).toEqual([
      "Null er gjennomsnittet av kommunene, der hver kommune teller likt; landet ligger ikke på null fordi store kommuner veier mer i landstallet.",
      "Verdier utenfor ±3 standardavvik er tegnet ved kanten, med den faktiske verdien ved siden av.",
    ]);
  });
});
