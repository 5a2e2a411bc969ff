// The rank PDF of all sample municipalities, read back as a reader would: every name whole.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INDICATOR_MODEL } from "../../src/data/config-files.js";
import { parseIndicatorModel, type Ranking, rankMunicipalities } from "../../src/indicators/model.js";
import { renderRankingPdf } from "../../src/indicators/report-pdf.js";
import { loadDataset } from "../../src/model/load.js";

const longest = (names: readonly string[]) => names.reduce((a, b) => (b.length > a.length ? b : a));

let ranking: Ranking;
let text: string;

beforeAll(async () => {
  const dataset = await loadDataset("data/sample");
  const model = parseIndicatorModel(readFileSync(DEFAULT_INDICATOR_MODEL, "utf8"), DEFAULT_INDICATOR_MODEL);
  ranking = rankMunicipalities(dataset.records, model);
  const pdf = await renderRankingPdf(ranking, {
    regionName: "Hele landet",
    dataYear: dataset.dataYear,
    isSample: true,
    modelFile: "indikatormodell.csv",
    publisher: null,
    now: new Date("2026-06-01T00:00:00Z"),
  });
  const file = join(mkdtempSync(join(tmpdir(), "faktaark-rank-")), "rank.pdf");
  writeFileSync(file, pdf);
  text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
});

describe("the rank PDF of all sample municipalities", () => {
  it("prints the longest municipality and county names whole, on one line", () => {
    const municipality = longest(ranking.rows.map((row) => row.name));
    const county = longest(ranking.rows.map((row) => row.county.name));
    expect(municipality).toBe("Storfjord - Omasvuotna - Omasvuono");
    expect(county).toBe("Finnmark - Finnmárku - Finmarkku");
    expect(text).toContain(municipality);
    expect(text).toContain(county);
  });

  it("cuts no text, and prints every ranked name and county", () => {
    expect(text).not.toContain("…");
    const lines = text.split("\n");
    for (const row of ranking.rows) {
      const line = lines.find((candidate) => candidate.includes(` ${row.name}`) && candidate.includes(row.county.name));
      expect(line, row.name).toBeDefined();
    }
  });
});
