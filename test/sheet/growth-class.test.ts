import { describe, expect, it } from "vitest";
import type { GrowthClass } from "../../src/indicators/growth-classes.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import { checkSentences } from "../../src/verify/checks.js";
import { makeTestInput } from "./fixture.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** The key finding on the growth class, and what `faktaark verify` says of the sheet's sentences. */
function findingOf(lang: "nb" | "nn", growth?: GrowthClass) {
  const model = buildSheetModel(makeTestInput({ lang, ...(growth ? { growth } : {}) }));
  const finding = model.keyFindings.find(({ text }) => /vekstklass/.test(text))?.text;
  return { finding: finding === undefined ? undefined : plain(finding), problems: checkSentences(model) };
}

const change = (fromYear: number, toYear: number, percent: number) => ({ fromYear, toYear, percent });

describe("the growth class on the sheet", () => {
  it("states the group of the hand-made municipality by the shipped rule, referring to the change the first finding states", () => {
    // 11 500 in 2015, 12 500 in 2025 (+8,7 %); 13 700 projected for 2050 (+9,6 %): growth in both, not strong.
    // The first finding states the registered change (the same years and per cent): the class refers to it.
    for (const [lang, growth, klass] of [
      [
        "nb",
        "Folketallet i Testvik økte med 8,7 % fra 2015 til 2025",
        "Med denne utviklingen og SSBs framskriving (vekst på 9,6 % fra 2025 til 2050) er Testvik i vekstklassen «vekst».",
      ],
      [
        "nn",
        "Folketalet i Testvik auka med 8,7 % frå 2015 til 2025",
        "Med denne utviklinga og framskrivinga til SSB (vekst på 9,6 % frå 2025 til 2050) er Testvik i vekstklassen «vekst».",
      ],
    ] as const) {
      expect(findingOf(lang)).toEqual({ finding: klass, problems: [] });
      const findings = buildSheetModel(makeTestInput({ lang })).keyFindings.map(({ text }) => plain(text));
      expect(findings.indexOf(klass)).toBe(findings.findIndex((text) => text.startsWith(growth)) + 1);
      expect(findings.join(" ").split("8,7 %").length - 1).toBe(1);
    }
  });

  it("names the centrality class when it made the municipality vekstpress", () => {
    const growth: GrowthClass = {
      kind: "classified",
      group: "vekstpress",
      registered: change(2015, 2025, 2),
      projected: change(2025, 2050, 12),
      centralClass: 2,
    };
    expect(findingOf("nb", growth).finding).toBe(
      "Testvik er i vekstklassen «vekstpress»: folketallet økte med 2,0 % fra 2015 til 2025, og SSB venter en vekst på 12,0 % fra 2025 til 2050. Kommunen er sentral (sentralitetsklasse 2).",
    );
    expect(findingOf("nb", growth).problems).toEqual([]);
  });

  it("says decline with the words for decline, in bokmål and nynorsk", () => {
    const growth: GrowthClass = {
      kind: "classified",
      group: "sterk-nedgang",
      registered: change(2015, 2025, -12),
      projected: change(2025, 2050, -15),
      centralClass: null,
    };
    expect(findingOf("nb", growth)).toEqual({
      finding:
        "Testvik er i vekstklassen «sterk nedgang»: folketallet gikk ned med 12,0 % fra 2015 til 2025, og SSB venter en nedgang på 15,0 % fra 2025 til 2050.",
      problems: [],
    });
    expect(findingOf("nn", growth)).toEqual({
      finding:
        "Testvik er i vekstklassen «sterk nedgang»: folketalet gjekk ned med 12,0 % frå 2015 til 2025, og SSB ventar ein nedgang på 15,0 % frå 2025 til 2050.",
      problems: [],
    });
  });

  it("says why a municipality has no growth class instead of guessing one", () => {
    const noProjection: GrowthClass = { kind: "unclassified", missing: "projection", year: 2050 };
    expect(findingOf("nb", noProjection)).toEqual({
      finding: "Testvik er ikke plassert i noen vekstklasse fordi SSBs framskriving til 2050 mangler.",
      problems: [],
    });
    expect(findingOf("nn", noProjection).finding).toBe(
      "Testvik er ikkje plassert i nokon vekstklasse fordi framskrivinga til SSB for 2050 manglar.",
    );
    expect(findingOf("nb", { kind: "unclassified", missing: "population", year: 2015 }).finding).toBe(
      "Testvik er ikke plassert i noen vekstklasse fordi folketallet for 2015 mangler.",
    );
    expect(findingOf("nn", { kind: "unclassified", missing: "centrality", year: null }).finding).toBe(
      "Testvik er ikkje plassert i nokon vekstklasse fordi sentralitetsklassen manglar.",
    );
  });
});
