// Reads the real SSB exports in ../shared/data/reference/ (never copied into the project) and checks figures
// looked up by hand in those files. Skipped when ../shared is absent.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RawDataset, readDataset } from "../../src/data/read-dataset.js";
import { numericValue, type Observation, type ObservationTable } from "../../src/data/types.js";
import { TELEMARK_FILES, writeTelemarkDataset } from "../fixtures/telemark.js";

const reference = fileURLToPath(new URL("../../../shared/data/reference/", import.meta.url));
const present = existsSync(reference);

const tableOf = (raw: RawDataset, file: string): ObservationTable => {
  const table = raw.tables.find((t) => t.source.file === file);
  if (!table) throw new Error(`no table read from ${file}`);
  return table;
};
const sum = (observations: readonly Observation[]): number =>
  observations.reduce((total, o) => total + (numericValue(o.value) ?? Number.NaN), 0);

describe.skipIf(!present)("real reference files", () => {
  let raw: RawDataset;
  beforeAll(async () => {
    raw = await readDataset(reference);
  });

  it("recognises every file in a supported format by its content", () => {
    const recognised = Object.fromEntries(raw.files.map((f) => [f.path, f.recognisedAs]));
    expect(recognised).toMatchObject({
      "ssb_07459_jsonstat2_kommuner_2022_purplebugs.json": "SSB 07459 (JSON-stat2)",
      "ssb_pxwebapi_v2_12134_jsonstat2_3kommuner_2024_kommunebarometer.json": "SSB 12134 (JSON-stat2)",
      "ssb_statbank_export_10211_20230306-214644_latin1.csv": "SSB 10211 (Statistikkbank-CSV)",
      "ssb_statbank_export_SSB_11616_20220427-120901_latin1.csv": "SSB 11616 (Statistikkbank-CSV)",
      "klass131_codesAt_2026-01-01_kommunebarometer.json": "KLASS 131 (JSON codesAt)",
      "klass131_endringer_2019_til_2020_gardenberg_latin1.csv": "KLASS 131 (CSV endringsliste)",
      "klass128_sentralitet_kommuner2024_subset_valg_analyser.csv": "KLASS 128 (CSV)",
      "kostragrupper_kommuner_2024.csv": "KOSTRA-grupper (KLASS 112, CSV)",
    });
    // The folder also holds notes (.md) and exports faktaark does not read (IMDi, målform, code lists, the
    // Telemark CSVs that need a declaration in dataset.json): each is an error, so the folder as a whole is not a
    // usable dataset, and none of the recognised files has one.
    const errors = raw.diagnostics.filter((d) => d.severity === "error");
    const unrecognised = raw.files.filter((f) => f.recognisedAs === null).map((f) => f.path);
    expect(errors.map((d) => [d.file, d.message.split(":")[0]]).sort()).toEqual(
      unrecognised.map((path) => [path, path.endsWith(".json") ? "ukjent JSON" : "ukjent filformat"]).sort(),
    );
    expect(errors.every((d) => d.message.endsWith(` --ignore «${d.file}»`))).toBe(true);
  });

  it("names each SSB table it reads but has no use for", () => {
    expect(raw.diagnostics.filter((d) => d.message.includes("brukes ikke av faktaark"))).toEqual(
      [
        ["ssb_pxwebapi_v2_12134_jsonstat2_3kommuner_2024_kommunebarometer.json", "12134"],
        ["ssb_statbank_export_10211_20230306-214644_latin1.csv", "10211"],
        ["ssb_statbank_export_SSB_11616_20220427-120901_latin1.csv", "11616"],
      ].map(([file, table]) => ({
        severity: "warning",
        file,
        message: `tabell ${table} (SSB) brukes ikke av faktaark: tallene er lest, men ingen del av arket bygger på den`,
      })),
    );
  });

  it("reads Halden's population 1 January 2022 from the 07459 JSON-stat v0 file (K-3001)", () => {
    const table = tableOf(raw, "ssb_07459_jsonstat2_kommuner_2022_purplebugs.json");
    expect(table.observations).toHaveLength(359);
    const halden = table.observations.find((o) => o.region === "3001");
    expect(halden).toMatchObject({ region: "3001", year: 2022, keys: { ContentsCode: "Personer1" }, value: 31444 });
    expect(halden?.at).toBe("value[0]");
    expect(table.source.updated).toBe("2022-02-24T07:00:00Z");
  });

  it("reads Trondheim's free income per inhabitant 2024 from the 12134 PxWebApi v2 file", () => {
    const table = tableOf(raw, "ssb_pxwebapi_v2_12134_jsonstat2_3kommuner_2024_kommunebarometer.json");
    expect(table.observations.find((o) => o.region === "5001")?.value).toBe(62853);
    expect(table.observations.map((o) => o.region)).toEqual(["0301", "4601", "5001"]);
  });

  it("reads the long Statistikkbank CSV 10211 (ISO-8859-1, national) from 1950 on", () => {
    const table = tableOf(raw, "ssb_statbank_export_10211_20230306-214644_latin1.csv");
    const row = table.observations.find((o) => o.year === 2023 && o.keys.Alder === "0 år");
    expect(row).toEqual({
      region: "0",
      year: 2023,
      keys: { Alder: "0 år", Kjonn: "Begge kjønn", ContentsCode: "Personer" },
      value: 51991,
      at: "linje 181",
    });
    expect(table.observations.find((o) => o.year === 1950 && o.keys.Alder === "0 år")?.value).toBe(61667);
    expect(raw.diagnostics).toContainEqual({
      severity: "warning",
      file: "ssb_statbank_export_10211_20230306-214644_latin1.csv",
      message: expect.stringMatching(/^11014 rader til med samme problem \(første: linje 14\): \S/),
    });
  });

  it("reads the wide Statistikkbank CSV 11616 with the year from the column names", () => {
    const table = tableOf(raw, "ssb_statbank_export_SSB_11616_20220427-120901_latin1.csv");
    expect(table.observations).toHaveLength(23 * 4);
    expect(
      table.observations.find(
        (o) => o.region === "3801" && o.keys.ContentsCode === "Personer som pendler inn i regionen",
      ),
    ).toEqual({
      region: "3801",
      year: 2021,
      keys: { ContentsCode: "Personer som pendler inn i regionen" },
      value: 4367,
      at: "linje 4",
    });
  });

  it("reads KLASS 131: 357 municipalities and 9999", () => {
    const register = raw.classifications.find((c) => c.source.file.startsWith("klass131_codesAt"));
    expect(register?.classification).toBe("131");
    expect(register?.codes).toHaveLength(358);
    expect(register?.codes.filter((c) => c.code !== "9999")).toHaveLength(357);
    expect(register?.codes.find((c) => c.code === "5001")?.name).toBe("Trondheim - Tråante");
  });

  it("reads the 2019→2020 change list: 0101 Halden became 3001", () => {
    const list = raw.classifications.find((c) => c.source.file.startsWith("klass131_endringer"));
    expect(list?.changes).toHaveLength(313);
    expect(list?.changes[0]).toEqual({
      oldCode: "0101",
      oldName: "Halden",
      newCode: "3001",
      newName: "Halden",
      changeOccurred: "2020-01-01",
    });
  });

  it("reads KLASS 128: Utsira is in centrality class 6 with index 293", () => {
    const centrality = raw.classifications.find((c) => c.classification === "128");
    expect(centrality?.codes.filter((c) => c.level === "2")).toHaveLength(357);
    expect(centrality?.codes.find((c) => c.code === "1151")).toMatchObject({
      parentCode: "06",
      name: "Utsira",
      notes: "293",
    });
    expect(centrality?.codes.find((c) => c.code === "0301")).toMatchObject({ parentCode: "01", notes: "1000" });
  });
});

