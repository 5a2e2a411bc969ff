// `faktaark compare` and `faktaark rank` on the sample dataset, through the real CLI entry point.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./run-main.js";

const SAMPLE = "data/sample";

afterEach(() => {
  process.exitCode = undefined;
});

describe.skipIf(!existsSync(SAMPLE))("faktaark compare on the sample data", () => {
  it("prints the five nearest with distance and what makes them alike", async () => {
    const run = await runCli("compare", "trondheim", "--data", SAMPLE);
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("Sammenligningskommuner for Trondheim - Tråante (5001)");
    expect(lines.filter((line) => /^ {2}\d {2}.+ \(\d{4}\) – avstand \d+,\d\d/.test(line))).toHaveLength(5);
    expect(lines.filter((line) => line.startsWith("     lik på: "))).toHaveLength(5);
    expect(run.stdout).toContain("Arket viser også Trøndelag");
  });

  it("writes JSON with the documented shape", async () => {
    const run = await runCli("compare", "5001", "--data", SAMPLE, "--json", "--count", "3");
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.code).toBe("5001");
    expect(result.manual).toBe(false);
    expect(result.neighbours).toHaveLength(3);
    for (const neighbour of result.neighbours) {
      expect(neighbour).toMatchObject({ code: expect.stringMatching(/^\d{4}$/), chosenBy: "nearest" });
      expect(neighbour.distance).toBeGreaterThan(0);
      expect(neighbour.alikeOn.length).toBeGreaterThanOrEqual(2);
      expect(Object.keys(neighbour.alikeOn[0]).sort()).toEqual(
        ["decimals", "indicator", "label", "neighbourValue", "unit", "value", "zDifference"].sort(),
      );
    }
    expect(result.method).toMatchObject({ count: 3, indicators: expect.any(Array), missing: expect.any(String) });
    const distances = result.neighbours.map((n: { distance: number }) => n.distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it("exits 2 with candidates for a name that matches nothing", async () => {
    const run = await runCli("compare", "trondhjem", "--data", SAMPLE);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^faktaark: Fant ingen kommune som heter «trondhjem»\.\nMente du:\n {2}5001 Trondheim/);
  });

  it("exits 2 for a count that is not a number", async () => {
    const run = await runCli("compare", "5001", "--data", SAMPLE, "--count", "fem");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe("faktaark: --count må være et helt tall fra 1 og opp, ikke «fem».\n");
  });
});

describe.skipIf(!existsSync(SAMPLE))("faktaark rank on the sample data", () => {
  it("prints the top of the ranking", async () => {
    const run = await runCli("rank", "--data", SAMPLE, "--top", "10");
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const rows = run.stdout.split("\n").filter((line) => /^ {0,3}\d+ +\d+ {2}\S/.test(line));
    // Ullensaker and Asker print the same score (1,08) and share rank 6; the next is 8.
    expect(rows.map((line) => Number(line.slice(0, 4)))).toEqual([1, 2, 3, 4, 5, 6, 6, 8, 9, 10]);
  });

  it("ranks within a county", async () => {
    const run = await runCli("rank", "--data", SAMPLE, "--fylke", "50", "--top", "3");
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/^Boligsosiale utfordringer – rangering, Trøndelag/);
  });

  it("writes a CSV with the right header, and a PDF", async () => {
    const dir = mkdtempSync(join(tmpdir(), "faktaark-rank-"));
    const csvFile = join(dir, "ut", "rangering.csv");
    const csv = await runCli("rank", "--data", SAMPLE, "--out", csvFile);
    expect(csv.exitCode).toBe(0);
    const text = readFileSync(csvFile, "utf8");
    expect(text.startsWith("\uFEFFRang i landet;Rang i fylket;Kommunenummer;Kommune;Fylke;Skår;")).toBe(true);
    expect(text.split("\r\n")[1]).toMatch(/^1;1;\d{4};/);

    const pdfFile = join(dir, "rangering.pdf");
    const pdf = await runCli("rank", "--data", SAMPLE, "--top", "20", "--out", pdfFile);
    expect(pdf.exitCode).toBe(0);
    expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.stdout).toContain(`Skrev ${pdfFile} (20 kommuner).`);
  });

  it("exits 2 naming the line of a bad config", async () => {
    const dir = mkdtempSync(join(tmpdir(), "faktaark-model-"));
    const config = join(dir, "modell.csv");
    writeFileSync(config, "id;gruppe;retning;vekt;beskrivelse\nandel_leiere;Boligmarked;høy er verre;mye;\n");
    const run = await runCli("rank", "--data", SAMPLE, "--config", config);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      `faktaark: ${config}, linje 2: vekt for «andel_leiere» må være et tall, for eksempel 1 eller 0,5, fant «mye».\n`,
    );
  });

  it("exits 2 for an output file that is neither .csv nor .pdf", async () => {
    const run = await runCli("rank", "--data", SAMPLE, "--out", "rangering.xlsx");
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe("faktaark: --out må slutte på .csv eller .pdf, fant «rangering.xlsx».\n");
  });
});
