// The rules for choosing comparison municipalities, on five hand-made municipalities that differ in population and
// centrality only. Seen from 4001 the order of nearness is 4003 (centrality 20 apart), 4601 (40), 4602 (100), and
// Oslo far off; the rules keep that order within their pool.

import { existsSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { choosePool, requireRuleData } from "../../src/compare/rules.js";
import { selectComparisons } from "../../src/compare/select.js";
import { loadDataset } from "../../src/model/load.js";
import type { MunicipalityRecord } from "../../src/model/record.js";
import { copySample } from "../cli/run-cli.js";
import { centrality, makeRecord, population } from "../indicators/make-record.js";
import { readGroups } from "./kostra-groups.js";

const REFERENCE_GROUPS = fileURLToPath(
  new URL("../../../shared/data/reference/kostragrupper_kommuner_2024.csv", import.meta.url),
);

function makeFive(groups: Record<string, number | null> = {}): MunicipalityRecord[] {
  const rows: [string, number, number, number][] = [
    ["4001", 1_000, 500, 10],
    ["4003", 1_000, 520, 7],
    ["4601", 1_000, 540, 10],
    ["4602", 1_000, 600, 10],
    ["0301", 100_000, 1_000, 13],
  ];
  return rows.map(([code, total, index, group]) =>
    makeRecord(code, {
      population: population(total),
      centrality: centrality(index),
      kostraGroup: code in groups ? (groups[code] ?? null) : group,
    }),
  );
}

const codes = (records: MunicipalityRecord[], code: string, options: Parameters<typeof selectComparisons>[2]) =>
  selectComparisons(records, code, options).neighbours.map((n) => n.code);

describe("the comparison rules", () => {
  it("nearest: the nearest among all municipalities", () => {
    const result = selectComparisons(makeFive(), "4001", { count: 3, rule: "nearest" });
    expect(result.neighbours.map((n) => n.code)).toEqual(["4003", "4601", "4602"]);
    expect(result.pool).toEqual({ rule: "nearest" });
    // Without a rule: the same, as before there were rules.
    expect(codes(makeFive(), "4001", { count: 3 })).toEqual(["4003", "4601", "4602"]);
  });

  it("kostra: the nearest among the municipalities of the same KOSTRA group, never one of another group", () => {
    const result = selectComparisons(makeFive(), "4001", { count: 3, rule: "kostra" });
    expect(result.neighbours.map((n) => n.code)).toEqual(["4601", "4602"]);
    expect(result.pool).toEqual({ rule: "kostra", group: 10, others: 2 });
    expect(codes(makeFive(), "4001", { count: 1, rule: "kostra" })).toEqual(["4601"]);
  });

  it("fylke: the nearest among the municipalities of the same county", () => {
    const result = selectComparisons(makeFive(), "4001", { count: 3, rule: "fylke" });
    expect(result.neighbours.map((n) => n.code)).toEqual(["4003"]);
    expect(result.pool).toEqual({ rule: "fylke", county: { code: "40", name: "Fylke 40" }, others: 1 });
  });

  it("chooses no one for a municipality alone in its group or county, and says there is no one", () => {
    const kostra = selectComparisons(makeFive(), "0301", { rule: "kostra" });
    expect([kostra.neighbours, kostra.pool]).toEqual([[], { rule: "kostra", group: 13, others: 0 }]);
    expect(selectComparisons(makeFive(), "0301", { rule: "fylke" }).neighbours).toEqual([]);
  });

  it("keeps an adviser's list first, wherever its municipalities lie, and fills up by the rule", () => {
    const result = selectComparisons(makeFive(), "4001", { count: 2, rule: "kostra", manual: ["0301"] });
    expect(result.neighbours.map((n) => [n.code, n.chosenBy])).toEqual([
      ["0301", "manual"],
      ["4601", "nearest"],
    ]);
  });

  it("refuses the kostra rule for a municipality without a group, and for a dataset without any", () => {
    expect(() => selectComparisons(makeFive({ "4001": null }), "4001", { rule: "kostra" })).toThrow(
      "Kommune 4001 (4001) har ingen KOSTRA-gruppe i datagrunnlaget, så sammenligningskommunene kan ikke velges " +
        "etter regelen «kostra». Legg til kommunen i filen med KOSTRA-grupper, eller velg en annen regel med --sammenligning.",
    );
    const none = makeFive(Object.fromEntries(["4001", "4003", "4601", "4602", "0301"].map((code) => [code, null])));
    expect(() => requireRuleData("kostra", none, "data/x")).toThrow(
      /^datagrunnlaget data\/x har ingen KOSTRA-grupper, så sammenligningskommunene kan ikke velges etter regelen «kostra»\./,
    );
    expect(() => requireRuleData("fylke", none, "data/x")).not.toThrow();
    expect(choosePool("fylke", none[0]!, none).pool).toEqual({
      rule: "fylke",
      county: { code: "40", name: "Fylke 40" },
      others: 1,
    });
  });
});

describe.skipIf(!existsSync(REFERENCE_GROUPS))("the kostra rule with SSB's real KOSTRA groups (../shared)", () => {
  // The sample's municipalities and figures, with the sample's made-up groups replaced by the real list.
  // Read in beforeAll: a skipped block is still collected, and without ../shared there is no file to read.
  let records: readonly MunicipalityRecord[];
  let members: string[];
  beforeAll(async () => {
    const data = await copySample();
    await copyFile(REFERENCE_GROUPS, join(data, "klass", "kostragrupper-2024.csv"));
    records = (await loadDataset(data)).records;
    members = (readGroups(REFERENCE_GROUPS).get("10") ?? []).filter((code) => code !== "4001");
  });
  const chosen = (options: Parameters<typeof selectComparisons>[2]) =>
    selectComparisons(records, "4001", options).neighbours.map((n) => n.code);

  it("gives Porsgrunn every other member of its group 10 when asked for as many", () => {
    // Haugesund, Karmøy, Molde, Halden, Indre Østfold, Ullensaker, Lørenskog, Ringerike, Hamar, Gjøvik, Ringsaker
    // and Øygarden: the reference file's group 10 without Porsgrunn.
    expect(members).toHaveLength(12);
    expect(chosen({ rule: "kostra", count: 20 }).sort()).toEqual([...members].sort());
    expect(selectComparisons(records, "4001", { rule: "kostra" }).pool).toEqual({
      rule: "kostra",
      group: 10,
      others: 12,
    });
  });

  it("gives by default the five of them nearest in the structural indicators", () => {
    const nearestMembers = chosen({ rule: "nearest", count: records.length }).filter((code) => members.includes(code));
    expect(chosen({ rule: "kostra" })).toEqual(nearestMembers.slice(0, 5));
  });
});
