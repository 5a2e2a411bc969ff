// The statement check on real sample sheets, whole and with one defect made by hand in each: the check must pass
// the sheet as it is and name each defect, in words a statistics officer can act on.
import { beforeAll, describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { loadDataset } from "../../src/model/load.js";
import { renderSheetPdf } from "../../src/pdf/render.js";
import { SheetPlanner } from "../../src/pipeline.js";
import type { Block, SheetModel } from "../../src/sheet/model.js";
import { checkSentence, checkSheet } from "../../src/verify/checks.js";
import { type PageText, readPdfText } from "../../src/verify/read-pdf.js";

let planner: SheetPlanner;
let charts: ChartRenderer;

beforeAll(async () => {
  planner = await SheetPlanner.create(await loadDataset("data/sample"));
  charts = await ChartRenderer.create();
});

async function pagesOf(model: SheetModel): Promise<PageText[]> {
  return readPdfText((await renderSheetPdf(model, charts)).pdf);
}

const modelOf = (code: string) => planner.model(planner.record(code), "nb");

/** The model with one block replaced, found by its title. */
function withBlock(model: SheetModel, title: string, change: (block: Block) => Block): SheetModel {
  let found = false;
  const sections = model.sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block) => {
      if (block.title !== title) return block;
      found = true;
      return change(block);
    }),
  }));
  if (!found) throw new Error(`no block «${title}»`);
  return { ...model, sections };
}

describe("faktaark verify on a sample sheet", () => {
  it("finds nothing wrong with Porsgrunn's sheet as it is made", async () => {
    const model = modelOf("4001");
    expect(checkSheet(model, await pagesOf(model))).toEqual([]);
  });

  it("names a direction word that goes against its figure", async () => {
    const model = modelOf("4001");
    const finding = model.keyFindings.find((f) => f.text.includes(" økte med "))?.text;
    expect(finding).toBeDefined();
    const wrong = finding!.replace(" økte med ", " gikk ned med ");
    const statements = model.statements.map((statement) =>
      statement.text === finding
        ? {
            ...statement,
            text: wrong,
            directions: statement.directions.map((d, i) => (i === 0 ? { ...d, word: "gikk ned" } : d)),
          }
        : statement,
    );
    const tampered = {
      ...model,
      keyFindings: model.keyFindings.map((f) => (f.text === finding ? { ...f, text: wrong } : f)),
      statements,
    };
    const messages = checkSheet(tampered, await pagesOf(tampered)).map((problem) => problem.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^«gikk ned» i «Folketallet i Porsgrunn gikk ned med .*» står ved en endring eller forskjell på \d/,
    );
  });

  it("names a number in a sentence that the sentence was not given", async () => {
    const model = modelOf("4001");
    const lead = model.sections[0]!.lead;
    const wrong = lead.replace(/hadde ([\d\u00a0]+) innbyggere/, "hadde 41\u00a0000 innbyggere");
    expect(wrong).not.toBe(lead);
    const tampered = {
      ...model,
      sections: model.sections.map((section, i) => (i === 0 ? { ...section, lead: wrong } : section)),
      statements: model.statements.map((statement) =>
        statement.text === lead ? { ...statement, text: wrong } : statement,
      ),
    };
    expect(checkSheet(tampered, await pagesOf(tampered)).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^tallet 41\u00a0000 i «Porsgrunn hadde 41\u00a0000 innbyggere .*» er ikke blant tallene/),
    ]);
  });

  it("names a chart without its source line, and a chart with no numbers", async () => {
    const model = modelOf("4001");
    const title = "Igangsatte og fullførte boliger per år";
    const noSource = withBlock(model, title, (block) => ({ ...block, source: "" }));
    expect(checkSheet(noSource, await pagesOf(noSource))).toEqual([
      { page: null, message: `figuren eller tabellen «${title}» har ingen kildelinje` },
    ]);
    const empty = withBlock(model, title, (block) =>
      block.kind === "chart"
        ? { ...block, chart: { ...block.chart, data: block.chart.data.map((row) => ({ ...row, value: 0 })) } }
        : block,
    );
    expect(checkSheet(empty, await pagesOf(empty))).toEqual([
      { page: null, message: `figuren «${title}» har ingen tall (bare null eller manglende)` },
    ]);
  });

  it("names a name cut off in the PDF, text off the page, and a page left half empty", async () => {
    const model = modelOf("4001");
    const pages = await pagesOf(model);
    const clip = (page: PageText, text: string, cut: string): PageText => ({
      ...page,
      pieces: page.pieces.map((piece) => (piece.text === text ? { ...piece, text: cut } : piece)),
    });
    // The comparison table names Skien (as do the low-income chart and the Husbanken charts); the renderer
    // shortening it everywhere is what a clip looks like.
    expect(pages.at(-1)!.pieces.some((piece) => piece.text === "Skien")).toBe(true);
    const clipped = pages.map((page) => clip(page, "Skien", "Ski…"));
    expect(checkSheet(model, clipped)).toEqual([
      { page: null, message: "teksten «Skien» står ikke hel i PDF-en (mangler eller er klippet)" },
      { page: 2, message: "en tekst er klippet («…» som arkmodellen ikke har)" },
      { page: 4, message: "en tekst er klippet («…» som arkmodellen ikke har)" },
      { page: 5, message: "en tekst er klippet («…» som arkmodellen ikke har)" },
    ]);
    const first = pages[0]!;
    const offPage = [
      { ...first, pieces: [...first.pieces, { text: "Porsgrunn", x: 560, y: 400, width: 40, fontSize: 9 }] },
    ];
    expect(checkSheet(model, [...offPage, ...pages.slice(1)]).map((problem) => problem.message)).toContain(
      "teksten «Porsgrunn» går utenfor siden",
    );
    // Page 2 with everything below its middle taken away.
    const second = pages[1]!;
    const halfEmpty = { ...second, pieces: second.pieces.filter((piece) => piece.y < 420 || piece.y > 794) };
    expect(checkSheet(model, [first, halfEmpty, ...pages.slice(2)])).toContainEqual({
      page: 2,
      message: expect.stringMatching(/^\d+\u00a0% av siden står tom under innholdet \(grensen er 20\u00a0%\)$/),
    });
  });
});

describe("one sentence", () => {
  const statement = { text: "", figures: ["12", "2016", "2026"], directions: [{ word: "flere", value: 12 }] };

  it("passes a sentence whose numbers and words agree with what it was given", () => {
    const text = "Det er 12 flere enn i 2016.";
    expect(checkSentence(text, { ...statement, text })).toEqual([]);
  });

  it("names a comparative written without its figure, a missing value read out, and a signed number", () => {
    const text = "Det er 12 flere enn i 2016, og færre enn i 2026.";
    expect(checkSentence(text, { ...statement, text })).toEqual([
      { page: null, message: `«færre» i «${text}» har ikke noe tall bak seg (skriv det med {{dir}} i malen)` },
    ]);
    expect(checkSentence("Det ble fullført .. boliger.", undefined)[0]?.message).toBe(
      "«..» står inne i setningen «Det ble fullført .. boliger.»",
    );
    expect(checkSentence("«..» betyr at tall mangler.", undefined)).toEqual([]);
    expect(checkSentence("Det er +37,8 % siden 2000.", undefined).map((p) => p.message)).toEqual([
      "et tall med fortegn står inne i setningen «Det er +37,8 % siden 2000.»",
      "setningen «Det er +37,8 % siden 2000.» har tall eller retningsord, men arkmodellen sier ikke hva de bygger på",
    ]);
  });
});
