import { describe, expect, it } from "vitest";
import type { RawDataset } from "../../src/data/read-dataset.js";
import type { ClassificationTable, Observation, ObservationTable } from "../../src/data/types.js";
import { joinRecords } from "../../src/model/join.js";
import type { MunicipalityRecord } from "../../src/model/record.js";

const register: ClassificationTable = {
  source: { table: "klass131", publisher: "SSB", file: "klass131.json", format: "klass-json", title: "KLASS 131" },
  classification: "131",
  codes: [
    { code: "1508", parentCode: null, level: "1", name: "Ålesund" },
    { code: "1580", parentCode: null, level: "1", name: "Haram" },
    { code: "3909", parentCode: null, level: "1", name: "Larvik" },
    { code: "4001", parentCode: null, level: "1", name: "Porsgrunn" },
    { code: "5612", parentCode: null, level: "1", name: "Guovdageaidnu - Kautokeino" },
    { code: "9999", parentCode: null, level: "1", name: "Uoppgitt" },
  ],
  changes: [],
};

const centrality: ClassificationTable = {
  source: { table: "klass128", publisher: "SSB", file: "klass128.csv", format: "klass-csv", title: "KLASS 128" },
  classification: "128",
  codes: [
    { code: "03", parentCode: null, level: "1", name: "Sentralitet: 3 (775-869)" },
    { code: "3909", parentCode: "03", level: "2", name: "Larvik", notes: "801" },
  ],
  changes: [],
};

const obs = (region: string, year: number, value: Observation["value"]): Observation => ({
  region,
  year,
  keys: { ContentsCode: "Personer1" },
  value,
  at: `${region}/${year}`,
});

const population: ObservationTable = {
  source: { table: "07459", publisher: "SSB", file: "07459.json", format: "json-stat2", title: "Befolkning" },
  dimensions: ["ContentsCode"],
  observations: [
    obs("0709", 2017, 100),
    obs("0728", 2017, 20),
    obs("0712", 2019, 130),
    obs("3805", 2021, 140),
    obs("3909", 2024, 150),
    obs("1507", 2022, 500),
    obs("1508", 2024, 400),
    obs("1580", 2024, 100),
    obs("0805", 2019, ".."),
    obs("3806", 2021, "-"),
    obs("4001", 2024, ":"),
    obs("7777", 2024, 5),
  ],
};

function raw(tables: ObservationTable[], classifications: ClassificationTable[] = [register, centrality]): RawDataset {
  return {
    dir: "test",
    meta: { name: "test", sample: false },
    tables,
    classifications,
    files: [],
    ignored: [],
    diagnostics: [],
    regionErrors: new Map(),
    regionErrorFiles: new Map(),
  };
}

const writtenForms = new Map([
  ["1508", "neutral" as const],
  ["1580", "nn" as const],
  ["3909", "nb" as const],
  ["4001", "neutral" as const],
  ["5612", "nb" as const],
]);

function recordOf(records: readonly MunicipalityRecord[], code: string): MunicipalityRecord {
  const record = records.find((r) => r.code === code);
  if (!record) throw new Error(`no record ${code}`);
  return record;
}

