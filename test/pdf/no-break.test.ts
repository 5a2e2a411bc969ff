// A figure is read whole or misread: «5 153» must never be printed as «5» at a line's end and «153» on the next,
// nor «12,5 %» with its «%» on the next line.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { renderSheetPdf } from "../../src/pdf/render.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import { formatNumber, formatPercent, formatSigned } from "../../src/sheet/format.js";
import { makeTestInput } from "../sheet/fixture.js";

const dir = mkdtempSync(join(tmpdir(), "faktaark-no-break-"));
let charts: ChartRenderer;

beforeAll(async () => {
  charts = await ChartRenderer.create();
});

/** The figures as the sheet formats them: «5 153», «−2,2 %», «12,5 %». */
const FIGURES = [formatNumber(5153), formatSigned(-2.2, 1, "\u00a0%"), formatPercent(12.5)];

/** Findings whose figures move across the end of the first line, one width of «m» per finding. */
function sweepingFindings(space: (text: string) => string): string[] {
  return Array.from(
    { length: 24 },
    (_, step) =>
      `${"Lorem ipsum dolor ".repeat(5)}${"m".repeat(step)} i snitt ${space(FIGURES[0] as string)} boliger, ` +
      `${space(FIGURES[1] as string)} og ${space(FIGURES[2] as string)} hvert år ${"sit amet ".repeat(12)}.`,
  );
}

/** The PDF's text as pdftotext reads it, no-break spaces and the minus folded. */
async function renderedText(findings: string[], name: string): Promise<string> {
  const model = {
    ...buildSheetModel(makeTestInput()),
    keyFindings: findings.map((text, index) => ({
      id: `finding${index}`,
      signs: [],
      text,
      isNew: false,
      figures: [],
    })),
  };
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, (await renderSheetPdf(model, charts)).pdf);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\u2212/g, "-");
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe("figures in running text", () => {
  it("are formatted with no-break spaces inside them", () => {
    expect(FIGURES).toEqual(["5\u00a0153", "\u22122,2\u00a0%", "12,5\u00a0%"]);
  });

  it("stay on one line wherever the line would end, as the sheet formats them", async () => {
    const findings = sweepingFindings((figure) => figure);
    const text = await renderedText(findings, "no-break");
    for (const figure of ["5 153", "-2,2 %", "12,5 %"]) expect(count(text, figure), figure).toBe(findings.length);
  });

  it("would be split with plain spaces in the same paragraphs (the paragraphs do reach the figures)", async () => {
    const findings = sweepingFindings((figure) => figure.replace(/\u00a0/g, " "));
    const text = await renderedText(findings, "plain");
    expect(count(text, "5 153")).toBeLessThan(findings.length);
    expect(count(text, "-2,2 %") + count(text, "12,5 %")).toBeLessThan(2 * findings.length);
  });

  it("keep their no-break spaces through the findings template, in both languages", () => {
    for (const lang of ["nb", "nn"] as const) {
      const findings = buildSheetModel(makeTestInput({ lang }))
        .keyFindings.map((finding) => finding.text)
        .join("\n");
      expect(findings).toMatch(/\d\u00a0(\d{3}|%)/);
      expect(findings).not.toMatch(/\d (\d{3}\b|%)/);
    }
  });
});
