// The booklet's contents plan: a long selection's contents continue on further pages, every line inside the page's
// content area, in order, with the municipalities left out after the last entry.
import { describe, expect, it } from "vitest";
import { planContents } from "../../src/pdf/booklet/contents.js";
import { createTaggedDocument } from "../../src/pdf/document.js";
import { FLOW_TOP } from "../../src/pdf/render.js";
import { PAGE } from "../../src/pdf/style.js";

const labels = { cover: "Forside", contents: "Innhold", page: "Side", leftOut: "Ikke med i heftet" };
const doc = () =>
  createTaggedDocument("nb", {
    title: "Test",
    subject: "",
    keywords: "",
    author: null,
    creationDate: "2026-01-01T00:00:00Z",
  });

describe("the contents plan", () => {
  it("keeps a short contents on one page", () => {
    const plan = planContents(doc(), { labels, leftOut: [] }, 18);
    expect(plan).toHaveLength(1);
    expect(plan[0]?.map((line) => line.index)).toEqual([...Array(18).keys()]);
  });

  it("continues a long one on the next pages, each line inside the content area, the left-out last", () => {
    const leftOut = ["Siljan (4010): arket kunne ikke lages.", "Tinn (4026): arket kunne ikke lages."];
    const plan = planContents(doc(), { labels, leftOut }, 120);
    expect(plan.length).toBeGreaterThanOrEqual(3);
    const lines = plan.flat();
    expect(lines.filter((line) => line.kind === "entry").map((line) => line.index)).toEqual([...Array(120).keys()]);
    expect(lines.slice(-3).map((line) => [line.kind, line.index])).toEqual([
      ["leftOutHeading", 0],
      ["leftOut", 0],
      ["leftOut", 1],
    ]);
    for (const [index, page] of plan.entries()) {
      expect(page.length).toBeGreaterThan(0);
      if (index > 0) expect(page[0]?.y).toBe(FLOW_TOP);
      for (const line of page) expect(line.y + 18).toBeLessThanOrEqual(PAGE.contentBottom);
    }
  });
});
