// A cell given twice in a dataset (issue 19): the join would add the two up, so equal values are dropped with a
// warning and different ones are an error for the whole dataset. And files the readers cannot use are errors.
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/data/read-dataset.js";
import { assessUsability } from "../../src/data/usability.js";
import { UserError } from "../../src/errors.js";
import { fakeDir } from "./fake-dir.js";

const KOMMUNER = JSON.stringify({
  codes: ["0301", "4001", "5001"].map((code) => ({ code, parentCode: null, level: "1", name: code })),
});

/** A 07459 cube (PxWebApi v2 shape) with one value per region and year, the year varying fastest. */
function cube(regions: readonly string[], years: readonly string[], values: readonly (number | null)[]): string {
  const index = (codes: readonly string[]) => Object.fromEntries(codes.map((code, i) => [code, i]));
  return JSON.stringify({
    version: "2.0",
    class: "dataset",
    label: "07459: Befolkning, etter region, statistikkvariabel og år",
    id: ["Region", "ContentsCode", "Tid"],
    size: [regions.length, 1, years.length],
    dimension: {
      Region: { category: { index: index(regions) } },
      ContentsCode: { category: { index: { Personer1: 0 } } },
      Tid: { category: { index: index(years) } },
    },
    value: values,
    role: { geo: ["Region"], time: ["Tid"] },
    extension: { px: { tableid: "07459" } },
  });
}

async function read(files: Readonly<Record<string, string | Uint8Array>>, ignore: readonly string[] = []) {
  return readDataset("/data", fakeDir({ "kommuner.json": KOMMUNER, ...files }), ignore);
}

const withoutRegion = (raw: Awaited<ReturnType<typeof read>>) =>
  raw.diagnostics.map(({ severity, file, at, message }) => ({ severity, file, at, message }));

/** Every value of 07459 for a region and year, from all tables. */
const valuesOf = (raw: Awaited<ReturnType<typeof read>>, region: string, year: number) =>
  raw.tables.flatMap((t) => t.observations.filter((o) => o.region === region && o.year === year).map((o) => o.value));

