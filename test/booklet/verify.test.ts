// The booklet's check finds what `faktaark verify` finds in a sheet, and a summary sentence that prints a number it
// was not given or is not printed whole.
import { beforeAll, describe, expect, it } from "vitest";
import { buildBookletModel } from "../../src/booklet/build.js";
import type { BookletModel } from "../../src/booklet/model.js";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { loadDataset } from "../../src/model/load.js";
import { type RenderedBooklet, renderBookletPdf } from "../../src/pdf/booklet/render.js";
import { SheetPlanner } from "../../src/pipeline.js";
import { verifyBooklet } from "../../src/verify/verify-booklet.js";

let model: BookletModel;
let rendered: RenderedBooklet;

beforeAll(async () => {
  const planner = await SheetPlanner.create(await loadDataset("data/sample"));
  const records = ["4001", "4036"].map((code) => planner.record(code));
  const { ranking, nationalCount } = planner.rankSelection(records.map((record) => record.code));
  model = buildBookletModel({
    lang: "nb",
    title: null,
    regionName: null,
    records,
    sheets: records.map((record) => planner.model(record, planner.languageOf(record))),
    leftOut: [],
    ranking,
    nationalCount,
    dataYear: planner.dataset.dataYear,
    isSample: true,
    publisher: "Husbanken",
  });
  rendered = await renderBookletPdf(model, await ChartRenderer.create());
});

describe("the booklet's check", () => {
  it("finds nothing in a booklet drawn from its model", async () => {
    expect(rendered.sheets.map((range) => range.count)).toEqual([5, 5]);
    expect(await verifyBooklet(model, rendered)).toEqual([]);
  });

  it("names a sheet whose text is not on its pages, and a summary sentence with a number it was not given", async () => {
    const [porsgrunn, vinje] = model.sheets;
    // Each sheet's model checked against the other's pages: its sentences are not there.
    const problems = await verifyBooklet({ ...model, sheets: [vinje!, porsgrunn!] }, rendered);
    expect(problems).toContainEqual({
      part: "Vinje",
      page: null,
      message: "teksten «Bustader og innbyggjarar i Vinje» står ikke hel i PDF-en (mangler eller er klippet)",
    });

    // A summary sentence with a number it was not given (3 municipalities, not 2), not the one printed.
    const summary = model.overview.summary[0] as string;
    const given = model.statements.find((statement) => statement.text === summary);
    const wrong = summary.replace(/^De 2 /, "De 3 ");
    const wrongModel: BookletModel = {
      ...model,
      overview: { ...model.overview, summary: [wrong] },
      statements: [...model.statements, { ...given!, text: wrong }],
    };
    expect((await verifyBooklet(wrongModel, rendered)).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^tallet 3 i «De 3 kommunene .*» er ikke blant tallene setningen ble laget av$/),
      expect.stringMatching(/^teksten «De 3 kommunene .*» står ikke hel i PDF-en/),
    ]);
  });
});
