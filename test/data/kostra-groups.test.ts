// SSB's KOSTRA groups per municipality (knr,name,value): the real list in ../shared (never copied into the
// project; skipped when ../shared is absent), and hand-made damaged files that must be refused by line.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/data/read-dataset.js";
import { fakeDir } from "./fake-dir.js";

const REFERENCE = fileURLToPath(
  new URL("../../../shared/data/reference/kostragrupper_kommuner_2024.csv", import.meta.url),
);

const read = (text: string) => readDataset("/data", fakeDir({ "kostragrupper.csv": text }));

describe.skipIf(!existsSync(REFERENCE))("the real KOSTRA groups of 2024 (../shared)", () => {
  it("reads all 357 municipalities into KLASS 112 with their group as SSB's region code", async () => {
    const raw = await read(readFileSync(REFERENCE, "utf8"));
    expect(raw.diagnostics).toEqual([]);
    expect(raw.files[0]?.recognisedAs).toBe("KOSTRA-grupper (KLASS 112, CSV)");
    const [table] = raw.classifications;
    expect(table?.classification).toBe("112");
    expect(table?.codes).toHaveLength(357);
    const groupOf = new Map(table?.codes.map((code) => [code.code, code.parentCode]));
    // Looked up by hand in the file: Porsgrunn 10, Oslo alone in 13, Haram placed in 1 when it was made in 2024.
    expect([groupOf.get("4001"), groupOf.get("0301"), groupOf.get("1580"), groupOf.get("4601")]).toEqual([
      "EKG10",
      "EKG13",
      "EKG01",
      "EKG12",
    ]);
    // The group sizes of SSB's «KOSTRA-gruppene» table (group 1: 40 from 2024).
    const sizes = new Map<string, number>();
    for (const group of groupOf.values()) sizes.set(group ?? "", (sizes.get(group ?? "") ?? 0) + 1);
    expect([...sizes].sort(([a], [b]) => a.localeCompare(b)).map(([, size]) => size)).toEqual([
      40, 18, 9, 39, 33, 28, 38, 13, 27, 13, 10, 11, 1, 25, 36, 8, 8,
    ]);
  });
});

describe("a KOSTRA-group file", () => {
  it("takes SSB's region codes EKG01–EKG17 as well as the numbers, with semicolons too", async () => {
    const raw = await read("knr;name;value\n4001;Porsgrunn;EKG10\n0301;Oslo;13\n");
    expect(raw.diagnostics).toEqual([]);
    expect(raw.classifications[0]?.codes.map((code) => [code.code, code.parentCode])).toEqual([
      ["4001", "EKG10"],
      ["0301", "EKG13"],
    ]);
  });

  it("refuses a bad number, a group outside 1–17 and a municipality given twice, naming the line", async () => {
    const raw = await read("knr,name,value\n4001,Porsgrunn,10\n401,Porsgrunn,10\n4003,Skien,18\n4001,Porsgrunn,11\n");
    expect(raw.diagnostics.map((d) => [d.at, d.message, d.region])).toEqual([
      ["linje 3", "forventet et firesifret kommunenummer (0301), fant «401»", undefined],
      ["linje 4", "forventet en KOSTRA-gruppe fra 1 til 17 (eller SSBs kode EKG01–EKG17), fant «18»", "4003"],
      [
        "linje 5",
        "kommune 4001 har også en KOSTRA-gruppe på linje 2: forventet én gruppe per kommune; fjern den ene linjen",
        "4001",
      ],
    ]);
    expect(raw.diagnostics.every((d) => d.severity === "error" && d.file === "kostragrupper.csv")).toBe(true);
    // Only the first line for 4001 counts; its sheet is not made until the file is mended.
    expect(raw.classifications[0]?.codes.map((code) => code.code)).toEqual(["4001"]);
    expect([...raw.regionErrors.keys()].sort()).toEqual(["4001", "4003"]);
  });

  it("is not taken for another knr,name,value list (målform): that stays an unknown file", async () => {
    const raw = await read("knr,name,value\n0301,Oslo,nøytral\n");
    expect(raw.classifications).toEqual([]);
    expect(raw.diagnostics[0]?.message).toMatch(/^ukjent filformat: .*KOSTRA-grupper \(CSV knr,name,value\)/);
  });
});
