import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { personsAged } from "../../src/model/ages.js";
import { loadDataset } from "../../src/model/load.js";
import { type MunicipalityRecord, OPEN_AGE } from "../../src/model/record.js";
import { generateSample } from "../../src/sample/generate.js";

const SAMPLE_DIR = "data/sample";

function hashOf(files: ReadonlyMap<string, Buffer>): string {
  const hash = createHash("sha256");
  for (const path of [...files.keys()].sort()) hash.update(path).update(files.get(path) as Buffer);
  return hash.digest("hex");
}

function readDir(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join("/"), readFileSync(path));
  }
  return files;
}

const value = (series: readonly { year: number; value: unknown }[] | undefined, year: number): number => {
  const cell = series?.find((v) => v.year === year)?.value;
  if (typeof cell !== "number") throw new Error(`no number for ${year}`);
  return cell;
};

describe("the sample generator", () => {
  const files = generateSample();

  it("is deterministic", () => {
    expect(hashOf(generateSample())).toBe(hashOf(files));
  });

  it("matches the checked-in data/sample (regenerate with `npm run sample`, never edit by hand)", () => {
    const checkedIn = readDir(SAMPLE_DIR);
    expect([...checkedIn.keys()].sort()).toEqual([...files.keys()].sort());
    expect(hashOf(checkedIn)).toBe(hashOf(files));
  });

  it("stays small", () => {
    const bytes = [...files.values()].reduce((sum, content) => sum + content.length, 0);
    expect(bytes).toBeLessThan(25e6);
  });

  it("writes Statistikkbanken CSV in ISO-8859-1 with a title line, a blank line and a quoted header", () => {
    const text = (files.get("ssb/06070-husholdninger.csv") as Buffer).toString("latin1");
    const [title, blank, header, first] = text.split("\n");
    expect(title).toBe('"06070: Privathusholdninger, etter region, husholdningstype, statistikkvariabel og år"');
    expect(blank).toBe("");
    expect(header).toBe('"region";"husholdningstype";"år";"Husholdninger";"Personer i privathusholdninger"');
    // SSB's eleven household types in code order: 000 is "Andre husholdninger".
    expect(first).toMatch(/^"0301 Oslo - Oslove";"Andre husholdninger";"2014";\d+;\d+$/);
  });
});

describe("the sample as a dataset", async () => {
  const dataset = await loadDataset(SAMPLE_DIR);
  const byCode = new Map(dataset.records.map((r) => [r.code, r]));
  const get = (code: string): MunicipalityRecord => byCode.get(code) as MunicipalityRecord;

  it("reads without errors into 357 complete records marked as sample data", () => {
    expect(dataset.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(dataset.records).toHaveLength(357);
    expect(dataset.isSample).toBe(true);
    expect(dataset.dataYear).toBe(2026);
    for (const record of dataset.records) {
      expect(record.population && record.projection && record.husbanken && record.centrality, record.code).toBeTruthy();
    }
  });

  it("gives age structures that match size: cities have more 20–44-year-olds, small places more 67+", () => {
    const share = (record: MunicipalityRecord, from: number, to: number): number => {
      const ages = record.population?.data.byAge ?? [];
      return (personsAged(ages, from, to) ?? Number.NaN) / (personsAged(ages, 0, OPEN_AGE) ?? Number.NaN);
    };
    expect(share(get("0301"), 20, 44)).toBeGreaterThan(share(get("1151"), 20, 44) + 0.05);
    expect(share(get("1151"), 67, OPEN_AGE)).toBeGreaterThan(share(get("0301"), 67, OPEN_AGE) + 0.05);
    expect(value(get("0301").population?.data.total, 2026)).toBe(
      personsAged(get("0301").population?.data.byAge ?? [], 0, OPEN_AGE),
    );
  });

  it("builds more where the population grows", () => {
    const perThousand = (record: MunicipalityRecord): number => {
      const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
      const built = years.reduce((sum, y) => {
        const cell = record.construction?.data.completed.find((v) => v.year === y)?.value;
        return sum + (typeof cell === "number" ? cell : 0);
      }, 0);
      return (built / years.length / value(record.population?.data.total, 2025)) * 1000;
    };
    const growth = (record: MunicipalityRecord): number =>
      value(record.population?.data.total, 2026) / value(record.population?.data.total, 2016) - 1;
    const growing = dataset.records.filter((r) => growth(r) > 0.08);
    const declining = dataset.records.filter((r) => growth(r) < -0.03);
    expect(growing.length).toBeGreaterThan(20);
    expect(declining.length).toBeGreaterThan(20);
    for (const r of growing) expect(perThousand(r), r.code).toBeGreaterThan(3);
    for (const r of declining) expect(perThousand(r), r.code).toBeLessThan(2.5);
  });

  it("keeps households near 2.1 persons and continues the history in the projection", () => {
    const oslo = get("0301");
    const households = oslo.households?.data;
    const size = Number(households?.persons) / Number(households?.total);
    expect(size).toBeGreaterThan(1.8);
    expect(size).toBeLessThan(2.4);
    expect(value(oslo.projection?.data.main, 2026)).toBe(value(oslo.population?.data.total, 2026));
  });

  it("shows SSB's symbols and the 2024 split", () => {
    const utsira = get("1151");
    expect(utsira.crowding?.data.share.every((v) => v.value === ":")).toBe(true);
    expect(get("1508").construction?.data.completed.find((v) => v.year === 2022)?.value).toBe("..");
    expect(get("1508").construction?.notes[0]).toEqual({
      key: "split",
      params: { year: 2024, oldName: "Ålesund", parts: "Ålesund og Haram" },
    });
    expect(value(get("3909").construction?.data.completed, 2022)).toBeGreaterThanOrEqual(0);
  });
});
