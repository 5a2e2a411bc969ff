// The sample's made-up KOSTRA groups follow SSB's published criteria for the grouping per 2020: the population band
// decides the possible groups, bound costs (remote or not) and the drawn income pick among them, Oslo is alone in
// 13 and the eight with the highest drawn income make up 17.
import { describe, expect, it } from "vitest";
import { assignSampleKostraGroups } from "../../src/sample/kostra-groups.js";

/** SSB's criteria table: population band → the groups it allows, for central (low bound costs) and remote places. */
const BANDS: [number, number[], number[]][] = [
  [599, [16], [16]],
  [600, [14, 15], [14, 15]],
  [1_999, [14, 15], [14, 15]],
  [2_000, [1, 2, 3], [4, 5, 6]],
  [9_999, [1, 2, 3], [4, 5, 6]],
  [10_000, [7, 8], [7, 8]],
  [19_999, [7, 8], [7, 8]],
  [20_000, [9], [9]],
  [30_000, [10], [10]],
  [45_000, [11], [11]],
  [75_000, [12], [12]],
];

describe("the sample's KOSTRA groups", () => {
  it("keep SSB's bands, with Oslo alone in 13 and eight in 17", () => {
    // Three central and three remote municipalities in each band.
    const inputs = BANDS.flatMap(([population]) =>
      [900, 900, 900, 500, 500, 500].map((centralityIndex) => ({ population, centralityIndex })),
    ).map((input, i) => ({
      ...input,
      code: String(1000 + i),
      name: input.centralityIndex > 670 ? "sentral" : "usentral",
    }));
    const rows = assignSampleKostraGroups([
      { code: "0301", name: "Oslo", population: 700_000, centralityIndex: 1000 },
      ...inputs,
    ]);
    expect(rows[0]).toEqual(["0301", "Oslo", 13]);
    expect(rows.filter(([, , group]) => group === 17)).toHaveLength(8);
    for (const [[code, name, group], input] of rows.slice(1).map((row, i) => [row, inputs[i]!] as const)) {
      const [, central, remote] = BANDS.find(([population]) => population === input.population)!;
      expect([17, ...(name === "sentral" ? central : remote)], code).toContain(group);
    }
  });
});
