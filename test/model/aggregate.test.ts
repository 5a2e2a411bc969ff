import { describe, expect, it } from "vitest";
import type { Cell, SourceRef } from "../../src/data/types.js";
import { aggregateRecords } from "../../src/model/aggregate.js";
import type { MunicipalityRecord, Series } from "../../src/model/record.js";

const source: SourceRef = { table: "07459", publisher: "SSB", file: "f", format: "json-stat2", title: "t" };
const series = (...values: [number, Cell][]): Series => values.map(([year, value]) => ({ year, value }));

function record(code: string, population: number, crowding: Cell, municipal: Cell): MunicipalityRecord {
  return {
    code,
    name: code,
    shortName: code,
    county: { code: "40", name: "Telemark" },
    centrality: null,
    kostraGroup: null,
    writtenForm: "nb",
    population: {
      source,
      files: [source.file],
      data: { total: series([2025, population]), byAge: [], ageYear: 2025 },
      notes: [],
    },
    immigrants: null,
    households: null,
    dwellings: null,
    tenure: null,
    crowding: { source, files: [source.file], data: { share: series([2025, crowding]) }, notes: [] },
    construction: null,
    projection: null,
    municipalDwellings: {
      source,
      files: [source.file],
      data: { per1000: series([2025, municipal]) },
      notes: [],
    },
    lowIncome: null,
    housePrices: null,
    socialAssistance: null,
    refugees: null,
    husbanken: null,
  };
}

describe("aggregateRecords", () => {
  const county = aggregateRecords(
    [record("4001", 30000, 10, 20), record("4003", 10000, 6, 30), record("4034", 500, ":", ":")],
    "40",
    "Telemark",
  );

  it("sums counts", () => {
    expect(county.population?.data.total).toEqual(series([2025, 40500]));
  });

  it("weights KOSTRA's rates per 1000 by population over the municipalities that report one, and says so", () => {
    // (20 × 30 000 + 30 × 10 000) / 40 000; 4034's rate is suppressed, so its people are left out too.
    expect(county.municipalDwellings?.data.per1000).toEqual(series([2025, 22.5]));
    expect(county.municipalDwellings?.notes).toEqual([{ key: "reportingMunicipalities", params: {} }]);
  });

  it("weights shares by population and says so", () => {
    expect(county.crowding?.data.share).toEqual(series([2025, 9]));
    expect(county.crowding?.notes).toEqual([{ key: "weightedCrowding", params: {} }]);
  });

  it("gives the area's code and name and null for parts no municipality has", () => {
    expect([county.code, county.name, county.county.code]).toEqual(["40", "Telemark", "40"]);
    expect(county.households).toBeNull();
  });

  it("sums year by year by SSB's symbols: '..' or a missing year makes the area's year missing, '-' is nothing, '.' does not count", () => {
    const built = (code: string, started: Series): MunicipalityRecord => ({
      ...record(code, 100, 1, 1),
      construction: { source, files: [source.file], data: { started, completed: series([2024, 1]) }, notes: [] },
    });
    const area = aggregateRecords(
      [
        built("1", series([2020, 5], [2021, "-"], [2022, "-"], [2023, "."], [2024, 3], [2025, ":"])),
        built("2", series([2020, 7], [2021, 4], [2022, "-"], [2023, "."], [2024, ".."], [2025, ":"], [2026, 1])),
      ],
      "0",
      "Landet",
    );
    // A sum without member 2's 2024 (or member 1's 2026) is not the area's: divided by the population of both, it
    // would print too low a rate (Telemark's start loans 0,9 per 1000 where 1,2 was true).
    expect(area.construction?.data.started).toEqual(
      series([2020, 12], [2021, 4], [2022, "-"], [2023, "."], [2024, ".."], [2025, ":"], [2026, ".."]),
    );
    expect(area.construction?.notes).toEqual([{ key: "suppressedLeftOut", params: {} }]);
  });

  it("sums a year a member put on today's borders lacks over those that have it, and names the years", () => {
    // Haram (1580) was part of Ålesund (1508) in 2020–2023: SSB's series on today's borders lack it, and Ålesund's
    // figures hold its people; a member without such a note makes the year missing (the test above).
    const withGap = (code: string, values: [number, Cell][]): MunicipalityRecord => ({
      ...record(code, 0, 1, 1),
      population: {
        source,
        files: [source.file],
        data: { total: series(...values), byAge: [], ageYear: 2025 },
        notes:
          code === "1580"
            ? [{ key: "split", params: { year: 2024, oldName: "Ålesund", parts: "Ålesund og Haram" } }]
            : [],
      },
    });
    const area = aggregateRecords(
      [
        withGap("1508", [
          [2022, 66_000],
          [2023, 67_000],
          [2024, 57_000],
        ]),
        withGap("1580", [
          [2022, ".."],
          [2023, ".."],
          [2024, 9_900],
        ]),
      ],
      "15",
      "Møre og Romsdal",
    );
    expect(area.population?.data.total).toEqual(series([2022, 66_000], [2023, 67_000], [2024, 66_900]));
    expect(area.population?.notes).toEqual([{ key: "partialYears", params: { years: "2022–2023", area: 0 } }]);
  });

  it("gives no figure for an area when fewer than 90 % of its municipalities have the part (a file for one county is not the country)", () => {
    const members = (withCrowding: number): MunicipalityRecord[] =>
      ["4001", "4003", "4005", "4010", "4012", "4014", "4016", "4018", "4020", "4022"].map((code, i) =>
        i < withCrowding ? record(code, 1000, 5, 20) : { ...record(code, 1000, 5, 20), crowding: null },
      );
    expect(aggregateRecords(members(8), "0", "Landet").crowding).toBeNull();
    expect(aggregateRecords(members(9), "0", "Landet").crowding?.data.share).toEqual(series([2025, 5]));
  });

  it("sums counts only over every municipality: a county's population without one member's is not the county's", () => {
    const members = ["4001", "4003", "4005", "4010", "4012", "4014", "4016", "4018", "4020", "4022"].map((code) =>
      record(code, 1000, 5, 20),
    );
    expect(aggregateRecords(members, "40", "Telemark").population?.data.total).toEqual(series([2025, 10_000]));
    const withoutOne = members.map((member, i) => (i === 0 ? { ...member, population: null } : member));
    expect(aggregateRecords(withoutOne, "40", "Telemark").population).toBeNull();
    // Shares weighted by population still stand on nine of ten, and say so.
    expect(aggregateRecords(withoutOne, "40", "Telemark").crowding?.data.share).toEqual(series([2025, 5]));
  });
});
