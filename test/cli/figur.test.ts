// `faktaark figur`: one chart of a sheet as a PNG at 300 dpi, drawn by node-canvas in the CLI's main thread from the
// same Vega view as the PDF.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GRID } from "../../src/sheet/context.js";
import { readPng, readPngHeader } from "../charts/read-png.js";
import { makeTempDir, runCli } from "./run-cli.js";

/** Pixels of `points` at 300 dpi, as Vega sizes its canvas (the fraction of a pixel dropped). */
const at300dpi = (points: number) => Math.floor((points * 300) / 72);

describe("faktaark figur", () => {
  it("writes Trondheim's population chart as a 300 dpi PNG of the chart box, drawn on white", async () => {
    const dir = await makeTempDir("figur");
    const out = join(dir, "befolkning.png");
    const result = await runCli(["figur", "5001", "--figur", "befolkning", "--png", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const bytes = await readFile(out);
    // The population index chart fills a column: 248 × 122 pt.
    const expected = { width: at300dpi(GRID.columnWidth), height: at300dpi(GRID.chartHeight) };
    expect(expected).toEqual({ width: 1033, height: 508 });
    expect(readPngHeader(bytes)).toEqual(expected);
    const png = await readPng(bytes);
    expect({ width: png.width, height: png.height }).toEqual(expected);
    expect(png.dpi).toBe(300);
    expect(png.colours).toBeGreaterThan(100);
    expect(png.pixel(0, 0)).toEqual([255, 255, 255, 255]);
    expect(png.pixel(png.width - 1, png.height - 1)).toEqual([255, 255, 255, 255]);
    expect(result.stdout).toBe(`${out}: «Befolkningsutvikling, indeks (2000 = 100)», 1033 × 508 piksler, 300 dpi\n`);
  });

  it("names the file after the municipality and the figure, and writes every chart with --figur alle", async () => {
    const dir = await makeTempDir("figur-alle");
    const result = await runCli(["figur", "trondheim", "--figur", "alle", "--lang", "nn", "--out", dir]);
    expect(result.code).toBe(0);
    const files = (await readdir(dir)).sort();
    expect(files).toContain("5001-trondheim-befolkning-nn.png");
    expect(files).toContain("5001-trondheim-sammenligning-nn.png");
    expect(files.length).toBeGreaterThan(5);
    expect(new Set(files).size).toBe(files.length);
    // The wide benchmark chart: 511 pt across.
    const wide = readPngHeader(await readFile(join(dir, "5001-trondheim-sammenligning-nn.png")));
    expect(wide.width).toBe(at300dpi(GRID.fullWidth));
  });

  it("refuses an unknown figure with exit 2 and lists the figures", async () => {
    const result = await runCli(["figur", "5001", "--figur", "kake", "--png"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "faktaark: Figuren «kake» finnes ikke. Figurene er befolkning, aldersfordeling, husholdninger, boligtyper, " +
        "lavinntekt, boligbygging, framskriving, framskriving-alder, startlan, bostotte, sammenligning; eller «alle» for alle.\n",
    );
  });

  it("says which figures a sheet has when it has no figure by that name (Utsira has no housing allowance chart)", async () => {
    const result = await runCli(["figur", "1151", "--figur", "Bostøtte"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "faktaark: Arket for Utsira har ikke figuren «bostotte»: det har ingen tall til den. Figurene på arket er " +
        "befolkning, aldersfordeling, husholdninger, boligtyper, lavinntekt, framskriving, framskriving-alder, startlan, " +
        "sammenligning.\n",
    );
  });
});
