// Last year's stored sheet model as `--forrige` reads it: the numbers behind the key figures and the kinds of the
// findings, never a display text read back; a model that is not what it should be is named with its file and field.
import { describe, expect, it } from "vitest";
import { reducePreviousModel } from "../../src/batch/previous-model.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import { makeTestInput } from "../sheet/fixture.js";

const FILE = "output/2025/modeller/4099-testvik.json.gz";
const stored = (): Record<string, unknown> => JSON.parse(JSON.stringify(buildSheetModel(makeTestInput())));

describe("reading last year's sheet model", () => {
  it("keeps each key figure's number, format and years, and each finding's kind and direction", () => {
    const model = buildSheetModel(makeTestInput());
    const previous = reducePreviousModel(stored(), FILE);
    expect(previous).toMatchObject({ code: "4099", name: "Testvik", dataYear: model.dataYear });
    expect(previous.keyFigures.find((figure) => figure.id === "population")).toEqual({
      id: "population",
      number: 12_500,
      format: { decimals: 0, percent: false },
      years: { from: 2025, to: 2025 },
    });
    expect(previous.findings.map((finding) => finding.id)).toEqual(model.keyFindings.map((finding) => finding.id));
    expect(previous.findings[0]).toEqual({ id: "growth", signs: [1, 1] });
  });

  it("refuses a model an older faktaark wrote, saying how to make it again", () => {
    const old = { ...stored(), keyFindings: ["Folketallet i Testvik økte med 8,7 % …"] };
    expect(() => reducePreviousModel(old, FILE)).toThrow(
      `${FILE}: arkmodellen er laget av en eldre faktaark, uten tallene bak nøkkeltallene (keyFigures[].number) og ` +
        "navnene på funnene (keyFindings[].id). Lag den årgangen på nytt med denne versjonen " +
        "(faktaark build --all --year ÅÅÅÅ --data <årgangens datagrunnlag> --out …).",
    );
  });

  it("names the field that is not what it should be, and what it is instead", () => {
    const model = stored();
    const figures = model.keyFigures as Record<string, unknown>[];
    figures[0] = { ...figures[0], number: "12 500" };
    expect(() => reducePreviousModel(model, FILE)).toThrow(
      `${FILE}: keyFigures[0].number skal være et tall eller null, men er "12 500".`,
    );
    expect(() => reducePreviousModel({ ...stored(), dataYear: "2025" }, FILE)).toThrow(
      `${FILE}: dataYear skal være et årstall, men er "2025".`,
    );
  });
});
