// Golden tests: the text of whole sheets for five municipalities of different size and history, in both written forms.
// A missing golden is written (never under CI=true); a mismatch writes a "-changed" file beside the golden.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { loadDataset } from "../../src/model/load.js";
import { renderSheetPdf } from "../../src/pdf/render.js";
import { SheetPlanner } from "../../src/pipeline.js";
import type { Lang } from "../../src/sheet/format.js";

const GOLDEN_DIR = new URL(".", import.meta.url).pathname;
const SHEETS: readonly [string, string][] = [
  ["0301", "oslo"],
  ["4001", "porsgrunn"],
  ["1151", "utsira"],
  // A municipality whose construction figures start late (made-up 2020–2023 population in the sample) and one with a
  // Sami name in its title.
  ["1580", "haram"],
  ["5612", "kautokeino"],
];

/** Folds no-break, narrow and other spaces to plain ones, runs of spaces (pdftotext's column padding, which
 * moves with a point of layout) to two, and drops blank lines, as the golden files are written. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\u2009]/g, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, "  ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

let planner: SheetPlanner;
let charts: ChartRenderer;
const work = mkdtempSync(join(tmpdir(), "faktaark-golden-"));

beforeAll(async () => {
  planner = await SheetPlanner.create(await loadDataset("data/sample"));
  charts = await ChartRenderer.create();
});

describe.each(SHEETS)("the sheet of %s (%s)", (code, slug) => {
  it.each(["nb", "nn"] as Lang[])("reads as its golden text in %s", async (lang) => {
    const { pdf } = await renderSheetPdf(planner.model(planner.record(code), lang), charts);
    const file = join(work, `${code}-${lang}.pdf`);
    writeFileSync(file, pdf);
    const text = normaliseText(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));
    const golden = join(GOLDEN_DIR, `${code}-${slug}-${lang}.txt`);
    const changed = golden.replace(/\.txt$/, "-changed.txt");
    if (!existsSync(golden)) {
      if (process.env.CI === "true") throw new Error(`Golden file ${golden} is missing (never written under CI).`);
      writeFileSync(golden, `${text}\n`);
      return;
    }
    const expected = normaliseText(readFileSync(golden, "utf8"));
    if (text !== expected) writeFileSync(changed, `${text}\n`);
    else rmSync(changed, { force: true });
    expect(text, `differs from ${golden}; see ${changed}`).toBe(expected);
  });
});