describe("a cell given twice", () => {
  it("drops a second download's equal figures with a warning naming both files", async () => {
    const raw = await read({
      "07459-2000-2024.json": cube(["K-0301", "K-5001"], ["2023", "2024"], [709037, 717710, 212660, 214565]),
      "07459-2024.json": cube(["K-0301", "K-5001"], ["2024"], [717710, 214565]),
    });
    expect(withoutRegion(raw)).toEqual(
      [
        ["value[0]", "region 0301", "07459-2000-2024.json, value[1]"],
        ["value[1]", "region 5001", "07459-2000-2024.json, value[3]"],
      ].map(([at, region, first]) => ({
        severity: "warning",
        file: "07459-2024.json",
        at,
        message: `duplikat: samme tall (tabell 07459, ${region}, år 2024, Personer1) finnes også i ${first}; denne raden er hoppet over`,
      })),
    );
    expect(valuesOf(raw, "5001", 2024)).toEqual([214565]);
    expect(assessUsability(raw).usable).toBe(true);
  });

  it("refuses two different figures for one cell, naming both files and positions", async () => {
    const raw = await read({
      "07459-2000-2024.json": cube(["K-5001"], ["2023", "2024"], [212660, 214565]),
      "07459-2024.json": cube(["K-5001"], ["2024"], [214600]),
    });
    expect(raw.diagnostics).toEqual([
      {
        severity: "error",
        file: "07459-2024.json",
        at: "value[0]",
        message:
          "to tall for samme celle (tabell 07459, region 5001, år 2024, Personer1): forventet én verdi, fant «214600» her og «214565» i 07459-2000-2024.json, value[1] – tallene ville blitt lagt sammen; fjern den ene kilden, eller hopp over en fil med --ignore FIL",
      },
    ]);
    expect(assessUsability(raw)).toEqual({
      usable: false,
      reasons: ["én feil i filene (se over); rett dem før arkene lages"],
    });
    expect(valuesOf(raw, "5001", 2024)).toEqual([214565]);
  });

  it("still refuses a different figure after more equal ones than the report lists row by row", async () => {
    const years = Array.from({ length: 12 }, (_, i) => String(2013 + i));
    const values = years.map((_, i) => 200000 + i);
    const revised = [...values.slice(0, 11), 299999];
    const raw = await read({
      "a.json": cube(["K-5001"], years, values),
      "b.json": cube(["K-5001"], years, revised),
    });
    expect(raw.diagnostics.filter((d) => d.severity === "warning")).toHaveLength(11);
    expect(raw.diagnostics.filter((d) => d.severity === "error").map((d) => d.at)).toEqual(["value[11]"]);
    expect(assessUsability(raw).usable).toBe(false);
  });

  it("knows a Statistikkbank CSV's label «Personer» and a cube's code Personer1 for one cell", async () => {
    const raw = await read({
      "a.json": cube(["K-5001"], ["2024"], [214565]),
      "b.csv":
        '"07459: Befolkning, etter region, statistikkvariabel og år"\n\n"region";"år";"Personer"\n"5001 Trondheim";"2024";214565\n',
    });
    expect(withoutRegion(raw)).toEqual([
      {
        severity: "warning",
        file: "b.csv",
        at: "linje 4",
        message:
          "duplikat: samme tall (tabell 07459, region 5001, år 2024, Personer1) finnes også i a.json, value[0]; denne raden er hoppet over",
      },
    ]);
  });

  it("knows a cube's age code «007» and a CSV's label «7 år» for one cell, and keeps «Under 1 år» apart from «1 år»", async () => {
    const byAge = JSON.stringify({
      ...JSON.parse(cube(["K-5001"], ["2024"], [])),
      id: ["Region", "Alder", "ContentsCode", "Tid"],
      size: [1, 3, 1, 1],
      dimension: {
        ...JSON.parse(cube(["K-5001"], ["2024"], [])).dimension,
        Alder: { category: { index: { "007": 0, "105+": 1, "001": 2 } } },
      },
      value: [2500, 3, 2400],
    });
    const csv =
      '"07459: Befolkning, etter region, alder, statistikkvariabel og år"\n\n"region";"alder";"år";"Personer"\n' +
      '"5001 Trondheim";"7 år";"2024";2501\n"5001 Trondheim";"105 år eller eldre";"2024";3\n' +
      '"5001 Trondheim";"Under 1 år";"2024";2300\n';
    const raw = await read({ "a.json": byAge, "b.csv": csv });
    expect(withoutRegion(raw).map((d) => [d.severity, d.at, d.message.split(":")[0]])).toEqual([
      ["error", "linje 4", "to tall for samme celle (tabell 07459, region 5001, år 2024, 7, Personer1)"],
      ["warning", "linje 5", "duplikat"],
    ]);
  });

  it("refuses a cube with both K-5001 and 5001, which mean one municipality", async () => {
    const raw = await read({ "07459.json": cube(["K-5001", "5001"], ["2024"], [214565, 212660]) });
    expect(raw.diagnostics).toEqual([
      {
        severity: "error",
        file: "07459.json",
        at: "value[1]",
        message:
          "to tall for samme celle (tabell 07459, region 5001, år 2024, Personer1): forventet én verdi, fant «212660» her og «214565» i value[0] – tallene ville blitt lagt sammen; fjern den ene kilden, eller hopp over en fil med --ignore FIL",
      },
    ]);
  });

  it("drops a browser's second copy of the Husbanken file, row by row with a warning", async () => {
    const husbanken = "kilde;tabell;knr;år;variabel;verdi\nHusbanken;husbanken;5001;2024;startlan_antall;310\n";
    const raw = await read({ "husbanken-virkemidler (1).csv": husbanken, "husbanken-virkemidler.csv": husbanken });
    expect(withoutRegion(raw)).toEqual([
      {
        severity: "warning",
        file: "husbanken-virkemidler.csv",
        at: "linje 2",
        message:
          "duplikat: samme tall (tabell husbanken, region 5001, år 2024, startlan_antall) finnes også i husbanken-virkemidler (1).csv, linje 2; denne raden er hoppet over",
      },
    ]);
    expect(valuesOf(raw, "5001", 2024)).toEqual([310]);
  });

  it("lets a table come in several files with different keys: totals beside age and sex", async () => {
    const bySex = JSON.stringify({
      ...JSON.parse(cube(["K-5001"], ["2024"], [])),
      id: ["Region", "Kjonn", "Alder", "ContentsCode", "Tid"],
      size: [1, 2, 1, 1, 1],
      dimension: {
        ...JSON.parse(cube(["K-5001"], ["2024"], [])).dimension,
        Kjonn: { category: { index: { "1": 0, "2": 1 } } },
        Alder: { category: { index: { "000": 0 } } },
      },
      value: [1100, 1050],
    });
    const raw = await read({ "totalt.json": cube(["K-5001"], ["2024"], [214565]), "alder-kjonn.json": bySex });
    expect(raw.diagnostics).toEqual([]);
    expect(valuesOf(raw, "5001", 2024)).toEqual([1100, 1050, 214565]);
  });

  it("refuses a table given in total in one file and broken down in another, which the join would add up", async () => {
    const title = '"05940: Boliger igangsatt og fullført, etter region, bygningstype, statistikkvariabel og år"\n\n';
    const total = `${title}"region";"år";"Fullførte boliger"\n"5001 Trondheim";"2024";1200\n`;
    const byType =
      `${title}"region";"bygningstype";"år";"Fullførte boliger"\n` +
      '"5001 Trondheim";"Enebolig";"2024";200\n"5001 Trondheim";"Boligblokk";"2024";1000\n';
    const raw = await read({ "05940-i-alt.csv": total, "05940-bygningstype.csv": byType });
    expect(withoutRegion(raw)).toEqual([
      {
        severity: "error",
        file: "05940-i-alt.csv",
        at: "linje 4",
        message:
          "tabell 05940, region 5001, år 2024: gitt her samlet og i 05940-bygningstype.csv, linje 4 fordelt på «BygnType» – samlet tall og delene ville blitt lagt sammen; fjern den ene filen, eller hopp over en fil med --ignore FIL",
      },
    ]);
    expect(assessUsability(raw).usable).toBe(false);
  });

  it("reads a file passed over with --ignore not at all, and says so", async () => {
    const files = {
      "07459-2000-2024.json": cube(["K-5001"], ["2023", "2024"], [212660, 214565]),
      "07459-2024.json": cube(["K-5001"], ["2024"], [214600]),
    };
    const raw = await read(files, ["07459-2024.json"]);
    expect(raw.diagnostics).toEqual([]);
    expect(raw.ignored).toEqual(["07459-2024.json"]);
    expect(raw.files.map((f) => f.path)).toEqual(["07459-2000-2024.json", "kommuner.json"]);
    await expect(read(files, ["07459-2025.json"])).rejects.toThrow(
      new UserError(
        "--ignore «07459-2025.json»: fant ingen slik fil i datamappen «/data». Oppgi stien i datamappen, f.eks. --ignore husbanken/fil.csv.",
      ),
    );
  });
});

