// Each municipality's KOSTRA group against the register: what is used, and what is named in a warning.
import { describe, expect, it } from "vitest";
import type { ClassificationTable } from "../../src/data/types.js";
import { assignKostraGroups } from "../../src/model/kostra-groups.js";

function groupFile(file: string, groups: Record<string, number>): ClassificationTable {
  return {
    source: { table: "klass112", publisher: "SSB", file, format: "kostra-csv", title: "KOSTRA-grupper" },
    classification: "112",
    codes: Object.entries(groups).map(([code, group]) => ({
      code,
      parentCode: `EKG${String(group).padStart(2, "0")}`,
      level: "2",
      name: code,
    })),
    changes: [],
  };
}

describe("assignKostraGroups", () => {
  it("gives nothing and says nothing for a dataset without KOSTRA groups", () => {
    expect(assignKostraGroups([], ["4001"])).toEqual({ groups: new Map(), diagnostics: [] });
  });

  it("names numbers the register lacks and municipalities without a group, and uses the rest", () => {
    const result = assignKostraGroups(
      [groupFile("k.csv", { "4001": 10, "3806": 10, "0301": 13 })],
      ["0301", "4001", "1580"],
    );
    expect([...result.groups]).toEqual([
      ["4001", 10],
      ["0301", 13],
    ]);
    expect(result.diagnostics).toEqual([
      {
        severity: "warning",
        file: "k.csv",
        message: "KOSTRA-gruppen for 3806 er ikke brukt: kommunenummeret finnes ikke i kommuneregisteret (KLASS 131).",
      },
      {
        severity: "warning",
        file: "k.csv",
        message:
          "Ingen KOSTRA-gruppe for 1580: sammenligning innen KOSTRA-gruppen (--sammenligning kostra) kan ikke lages for den.",
      },
    ]);
  });

  it("gives no group to a municipality two files disagree on, and names both files", () => {
    const result = assignKostraGroups(
      [groupFile("a.csv", { "4001": 10, "0301": 13 }), groupFile("b.csv", { "4001": 11, "0301": 13 })],
      ["0301", "4001"],
    );
    expect([...result.groups]).toEqual([["0301", 13]]);
    expect(result.diagnostics.map((d) => [d.file, d.message])).toEqual([
      [
        "b.csv",
        "Kommune 4001 har KOSTRA-gruppe 11 her og 10 i a.csv: gruppen regnes som ukjent til den ene filen er fjernet " +
          "eller hoppet over med --ignore b.csv.",
      ],
    ]);
  });
});
