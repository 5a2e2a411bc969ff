import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildChangeMap, listBuiltinChanges, mergeChanges } from "../../src/model/changes.js";
import { MUNICIPALITIES } from "../../src/model/municipalities.js";

const REFERENCE = "../shared/data/reference";
const changes2024 = `${REFERENCE}/kommunenummer_2023_til_2024_endringer_kommunebarometer.json`;
const changes2020 = `${REFERENCE}/klass131_endringer_2019_til_2020_gardenberg_latin1.csv`;
const long2020 = `${REFERENCE}/kommunenummer_2013_til_2020_long_gardenberg.csv`;

const builtin = listBuiltinChanges();
const today = buildChangeMap(
  MUNICIPALITIES.map((m) => m.code),
  builtin,
);
/** The map as it stood in 2020: today's structure minus the 2024 changes. */
const codes2020 = new Set(builtin.filter((c) => c.changeOccurred === "2020-01-01").map((c) => c.newCode));
for (const m of MUNICIPALITIES) {
  if (!builtin.some((c) => c.newCode === m.code && c.changeOccurred >= "2020-01-01")) codes2020.add(m.code);
}
const in2020 = buildChangeMap(
  codes2020,
  builtin.filter((c) => c.changeOccurred <= "2020-01-01"),
);

const latin1 = (path: string): string => new TextDecoder("latin1").decode(readFileSync(path));

describe("municipality changes", () => {
  it("follows old codes through every step to today's code", () => {
    expect(today.successorsOf("0101")).toEqual(["3101"]);
    expect(in2020.successorsOf("0101")).toEqual(["3001"]);
    expect(today.successorsOf("0709")).toEqual(["3909"]);
    expect(today.successorsOf("0728")).toEqual(["3909"]);
    expect(in2020.successorsOf("0728")).toEqual(["3805"]);
    expect(today.successorsOf("0805")).toEqual(["4001"]);
    expect(today.successorsOf("3806")).toEqual(["4001"]);
  });

  it("knows the splits: Snillfjord 2020, Tysfjord 2020 and Ålesund 2024", () => {
    expect(today.successorsOf("5012")).toEqual(["5055", "5056", "5059"]);
    expect(today.successorsOf("1850")).toEqual(["1806", "1875"]);
    expect(today.successorsOf("1507")).toEqual(["1508", "1580"]);
    expect(today.predecessorsOf("1580").map((p) => p.code)).toContain("1507");
  });

  it("lets a dataset's own change replace the built-in one for the same code and date", () => {
    const own = {
      oldCode: "1507",
      oldName: "Ålesund",
      newCode: "1508",
      newName: "Ålesund",
      changeOccurred: "2024-01-01",
    };
    const merged = mergeChanges(builtin, [
      {
        source: { table: "klass131", publisher: "SSB", file: "x", format: "klass-json", title: "" },
        classification: "131",
        codes: [],
        changes: [own],
      },
    ]);
    expect(merged.filter((c) => c.oldCode === "1507" && c.changeOccurred === "2024-01-01")).toEqual([own]);
  });

  it.skipIf(!existsSync(changes2024))("agrees with SSB's 2023→2024 renumbering", () => {
    const doc = JSON.parse(readFileSync(changes2024, "utf8")) as {
      endringer: Record<string, { oldCodes: { code: string }[] }>;
    };
    const wrong: string[] = [];
    for (const [newCode, { oldCodes }] of Object.entries(doc.endringer)) {
      for (const { code } of oldCodes) {
        const found = builtin.some(
          (c) => c.oldCode === code && c.newCode === newCode && c.changeOccurred === "2024-01-01",
        );
        if (!found) wrong.push(`${code}>${newCode}`);
      }
    }
    expect(wrong).toEqual([]);
    // The reference lists only changes that kept the name; ours also has the Haram split and two renamings.
    const listed = new Set(Object.entries(doc.endringer).flatMap(([n, e]) => e.oldCodes.map((o) => `${o.code}>${n}`)));
    const extra = builtin
      .filter((c) => c.changeOccurred === "2024-01-01" && !listed.has(`${c.oldCode}>${c.newCode}`))
      .map((c) => `${c.oldCode} ${c.oldName}>${c.newCode} ${c.newName}`);
    expect(extra).toEqual([
      "1507 Ålesund>1580 Haram",
      "3018 Våler (Viken)>3114 Våler (Østfold)",
      "5414 Gratangen>5516 Gratangen - Rivtták",
    ]);
  });

  it.skipIf(!existsSync(changes2020))("agrees with KLASS 131's 2019→2020 change list, splits included", () => {
    const rows = latin1(changes2020).trim().split(/\r?\n/).slice(1);
    const wrong: string[] = [];
    for (const row of rows) {
      const [from = "", to = "", split = ""] = row.split(";");
      const oldCode = from.slice(0, 4);
      const newCode = to.slice(0, 4);
      const successors = in2020.successorsOf(oldCode);
      if (!successors.includes(newCode))
        wrong.push(`${oldCode}>${newCode} (vi har ${successors.join("+") || "ingen"})`);
      if ((split.trim() === "1") !== successors.length > 1) wrong.push(`${oldCode} deling ${split}`);
    }
    expect(wrong).toEqual([]);
  });

  it.skipIf(!existsSync(long2020))("maps every municipality number of 2013–2019 to its 2020 municipality", () => {
    const rows = latin1(long2020).trim().split(/\r?\n/).slice(1);
    const wrong: string[] = [];
    for (const row of rows) {
      const [code2020 = "", , historical = ""] = row.split(";").map((cell) => cell.replaceAll('"', ""));
      if (code2020 === "9999") continue; // "Uoppgitt" is not a municipality
      const successors = in2020.successorsOf(historical);
      if (!successors.includes(code2020))
        wrong.push(`${historical}>${code2020} (vi har ${successors.join("+") || "ingen"})`);
    }
    expect(wrong).toEqual([]);
  });
});
