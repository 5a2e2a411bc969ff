import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { compileSheetTexts, listTextKeys, loadSheetTexts } from "../../src/sheet/texts.js";

const read = (lang: string, file: string) =>
  readFileSync(new URL(`../../templates/${lang}/${file}`, import.meta.url), "utf8");

describe("sheet texts", () => {
  it("has every text in both bokmål and nynorsk", () => {
    expect(listTextKeys(read("nn", "tekster.json"))).toEqual(listTextKeys(read("nb", "tekster.json")));
  });

  it("fills in Handlebars values without HTML escaping", () => {
    const nb = loadSheetTexts("nb");
    expect(nb.text("subtitle", { name: "Våler (Innlandet) & co" })).toBe(
      "Bolig og befolkning i Våler (Innlandet) & co",
    );
    expect(loadSheetTexts("nn").text("subtitle", { name: "Voss" })).toBe("Bustader og innbyggjarar i Voss");
  });

  it("gives every text, with or without values to fill in, as Handlebars renders it", () => {
    // Every figure a {{dir}} in the texts reads.
    const signed = { difference: 3, countryDifference: 3, change: 3, change80: 3, changeTotal: 3, households: 3 };
    const context = {
      name: "Våler (Innlandet) & co",
      year: 2026,
      count: 357,
      value: "12,5 %",
      ...signed,
      low: 3,
      high: 3,
      belowOne: 3,
    };
    const handlebars = Handlebars.create();
    handlebars.registerHelper("dir", (value: number, up: string, down: string) => (value > 0 ? up : down));
    for (const lang of ["nb", "nn"] as const) {
      const texts = loadSheetTexts(lang);
      const tree = JSON.parse(read(lang, "tekster.json")) as Record<string, unknown>;
      for (const key of listTextKeys(read(lang, "tekster.json"))) {
        const source = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
        const expected = handlebars
          .compile(source as string, { noEscape: true, strict: false })(context)
          .trim();
        expect({ key, text: texts.text(key, context) }).toEqual({ key, text: expected });
      }
    }
    const plain = compileSheetTexts(
      "nb",
      { path: "t.json", content: JSON.stringify({ a: "  Kilde: SSB } og {x} \\ «ok»  " }) },
      { path: "funn.hbs", content: "" },
    );
    expect(plain.text("a", context)).toBe("Kilde: SSB } og {x} \\ «ok»");
  });

  it("drops findings whose values are missing", () => {
    const findings = loadSheetTexts("nb").findings({ name: "Testvik", rank: { national: 12, count: 357 } });
    expect(findings.map((finding) => finding.statement.text)).toEqual([
      "Testvik er nummer 12 av 357 kommuner i indikatormodellen for boligsosiale utfordringer (1 = størst boligsosiale utfordringer).",
    ]);
  });

  it("writes a direction word from the sign of its figure and keeps the two together for verify", () => {
    const texts = compileSheetTexts(
      "nb",
      {
        path: "t.json",
        content: JSON.stringify({
          a: '{{name}} har {{n}} {{dir d "flere" "færre" "like mange"}} enn i fjor, og 3 over.',
        }),
      },
      {
        path: "funn.hbs",
        content:
          '{{#finding "a"}}A {{dir a "økte" "gikk ned"}}.{{/finding}}\n\n{{#finding "b"}}B {{dir b "økte" "gikk ned"}} med {{p}}.{{/finding}}',
      },
    );
    expect(texts.statement("a", { name: "Testvik", n: "1\u00a0300", d: -1300 })).toEqual({
      text: "Testvik har 1\u00a0300 færre enn i fjor, og 3 over.",
      figures: ["3", "1\u00a0300", "1300"],
      directions: [{ word: "færre", value: -1300 }],
    });
    expect(texts.statement("a", { name: "Testvik", n: "0", d: 0 }).text).toBe(
      "Testvik har 0 like mange enn i fjor, og 3 over.",
    );
    expect(texts.findings({ a: 2, b: -0.5, p: "0,5 %" })).toEqual([
      { id: "a", statement: { text: "A økte.", figures: ["2", "0,5"], directions: [{ word: "økte", value: 2 }] } },
      {
        id: "b",
        statement: {
          text: "B gikk ned med 0,5 %.",
          figures: ["2", "0,5"],
          directions: [{ word: "gikk ned", value: -0.5 }],
        },
      },
    ]);
    expect(() => texts.statement("a", { name: "Testvik" })).toThrow(
      "t.json (a): {{dir}}: verdien foran «flere»/«færre» er undefined, ikke et tall",
    );
  });

  it("names the template file when a text is missing or a template is broken", () => {
    const texts = compileSheetTexts("nb", { path: "t.json", content: "{}" }, { path: "funn.hbs", content: "" });
    expect(() => texts.text("title")).toThrow("t.json: mangler teksten «title».");
    expect(() =>
      compileSheetTexts("nb", { path: "t.json", content: "{}" }, { path: "funn.hbs", content: "{{#if x}}" }),
    ).toThrow(/^funn\.hbs: feil i Handlebars-malen/);
  });

  it("names each finding, drops an empty one, and names the template when a finding has no name or two run together", () => {
    const findings = (content: string) =>
      compileSheetTexts("nb", { path: "t.json", content: "{}" }, { path: "funn.hbs", content }).findings({ a: 1 });
    const named =
      '{{#finding "a"}}\n{{#if a}}\nA.\n{{/if}}\n{{/finding}}\n\n{{#finding "b"}}\n{{#if b}}\nB.\n{{/if}}\n{{/finding}}\n\n{{#finding "c"}}\nC.\n{{/finding}}';
    expect(findings(named).map(({ id, statement }) => [id, statement.text])).toEqual([
      ["a", "A."],
      ["c", "C."],
    ]);
    expect(() => findings('A.\n\n{{#finding "b"}}B.{{/finding}}')).toThrow(
      'funn.hbs: funnet «A.» står ikke i en {{#finding "navn"}} … {{/finding}}-blokk: hvert funn trenger et navn, så neste års ark kan se om det er nytt (se templates/README.md).',
    );
    expect(() => findings('{{#finding "a"}}A.{{/finding}}\n{{#finding "b"}}B.{{/finding}}')).toThrow(
      "funn.hbs: funnene «a», «b» står i samme avsnitt; skill funnene med en tom linje.",
    );
    expect(() => findings('{{#finding "a"}}A.{{/finding}}\n\n{{#finding "a"}}B.{{/finding}}')).toThrow(
      "funn.hbs: navnet «a» er brukt på to funn; hvert {{#finding}} trenger sitt eget navn.",
    );
  });

  it("says whether the county's or the country's figures were summed over some municipalities, and names a split's part", () => {
    const nb = loadSheetTexts("nb");
    expect(nb.text("notes.partialYears", { years: "2020–2023", area: 1 })).toBe(
      "Tallene for landet for 2020–2023 er summen av kommunene som har tall for året; de andre mangler tall («..»).",
    );
    expect(loadSheetTexts("nn").text("notes.partialYears", { years: "2020–2023", area: 0 })).toBe(
      "Tala for fylket for 2020–2023 er summen av kommunane som har tal for året; dei andre manglar tal («..»).",
    );
    expect(nb.text("notes.splitIncluded", { year: 2024, oldName: "Ålesund", others: "Haram" })).toBe(
      "Tallene før 2024 gjelder hele tidligere Ålesund, også det som fra 2024 er Haram (brudd i serien).",
    );
  });
});
