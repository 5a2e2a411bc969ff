// Last year's stored sheet model as `--forrige` reads it: the numbers behind the key figures and the kinds of the
// findings, never a display text read back; a model that is not what it should be is named with its file and field.
import { describe, expect, it } from "vitest";
import { reducePreviousModel } from "../../src/batch/previous-model.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import { makeTestInput } from "../sheet/fixture.js";

const FILE = "output/2025/modeller/4099-testvik.json.gz";
const stored = (): Record<string, unknown> => JSON.parse(JSON.stringify(buildSheetModel(makeTestInput())));

describe("reading last year's sheet model", () => {
  it("keeps each key figure's number with its unit, years and source, and each finding's kind and direction", () => {
    const model = buildSheetModel(makeTestInput());
    const previous = reducePreviousModel(stored(), FILE);
    expect(previous).toMatchObject({ code: "4099", name: "Testvik", dataYear: model.dataYear });
    const population = model.keyFigures.find((figure) => figure.id === "population")!;
    expect(previous.keyFigures.find((figure) => figure.id === "population")).toEqual({
      id: "population",
      figure: population.figures[0],
    });
    expect(population.figures[0]).toMatchObject({ value: 12_500, decimals: 0, unit: "personer", year: 2025 });
    expect(previous.findings.map((finding) => finding.id)).toEqual(model.keyFindings.map((finding) => finding.id));
    expect(previous.findings[0]).toEqual({ id: "growth", signs: [1, 1] });
  });

  it("refuses a model an older faktaark wrote, saying how to make it again", () => {
    const old = { ...stored(), keyFindings: ["Folketallet i Testvik økte med 8,7 % …"] };
    expect(() => reducePreviousModel(old, FILE)).toThrow(
      `${FILE}: arkmodellen er laget av en eldre faktaark, uten tallene bak nøkkeltallene (keyFigures[].figures) og ` +
        "navnene på funnene (keyFindings[].id). Lag den årgangen på nytt med denne versjonen " +
        "(faktaark build --all --year ÅÅÅÅ --data <årgangens datagrunnlag> --out …).",
    );
  });

  it("names the field that is not what it should be, and what it is instead", () => {
    const model = stored();
    const keyFigures = model.keyFigures as { figures: Record<string, unknown>[] }[];
    const figures = keyFigures[0]!.figures;
    figures[0] = { ...figures[0], value: "12 500" };
    expect(() => reducePreviousModel(model, FILE)).toThrow(
      `${FILE}: keyFigures[0].figures[0].value skal være et tall eller null, men er "12 500".`,
    );
    const withoutUnit = stored();
    delete (withoutUnit.keyFigures as { figures: Record<string, unknown>[] }[])[1]!.figures[0]!.unit;
    expect(() => reducePreviousModel(withoutUnit, FILE)).toThrow(
      `${FILE}: keyFigures[1].figures[0].unit skal være en tekst, men er undefined.`,
    );
    expect(() => reducePreviousModel({ ...stored(), dataYear: "2025" }, FILE)).toThrow(
      `${FILE}: dataYear skal være et årstall, men er "2025".`,
    );
  });
});
