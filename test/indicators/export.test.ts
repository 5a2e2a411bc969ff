import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listDrivers } from "../../src/indicators/drivers.js";
import { formatRankingCsv } from "../../src/indicators/export-csv.js";
import { formatRankingText } from "../../src/indicators/format-text.js";
import { parseIndicatorModel, rankMunicipalities } from "../../src/indicators/model.js";
import { renderRankingPdf } from "../../src/indicators/report-pdf.js";
import { centrality, immigrants, makeRecord, population, tenure } from "./make-record.js";

// The same four municipalities as rank.test.ts: scores D 0,762, B −0,039, A −0,185, C −0,539.
const records = [
  ["5001", 1000, 100, 20, 400],
  ["5002", 1000, 100, 40, 600],
  ["4601", 10000, 1000, 20, 600],
  ["4602", 10000, 3000, 40, 800],
].map(([code, total, count, renters, index]) =>
  makeRecord(code as string, {
    population: population(total as number),
    immigrants: immigrants(count as number),
    tenure: tenure(100 - (renters as number), renters as number),
    centrality: centrality(index as number),
  }),
);
const model = parseIndicatorModel(
  [
    "id;gruppe;retning;vekt;beskrivelse",
    "andel_innvandrere;Befolkningssammensetning;høy er verre;2;",
    "andel_leiere;Boligmarked;høy er verre;1;",
    "sentralitet;Annet;høy er bedre;1;",
  ].join("\n"),
  "test.csv",
);
const ranking = rankMunicipalities(records, model);

describe("ranking outputs", () => {
  it("writes CSV for Excel: BOM, semicolons, decimal comma, CRLF", () => {
    const csv = formatRankingCsv(ranking);
    expect(csv.startsWith("\uFEFFRang i landet;Rang i fylket;Kommunenummer;Kommune;Fylke;Skår;")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Rang i landet;Rang i fylket;Kommunenummer;Kommune;Fylke;Skår;Andel av vekten med tall;Mangler tall for;" +
        "Andel innvandrere (verdi);Andel innvandrere (bidrag til skår);" +
        "Andel husholdninger som leier (verdi);Andel husholdninger som leier (bidrag til skår);" +
        "Sentralitetsindeks (verdi);Sentralitetsindeks (bidrag til skår)",
    );
    // D: 30 %, 2/4·√3 = 0,866; 40 %, 0,25; 800, −0,354.
    expect(lines[1]).toBe("1;1;4602;Kommune 4602;Fylke 46;0,762;100;;30,0;0,866;40,0;0,250;800;-0,354");
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe("");
  });

  it("names the indicators that push the score, in the score's direction", () => {
    const d = ranking.rows[0]!;
    expect(listDrivers(d).map((part) => part.indicator)).toEqual(["andel_innvandrere", "andel_leiere"]);
    const c = ranking.rows[3]!;
    // C: innvandrere −0,289, leiere −0,25, sentralitet 0 → both lower the score.
    expect(listDrivers(c).map((part) => part.indicator)).toEqual(["andel_innvandrere", "andel_leiere"]);
  });

  it("prints the ranking with Norwegian numbers", () => {
    const lines = formatRankingText(ranking, "hele landet", 2);
    expect(lines[0]).toBe("Boligsosiale utfordringer – rangering, hele landet (4 kommuner, modell: test.csv)");
    expect(lines[4]).toMatch(/^ {3}1 {7}1 {2}Kommune 4602 +Fylke 46 + 0,76 {2}Innvandrere, Leiere$/);
    expect(lines[5]).toMatch(/^ {3}2 {7}1 {2}Kommune 5002 .* −0,04 {2}Innvandrere$/);
    expect(lines).toContain("Viser de 2 første av 4.");
  });

  it("renders a PDF report with the table and the method", async () => {
    const pdf = await renderRankingPdf(ranking, {
      regionName: "Hele landet",
      dataYear: 2025,
      isSample: true,
      modelFile: "test.csv",
      now: new Date("2025-06-01T00:00:00Z"),
      publisher: "Husbanken",
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    let text: string;
    try {
      const file = join(mkdtempSync(join(tmpdir(), "faktaark-rank-")), "rank.pdf");
      writeFileSync(file, pdf);
      text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    } catch {
      return; // poppler-utils not installed: the byte check above is all we can do.
    }
    const plain = text.replace(/[\u00a0\u202f]/g, " ");
    expect(plain).toContain("EKSEMPELDATA");
    // The publishing organisation is the file's author, not the program that made it.
    const file = join(mkdtempSync(join(tmpdir(), "faktaark-rank-")), "rank.pdf");
    writeFileSync(file, pdf);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/^Author:\s+Husbanken$/m);
    expect(plain).toMatch(/1\s+Kommune 4602\s+Fylke 46\s+0,76\s+Innvandrere, Leiere/);
    expect(plain).toMatch(/4\s+Kommune 4601\s+Fylke 46\s+−0,54/);
    expect(plain).toContain("Side 1 av 1");
    // The legend names every group whose style the bars are drawn in.
    expect(plain).toMatch(/Befolkningssammensetning\s+Boligmarked\s+Annet/);
  });
});