describe("joinRecords", () => {
  const { records, diagnostics } = joinRecords(raw([population]), { writtenForms });

  it("makes one record per municipality of the dataset's register, without 9999", () => {
    expect(records.map((r) => r.code)).toEqual(["1508", "1580", "3909", "4001", "5612"]);
    expect(recordOf(records, "5612").shortName).toBe("Kautokeino");
    expect(recordOf(records, "5612").county).toEqual({ code: "56", name: "Finnmark - Finnmárku - Finmarkku" });
  });

  it("sums merged municipalities onto today's code and says so", () => {
    const larvik = recordOf(records, "3909");
    expect(larvik.population?.data.total).toEqual([
      { year: 2017, value: 120 },
      { year: 2019, value: 130 },
      { year: 2021, value: 140 },
      { year: 2024, value: 150 },
    ]);
    expect(larvik.population?.notes).toEqual([
      { key: "merged", params: { fromYear: 2018, names: "Larvik og Lardal" } },
    ]);
    expect(larvik.population?.source.table).toBe("07459");
  });

  it("marks a split municipality's earlier figures missing, with a note, instead of inventing them", () => {
    for (const code of ["1508", "1580"]) {
      const record = recordOf(records, code);
      expect(record.population?.data.total).toEqual([
        { year: 2022, value: ".." },
        { year: 2024, value: code === "1508" ? 400 : 100 },
      ]);
      expect(record.population?.notes).toEqual([
        { key: "split", params: { year: 2024, oldName: "Ålesund", parts: "Ålesund og Haram" } },
      ]);
    }
  });

  it("carries SSB's symbols through renumbering", () => {
    expect(recordOf(records, "4001").population?.data.total).toEqual([
      { year: 2019, value: ".." },
      { year: 2021, value: "-" },
      { year: 2024, value: ":" },
    ]);
  });

  it("gives null parts for tables the dataset lacks, and reads centrality and written form", () => {
    const larvik = recordOf(records, "3909");
    expect(larvik.households).toBeNull();
    expect(larvik.projection).toBeNull();
    expect(larvik.centrality).toEqual({ class: 3, index: 801 });
    expect(larvik.writtenForm).toBe("nb");
    expect(recordOf(records, "5612").centrality).toBeNull();
  });

  it("warns about municipality codes it cannot place", () => {
    expect(diagnostics).toEqual([
      {
        severity: "warning",
        file: "07459.json",
        message:
          "Tabell 07459 har tall for kommunenummer som verken finnes i kommuneregisteret eller i endringslistene (7777); de er utelatt.",
      },
    ]);
  });

  it("lets the dataset's KLASS changes take precedence over the built-in ones", () => {
    const changes: ClassificationTable = {
      ...register,
      source: { ...register.source, file: "changes.json" },
      codes: [],
      changes: [
        { oldCode: "1507", oldName: "Ålesund", newCode: "1508", newName: "Ålesund", changeOccurred: "2024-01-01" },
      ],
    };
    const joined = joinRecords(raw([population], [register, changes]), { writtenForms });
    expect(recordOf(joined.records, "1508").population?.data.total[0]).toEqual({ year: 2022, value: 500 });
    expect(recordOf(joined.records, "1580").population?.data.total).toEqual([{ year: 2024, value: 100 }]);
  });

  it("uses the built-in register when the dataset has none, and says so", () => {
    const joined = joinRecords(raw([], []), { writtenForms });
    expect(joined.records).toHaveLength(357);
    expect(joined.diagnostics.map((d) => d.message)).toEqual([
      "Datasettet har ingen kommuneliste (KLASS 131); den innebygde listen over 357 kommuner (2024) er brukt.",
      "Målform mangler i data/register/maalform.csv for 0301, 1101, 1103, 1106, 1108, 1111, 1112, 1114 og 344 til; de regnes som nøytrale.",
    ]);
  });

  it("reads SSB's 0 for Haram before the 2024 split as missing, and says Ålesund's earlier figures include it", () => {
    // agg_KommSummer, "Kommuner 2024, sammenslåtte tidsserier": K-1580 is 0 in 2020–2023, K-1508 holds both.
    const summed: ObservationTable = {
      ...population,
      observations: [
        obs("1580", 2023, 0),
        obs("1580", 2024, 9_900),
        obs("1508", 2023, 67_000),
        obs("1508", 2024, 57_000),
      ],
    };
    const joined = joinRecords(raw([summed]), { writtenForms });
    const haram = recordOf(joined.records, "1580").population;
    expect(haram?.data.total).toEqual([
      { year: 2023, value: ".." },
      { year: 2024, value: 9_900 },
    ]);
    expect(haram?.notes).toEqual([{ key: "summedZero", params: { years: "2023", year: 2024, oldName: "Ålesund" } }]);
    const alesund = recordOf(joined.records, "1508").population;
    expect(alesund?.data.total).toEqual([
      { year: 2023, value: 67_000 },
      { year: 2024, value: 57_000 },
    ]);
    expect(alesund?.notes).toEqual([
      { key: "splitIncluded", params: { year: 2024, oldName: "Ålesund", others: "Haram" } },
    ]);
  });

  it("keeps a real 0 before a split where the municipality has other figures that year, and Ålesund's own zeros", () => {
    const completions = (region: string, year: number, started: number, completed: number): Observation[] => [
      { region, year, keys: { ContentsCode: "Igangsatte" }, value: started, at: `${region}/${year}/i` },
      { region, year, keys: { ContentsCode: "Fullforte" }, value: completed, at: `${region}/${year}/f` },
    ];
    const construction: ObservationTable = {
      source: { table: "05940", publisher: "SSB", file: "05940.json", format: "json-stat2", title: "Boliger" },
      dimensions: ["ContentsCode"],
      observations: [
        ...completions("1580", 2022, 0, 0),
        ...completions("1580", 2023, 4, 0),
        ...completions("1508", 2022, 0, 0),
      ],
    };
    const joined = joinRecords(raw([population, construction]), { writtenForms });
    const haram = recordOf(joined.records, "1580").construction;
    expect(haram?.data.completed).toEqual([
      { year: 2022, value: ".." },
      { year: 2023, value: 0 },
    ]);
    expect(haram?.notes).toEqual([{ key: "summedZero", params: { years: "2022", year: 2024, oldName: "Ålesund" } }]);
    expect(recordOf(joined.records, "1508").construction?.data.completed).toEqual([{ year: 2022, value: 0 }]);
  });

  it("uses the newest projection table when a dataset holds two editions, never their sum, and names the older", () => {
    const projection = (table: string, baseYear: number, value: number): ObservationTable => ({
      source: {
        table,
        publisher: "SSB",
        file: `${table}.json`,
        format: "json-stat2",
        title: "Framskrevet folkemengde 1. januar, etter region, statistikkvariabel og år",
      },
      dimensions: ["ContentsCode"],
      observations: [baseYear, 2030].map((year) => ({
        region: "3909",
        year,
        keys: { ContentsCode: "Personer" },
        value,
        at: `${table}/${year}`,
      })),
    });
    // A next edition SSB has not published yet is recognised by its title, not its number. Its country and
    // county rows come in a file of their own (fetch's twin), which is the same edition, not a newer one.
    const areasOnly: ObservationTable = {
      ...projection("15123", 2028, 5_900_000),
      observations: projection("15123", 2028, 5_900_000).observations.map((o) => ({ ...o, region: "0" })),
    };
    const joined = joinRecords(raw([projection("14288", 2024, 50_000), projection("15123", 2028, 49_000), areasOnly]), {
      writtenForms,
    });
    const larvik = recordOf(joined.records, "3909").projection;
    expect(larvik?.source.table).toBe("15123");
    expect(larvik?.data.main).toEqual([
      { year: 2028, value: 49_000 },
      { year: 2030, value: 49_000 },
    ]);
    expect(joined.diagnostics).toContainEqual({
      severity: "warning",
      file: "14288.json",
      message: "Tabell 14288 (framskriving fra 2024) er ikke brukt: tabell 15123 (framskriving fra 2028) er nyere.",
    });
  });

  it("takes the centrality class from a KLASS 131→128 correspondence, which has no index", () => {
    const correspondence: ClassificationTable = {
      ...centrality,
      source: { ...centrality.source, file: "klass-131-128.json" },
      codes: [{ code: "4001", parentCode: "02", level: "2", name: "Porsgrunn", notes: "" }],
    };
    const joined = joinRecords(raw([population], [register, correspondence]), { writtenForms });
    expect(recordOf(joined.records, "4001").centrality).toEqual({ class: 2, index: null });
  });
});
