import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COUNTIES, MUNICIPALITIES } from "../../src/model/municipalities.js";

const REFERENCE = "../shared/data/reference";
const klass131 = `${REFERENCE}/klass131_codesAt_2026-01-01_kommunebarometer.json`;
const countyTable = `${REFERENCE}/kommunetabell_2023_2024_fylker_telemark.csv`;

describe("the built-in register", () => {
  it("has 357 municipalities with unique codes, each in one of the 15 counties", () => {
    expect(MUNICIPALITIES).toHaveLength(357);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(357);
    const counties = new Set(COUNTIES.map((c) => c.code));
    expect(counties.size).toBe(15);
    for (const m of MUNICIPALITIES) expect(counties.has(m.countyCode), m.code).toBe(true);
  });

  it("gives the Norwegian form as the short name", () => {
    const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
    expect(byCode.get("5041")?.shortName).toBe("Snåsa");
    expect(byCode.get("5501")?.shortName).toBe("Tromsø");
    expect(byCode.get("5612")?.shortName).toBe("Kautokeino");
  });

  it.skipIf(!existsSync(klass131))("agrees with KLASS 131 (2026-01-01) in codes and names", () => {
    const doc = JSON.parse(readFileSync(klass131, "utf8")) as { codes: { code: string; name: string }[] };
    const reference = doc.codes.filter((c) => c.code !== "9999").map((c) => `${c.code} ${c.name}`);
    const ours = MUNICIPALITIES.map((m) => `${m.code} ${m.name}`);
    expect(ours.filter((line) => !reference.includes(line))).toEqual([]);
    expect(reference.filter((line) => !ours.includes(line))).toEqual([]);
  });

  it.skipIf(!existsSync(countyTable))("agrees with the 2024 county names", () => {
    const lines = readFileSync(countyTable, "utf8")
      .replace(/^\ufeff/, "")
      .split(/\r?\n/)
      .slice(1);
    const reference = new Map<string, string>();
    for (const line of lines) {
      const cells = line.split(";");
      const [code, name] = [cells[10], cells[11]];
      if (code !== undefined && name !== undefined && code !== "00" && code !== "99") reference.set(code, name);
    }
    expect(Object.fromEntries(COUNTIES.map((c) => [c.code, c.name]))).toEqual(Object.fromEntries(reference));
  });
});
