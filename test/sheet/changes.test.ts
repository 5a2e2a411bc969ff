// «Endringer siden forrige faktaark» (`--forrige`): last year's figure under each key figure, from its number and with
// its years; the findings that are new by kind and direction, never by text; and the line that says what was compared.
import { describe, expect, it } from "vitest";
import { buildSheetModel } from "../../src/sheet/build.js";
import type { SheetModel } from "../../src/sheet/model.js";
import type { PreviousComparison, PreviousSheet } from "../../src/sheet/previous.js";
import { checkSentences } from "../../src/verify/checks.js";
import { makeTestInput } from "./fixture.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const withoutPrevious = buildSheetModel(makeTestInput());

/** Last year's sheet: this year's, a year earlier, with `change` applied. */
function lastYear(change: (sheet: PreviousSheet) => PreviousSheet = (sheet) => sheet): PreviousSheet {
  return change({
    code: "4099",
    name: "Testvik",
    dataYear: 2024,
    keyFigures: withoutPrevious.keyFigures.map(({ id, figures }) => ({ id, figure: figures[0]! })),
    findings: withoutPrevious.keyFindings.map(({ id, signs }) => ({ id, signs })),
  });
}

const sheetWith = (previous: PreviousComparison, lang: "nb" | "nn" = "nb"): SheetModel =>
  buildSheetModel(makeTestInput({ previous, lang }));

const compared = (sheet: PreviousSheet, renumbered = false): PreviousComparison => ({
  kind: "sheet",
  year: 2024,
  sheet,
  renumbered,
});

describe("changes since last year's sheet", () => {
  it("puts last year's figure under each key figure, printed from its number with its years", () => {
    const model = sheetWith(
      compared(
        lastYear((sheet) => ({
          ...sheet,
          keyFigures: sheet.keyFigures.map((then) =>
            then.id === "population" ? { ...then, figure: { ...then.figure, value: 12_004, year: 2024 } } : then,
          ),
        })),
      ),
    );
    const population = model.keyFigures.find((figure) => figure.id === "population")!;
    expect(population.value).toBe("12\u00a0500");
    expect(population.figures[0]).toMatchObject({ value: 12_500, year: 2025 });
    expect(population.previous).toEqual({
      figure: { ...population.figures[0], value: 12_004, year: 2024 },
      text: "Forrige faktaark: 12\u00a0004 (2024)",
    });
    const completed = model.keyFigures.find((figure) => figure.id === "completed")!;
    expect(plain(completed.previous!.text)).toBe("Forrige faktaark: 4,1 (2020–2024)");
    expect(plain(model.changes!.text)).toBe(
      "Tallene fra forrige faktaark (2024) står nederst i hvert nøkkeltall; ingen av funnene er nye siden da.",
    );
    expect(model.keyFindings.every((finding) => !finding.isNew)).toBe(true);
    expect(checkSentences(model)).toEqual([]);
  });

  it("marks a finding new when last year's of the same kind pointed the other way, whatever its words", () => {
    const model = sheetWith(
      compared(
        lastYear((sheet) => ({
          ...sheet,
          keyFigures: sheet.keyFigures.filter((figure) => figure.id !== "startLoans"),
          findings: sheet.findings.map((finding) =>
            finding.id === "growth" ? { ...finding, signs: [-1, 1] } : finding,
          ),
        })),
      ),
    );
    expect(model.keyFindings.filter((finding) => finding.isNew).map((finding) => finding.id)).toEqual(["growth"]);
    expect(plain(model.changes!.text)).toBe(
      "Tallene fra forrige faktaark (2024) står nederst i hvert nøkkeltall, og funn som er nye siden da, er merket «Nytt».",
    );
    // A figure last year's sheet did not have is SSB's "..", not a number.
    expect(model.keyFigures.find((figure) => figure.id === "startLoans")!.previous).toEqual({
      figure: null,
      text: "Forrige faktaark: ..",
    });
    const dropped = sheetWith(compared(lastYear((sheet) => ({ ...sheet, findings: [] }))));
    expect(dropped.keyFindings.every((finding) => finding.isNew)).toBe(true);
  });

  it("says whose sheet it was when the municipality had another number", () => {
    const model = sheetWith(
      compared(
        lastYear((sheet) => ({ ...sheet, code: "4098", name: "Gamlevik" })),
        true,
      ),
    );
    expect(plain(model.changes!.text)).toMatch(/^Forrige faktaark gjaldt Gamlevik med kommunenummer 4098\. Tallene/);
    expect(checkSentences(model)).toEqual([]);
  });

  it("says why nothing is compared, in both written forms, and leaves the figures alone", () => {
    const missing = sheetWith({ kind: "missing", year: 2025 });
    expect(missing.changes!.text).toBe(
      "Forrige årgang av faktaarkene (2025) har ikke noe ark for Testvik, så det er ingenting å sammenligne med.",
    );
    expect(missing.keyFigures.every((figure) => figure.previous === null)).toBe(true);
    const split = sheetWith(
      { kind: "borders", year: 2023, change: "split", changeYear: 2024, formerNames: ["Ålesund"] },
      "nn",
    );
    expect(split.changes).toMatchObject({
      heading: "Endringar sidan førre faktaark",
      text: "Tidlegare Ålesund vart delt i 2024, etter førre årgang av faktaarka (2023), så tala for Testvik blir ikkje samanlikna.",
    });
    const merged = sheetWith({
      kind: "borders",
      year: 2019,
      change: "merged",
      changeYear: 2020,
      formerNames: ["Molde", "Nesset", "Midsund"],
    });
    expect(merged.changes!.text).toBe(
      "Testvik ble til ved at Molde, Nesset og Midsund ble slått sammen i 2020, etter forrige årgang av faktaarkene (2019), så tallene sammenlignes ikke.",
    );
    for (const model of [missing, split, merged]) expect(checkSentences(model)).toEqual([]);
  });

  it("adds nothing without --forrige", () => {
    expect(withoutPrevious.changes).toBeNull();
    expect(withoutPrevious.keyFigures.every((figure) => figure.previous === null)).toBe(true);
    expect(withoutPrevious.keyFindings.every((finding) => !finding.isNew)).toBe(true);
  });
});