describe("a file the readers cannot use", () => {
  const hint = (path: string) => ` – rett filen, flytt den ut av datamappen eller hopp over den med --ignore «${path}»`;

  it("refuses UTF-16 text, an Excel workbook renamed .csv and an old .xls", async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("kilde;tabell;knr;år;variabel;verdi\n", "utf16le"),
    ]);
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]);
    const raw = await read({ "a-unicode.csv": utf16, "b-arbeidsbok.csv": xlsx, "c-gammel.csv": xls });
    expect(withoutRegion(raw)).toEqual([
      {
        severity: "error",
        file: "a-unicode.csv",
        at: undefined,
        message: `feil tegnkoding: forventet UTF-8 eller ISO-8859-1, fant UTF-16 (Excels «Unicode-tekst»); lagre filen som CSV UTF-8${hint("a-unicode.csv")}`,
      },
      {
        severity: "error",
        file: "b-arbeidsbok.csv",
        at: undefined,
        message: `forventet tekst (JSON eller CSV), fant en zip-fil – trolig en Excel-arbeidsbok (.xlsx); lagre den som CSV eller last ned CSV fra Statistikkbanken${hint("b-arbeidsbok.csv")}`,
      },
      {
        severity: "error",
        file: "c-gammel.csv",
        at: undefined,
        message: `forventet tekst (JSON eller CSV), fant en Excel-fil (.xls); lagre den som CSV eller last ned CSV fra Statistikkbanken${hint("c-gammel.csv")}`,
      },
    ]);
    expect(assessUsability(raw).usable).toBe(false);
  });

  it("refuses UTF-16 without a byte order mark", async () => {
    const raw = await read({ "a.csv": Buffer.from("kilde;tabell;knr;år;variabel;verdi\n", "utf16le") });
    expect(raw.diagnostics.map((d) => d.message)).toEqual([
      `feil tegnkoding: forventet UTF-8 eller ISO-8859-1, fant UTF-16 (Excels «Unicode-tekst»); lagre filen som CSV UTF-8${hint("a.csv")}`,
    ]);
  });

  it("refuses a catalogue table none of whose labels faktaark knows", async () => {
    const csv =
      '"06070: Privathusholdninger, etter region, husholdningstype, statistikkvariabel og år"\n\n' +
      '"region";"husholdningstype";"år";"Husholdninger"\n' +
      '"5001 Trondheim";"Enslige";"2024";50000\n"5001 Trondheim";"Par";"2024";30000\n';
    const raw = await read({ "06070.csv": csv });
    expect(withoutRegion(raw)).toEqual([
      {
        severity: "error",
        file: "06070.csv",
        at: undefined,
        message:
          "tabell 06070, «HushType»: forventet «000» (Andre husholdninger), «001» (Aleneboende), «002» (Par uten hjemmeboende barn), «003» (Par med små barn (yngste barn 0-5 år)), «004» (Par med store barn (yngste barn 6-17 år)), «005» (Mor/Far med små barn (yngste barn 0-5 år)), «006» (Mor/Far med store barn (yngste barn 6-17 år)), «007» (Enfamiliehusholdninger med voksne barn (yngste barn 18 år og over)), «008» (Flerfamiliehusholdning uten barn 0-17 år), «009» (Flerfamiliehusholdning med små barn (yngste barn 0-5 år)), «010» (Flerfamiliehusholdning med store barn (yngste barn 6-17 år)), «003+004» (Par med barn under 18 år), «005+006» (Aleneforsørger med barn under 18 år), «007» (Par eller aleneforsørger med voksne barn (18+)), «008+009+010» (Flerfamiliehusholdninger), fant bare «Enslige», «Par» – ingen rad kan brukes; last ned tabellen med kodene eller tekstene faktaark leser",
      },
    ]);
    expect(assessUsability(raw).usable).toBe(false);
  });

  it("refuses an unknown Husbanken variable, at its first row", async () => {
    const csv =
      "kilde;tabell;knr;år;variabel;verdi\nHusbanken;husbanken;5001;2024;startlan_antall;310\n" +
      "Husbanken;husbanken;5001;2024;startlån_antall;320\nHusbanken;husbanken;5001;2023;startlån_antall;300\n";
    const raw = await read({ "husbanken.csv": csv });
    expect(withoutRegion(raw)).toEqual([
      {
        severity: "error",
        file: "husbanken.csv",
        at: "linje 3",
        message:
          "ukjent variabel i tabell husbanken: forventet startlan_antall, startlan_belop, bostotte_husstander, tilskudd_utleie_boliger, tilskudd_tilpasning_antall, fant «startlån_antall»; radene med den brukes ikke",
      },
    ]);
  });

  it("names a recognised SSB table faktaark has no use for, as a warning", async () => {
    const csv =
      '"11616: Sysselsatte per 4. kvartal, etter region, statistikkvariabel og år"\n\n' +
      '"region";"Sysselsatte personer bosatt i regionen 2021"\n"5001 Trondheim";12807\n';
    const raw = await read({ "11616.csv": csv });
    expect(withoutRegion(raw)).toEqual([
      {
        severity: "warning",
        file: "11616.csv",
        at: undefined,
        message: "tabell 11616 (SSB) brukes ikke av faktaark: tallene er lest, men ingen del av arket bygger på den",
      },
    ]);
  });
});