describe.skipIf(!present)("Telemark's tidy CSVs declared in dataset.json", () => {
  let dir: string;
  let raw: RawDataset;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "faktaark-telemark-"));
    const { centrality: _, changes: __, ...files } = TELEMARK_FILES;
    await writeTelemarkDataset(dir, Object.values(files));
    raw = await readDataset(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reads every declared file without errors", () => {
    expect(raw.meta).toEqual({ name: "Telemark (referansefiler)", sample: false });
    // Read, but not all used: the sheet shows the crowding of all residents, not of immigrants alone.
    expect(raw.diagnostics).toEqual([
      {
        severity: "warning",
        file: "telemark_fhi_trangboddhet_2015_2024.csv",
        message:
          "tabell fhi-trangbodd, «Innvandringsbakgrunn»: «innvandrere» er ikke blant verdiene faktaark leser («0» (totalt)); de radene brukes ikke",
      },
    ]);
    expect(raw.files.map((f) => [f.path, f.rows])).toEqual([
      ["klass131_codesAt_2026-01-01_kommunebarometer.json", 358],
      ["telemark_fhi_trangboddhet_2015_2024.csv", 380],
      ["telemark_ssb05940_fullforte_boliger_2000_2025.csv", 9282],
      ["telemark_ssb06070_husholdninger_etter_type_2014_2025.csv", 1512],
      ["telemark_ssb06265_boliger_etter_bygningstype_2013_2026.csv", 1596],
      ["telemark_ssb07459_befolkning_aldersgrupper_2000_2026.csv", 5130],
      ["telemark_ssb14288_framskriving_2024_aldersgrupper.csv", 15390],
    ]);
  });

  it("gives Porsgrunn (4001) 37 193 inhabitants on 1 January 2024: its ten age groups, resolved by name", () => {
    const table = tableOf(raw, "telemark_ssb07459_befolkning_aldersgrupper_2000_2026.csv");
    const rows = table.observations.filter((o) => o.region === "4001" && o.year === 2024);
    expect(rows).toHaveLength(10);
    expect(sum(rows)).toBe(37193);
    expect(table.observations.some((o) => o.region === "0")).toBe(true);
    expect(table.observations.some((o) => o.region === "40")).toBe(true);
  });

  it("gives Porsgrunn 181 completed dwellings in 2020: the detailed building types only, not the recodes", () => {
    const table = tableOf(raw, "telemark_ssb05940_fullforte_boliger_2000_2025.csv");
    const rows = table.observations.filter((o) => o.region === "4001" && o.year === 2020);
    expect(rows).toHaveLength(21);
    expect(sum(rows)).toBe(181);
    expect(rows[0]?.keys).toEqual({ ContentsCode: "Fullforte", Byggeareal: "Enebolig" });
  });

  it("reads FHI's empty shares as missing, the country as region 0, and the declared fractions as per cent", () => {
    const table = tableOf(raw, "telemark_fhi_trangboddhet_2015_2024.csv");
    expect(table.observations.filter((o) => o.value === "..")).toHaveLength(73);
    expect(
      table.observations.find((o) => o.region === "0" && o.year === 2015 && o.keys.Innvandringsbakgrunn === "totalt")
        ?.value,
    ).toBe(10.3350755704193);
  });
});
