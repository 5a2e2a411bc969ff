// `build --xlsx` and `tall --xlsx`: workbooks read back with exceljs hold the sheet models' figures.
import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/model/load.js";
import { SheetPlanner } from "../../src/pipeline.js";
import type { Figure, SheetModel } from "../../src/sheet/model.js";
import { expectValueCell, expectWorkbookEqualsModel } from "../xlsx/expect-workbook.js";
import { readCell, readFigureRows, readWorkbook } from "../xlsx/read-workbook.js";
import { makeTempDir, parseJsonLines, runCli } from "./run-cli.js";

/** Porsgrunn; Utsira, with suppressed («:») and missing («..») figures; Modalen, in nynorsk, with both too. */
const CODES = ["4001", "1151", "4629"];

describe("faktaark build --xlsx", () => {
  let yearDir: string;
  beforeAll(async () => {
    const out = await makeTempDir("out");
    const result = await runCli([
      "build",
      ...CODES,
      "--xlsx",
      "--json",
      "--no-verify",
      "--out",
      out,
      "--log-format",
      "json",
    ]);
    expect(result.code, result.stderr).toBe(0);
    yearDir = String(parseJsonLines(result.stdout).at(-1)?.outDir);
  });

  it("writes a workbook beside each PDF, holding every figure of the sheet model", async () => {
    const files = (await readdir(yearDir)).filter((name) => !name.startsWith(".") && name !== "modeller").sort();
    expect(files).toEqual([
      "1151-utsira.json",
      "1151-utsira.pdf",
      "1151-utsira.xlsx",
      "4001-porsgrunn.json",
      "4001-porsgrunn.pdf",
      "4001-porsgrunn.xlsx",
      "4629-modalen.json",
      "4629-modalen.pdf",
      "4629-modalen.xlsx",
      "manifest.json",
    ]);
    for (const base of ["1151-utsira", "4001-porsgrunn", "4629-modalen"]) {
      const model = JSON.parse(await readFile(join(yearDir, `${base}.json`), "utf8")) as SheetModel;
      expectWorkbookEqualsModel(await readWorkbook(join(yearDir, `${base}.xlsx`)), model);
    }
  });

  it("leaves Utsira's suppressed share empty with a note, not 0", async () => {
    const workbook = await readWorkbook(join(yearDir, "1151-utsira.xlsx"));
    const row = readFigureRows(workbook.getWorksheet("Boforhold")!).find(
      (r) => r.what === "Bosatte som bor trangt, prosent (2025)" && r.region === "Utsira",
    );
    expect(row?.value).toEqual({
      value: null,
      numFmt: '#,##0.0" %"',
      note: "Tallet er skjermet av personvernhensyn («:»).",
      link: undefined,
    });
    expect([row?.unit, row?.year, row?.source]).toEqual(["%", 2025, "FHI"]);
  });

  it("writes Modalen's workbook in nynorsk, as its sheet", async () => {
    const workbook = await readWorkbook(join(yearDir, "4629-modalen.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Kjelder og merknader");
    expect(readCell(workbook.worksheets[0]!.getCell(2, 6)).value).toBe("Eining");
  });
});

describe("faktaark build --xlsx: one workbook fails", () => {
  it("fails that sheet alone, naming the workbook, and makes the others", async () => {
    const out = await makeTempDir("out");
    // A folder where Porsgrunn's workbook goes (the sample's data year is 2026).
    await mkdir(join(out, "2026", "4001-porsgrunn.xlsx"), { recursive: true });
    const result = await runCli(["build", "4001", "4003", "--xlsx", "--no-verify", "--out", out]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/feilet: 4001 Porsgrunn: regnearket 4001-porsgrunn\.xlsx kunne ikke lages: EISDIR/);
    expect((await readdir(join(out, "2026"))).filter((name) => name.startsWith("4003"))).toEqual([
      "4003-skien.pdf",
      "4003-skien.xlsx",
    ]);
  });
});

describe("faktaark build: workbooks kept up to date", () => {
  it("makes the workbook of a sheet that has none, and then leaves the sheet alone", async () => {
    const out = await makeTempDir("out");
    const build = (...extra: string[]) => runCli(["build", "4003", "--no-verify", "--out", out, ...extra]);
    expect((await build()).code).toBe(0);
    const again = await build("--changed-only", "--xlsx");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain("1 laget");
    expect(await readdir(join(out, "2026"))).toContain("4003-skien.xlsx");
    const third = await build("--changed-only", "--xlsx");
    expect(third.stderr).toContain("Ingen endringer: 1 ark er oppdatert");
  });

  it("makes a sheet's workbook anew with the sheet, without --xlsx, so it never holds other numbers", async () => {
    const out = await makeTempDir("out");
    const workbook = join(out, "2026", "4003-skien.xlsx");
    expect((await runCli(["build", "4003", "--xlsx", "--no-verify", "--out", out])).code).toBe(0);
    const before = (await stat(workbook)).mtimeMs;
    expect((await runCli(["build", "4003", "--no-verify", "--out", out])).code).toBe(0);
    expect((await stat(workbook)).mtimeMs).toBeGreaterThan(before);
  });
});

describe("faktaark tall", () => {
  /** Telemark: 17 municipalities. */
  let models: Map<string, SheetModel>;
  let file: string;
  beforeAll(async () => {
    file = join(await makeTempDir("tall"), "telemark.xlsx");
    const result = await runCli(["tall", "--fylke", "40", "--xlsx", file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Skrev ${file} (17 kommuner).\n`);
    const planner = await SheetPlanner.create(await loadDataset("data/sample"));
    models = new Map(planner.inCounty("40").map((record) => [record.code, planner.model(record, "nb")]));
  });

  it("writes a row per municipality under the header rows, each number its sheet model's", async () => {
    const sheet = (await readWorkbook(file)).worksheets[0]!;
    expect(sheet.rowCount).toBe(5 + 17);
    expect([2, 3, 4, 5].map((row) => readCell(sheet.getCell(row, 2)).value)).toEqual([
      "Kommune",
      "Enhet",
      "År",
      "Kilde",
    ]);
    const columns = [];
    for (let column = 3; column <= sheet.columnCount; column++) {
      const [label, unit, year, source] = [2, 3, 4, 5].map((row) => readCell(sheet.getCell(row, column)));
      // An SSB table's source links to its page in Statistikkbanken.
      const table = /^SSB, tabell (\d{5})$/.exec(String(source!.value))?.[1];
      expect(source!.link).toBe(table ? `https://www.ssb.no/statbank/table/${table}/` : undefined);
      columns.push({ column, label: label!.value, unit: unit!.value, year: year!.value, source: source!.value });
    }
    const codes = [];
    for (let row = 6; row <= sheet.rowCount; row++) {
      const code = String(readCell(sheet.getCell(row, 1)).value);
      codes.push(code);
      const model = models.get(code)!;
      expect(readCell(sheet.getCell(row, 2)).value).toBe(model.municipality.name);
      const own = ownFigures(model);
      let found = 0;
      for (const { column, label, unit, year, source } of columns) {
        const figure = own.find(
          (f) =>
            f.label === label &&
            f.unit === unit &&
            (f.fromYear === undefined ? f.year : `${f.fromYear}–${f.year}`) === year &&
            f.source === source,
        );
        if (figure) found += 1;
        // A figure the sheet does not have for this column is an empty cell with a note, as a missing one.
        expectValueCell(readCell(sheet.getCell(row, column)), figure, `${code} ${label} ${year}`);
      }
      expect(found, code).toBeGreaterThan(40);
      // Every key figure of the sheet has its column.
      for (const keyFigure of model.keyFigures)
        expect(
          columns.map((c) => c.label),
          code,
        ).toContain(keyFigure.figures[0]!.label);
    }
    expect(codes.sort()).toEqual([...models.keys()].sort());
  });

  it("lists each source with its link", async () => {
    const sources = (await readWorkbook(file)).getWorksheet("Kilder")!;
    const rows = [];
    for (let row = 3; row <= sources.rowCount; row++)
      rows.push([readCell(sources.getCell(row, 1)).value, readCell(sources.getCell(row, 2)).link]);
    expect(rows).toContainEqual(["SSB, tabell 07459", "https://www.ssb.no/statbank/table/07459/"]);
    expect(rows).toContainEqual(["Husbanken", undefined]);
  });

  it("exits 2 on a file that is not .xlsx, and when no municipality is named", async () => {
    const csv = await runCli(["tall", "--fylke", "40", "--xlsx", "tall.csv"]);
    expect([csv.code, csv.stderr]).toEqual([
      2,
      "faktaark: --xlsx tall.csv: regnearket må ha et navn som slutter på .xlsx.\n",
    ]);
    const none = await runCli(["tall", "--xlsx", "tall.xlsx"]);
    expect([none.code, none.stderr]).toEqual([
      2,
      "faktaark: Si hvilke kommuner: kommunenummer eller navn, --fylke NR eller --all.\n",
    ]);
  });
});

/** A municipality's own figures on its sheet. */
function ownFigures(model: SheetModel): Figure[] {
  return [
    ...model.keyFigures.flatMap((keyFigure) => keyFigure.figures),
    ...model.sections.flatMap((section) => section.blocks.flatMap((block) => block.figures)),
  ].filter((figure) => figure.regionCode === model.municipality.code);
}