describe("a recode's joined types beside SSB's own", () => {
  it("refuses «Par med barn under 18 år» beside «Par med små barn» for the same municipality and year, naming both", async () => {
    const title = '"06070: Privathusholdninger, etter region, husholdningstype, statistikkvariabel og år"\n\n';
    const header = '"region";"husholdningstype";"år";"Husholdninger"\n';
    const recode = `${title}${header}"4001 Porsgrunn";"Par med barn under 18 år";"2025";1105\n`;
    const ssb = `${title}${header}"4001 Porsgrunn";"Par med små barn (yngste barn 0-5 år)";"2025";700\n`;
    const raw = await read({ "a.csv": recode, "b.csv": ssb });
    expect(raw.diagnostics.filter((d) => d.severity === "error")).toEqual([
      {
        severity: "error",
        file: "b.csv",
        at: "linje 4",
        region: "4001",
        message:
          "tabell 06070, region 4001, år 2025: «Par med barn under 18 år» er summen av flere typer, og «Par med små barn (yngste barn 0-5 år)», en av dem, er også gitt (a.csv, linje 4) – de ville blitt lagt sammen; bruk bare den ene formen, eller hopp over en fil med --ignore FIL",
      },
    ]);
    // Porsgrunn's sheet is not made; the dataset is otherwise usable.
    expect([...raw.regionErrors.keys()]).toEqual(["4001"]);
  });
});
