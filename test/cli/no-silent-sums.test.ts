// Issue 19, "no silent sums" and "nothing dropped silently", as a user meets them: a second download beside the
// first, a browser's "(1)" copy, an Excel workbook saved as .csv; `check` and `build` exit 2 or print the figure
// of the single file, and --ignore lets the user say which file to pass over.
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copySample, makeTempDir, runCli } from "./run-cli.js";

/** Trondheim's population 1 January 2026 as the sample's 07459 cube gives it, and its position in the cube. */
async function trondheim2026(data: string): Promise<{ value: number; at: number }> {
  const cube = JSON.parse(await readFile(join(data, "ssb", "07459-folkemengde-2000-2026.json"), "utf8")) as {
    size: number[];
    dimension: {
      Region: { category: { index: Record<string, number> } };
      Tid: { category: { index: Record<string, number> } };
    };
    value: number[];
  };
  const region = cube.dimension.Region.category.index["K-5001"] as number;
  const year = cube.dimension.Tid.category.index["2026"] as number;
  const at = region * (cube.size[2] as number) + year;
  return { value: cube.value[at] as number, at };
}

/** A one-cell 07459 download: Trondheim, 2026. */
function download2026(value: number): string {
  return JSON.stringify({
    version: "2.0",
    class: "dataset",
    label: "07459: Befolkning, etter region, statistikkvariabel og år",
    id: ["Region", "ContentsCode", "Tid"],
    size: [1, 1, 1],
    dimension: {
      Region: { category: { index: { "K-5001": 0 } } },
      ContentsCode: { category: { index: { Personer1: 0 } } },
      Tid: { category: { index: { "2026": 0 } } },
    },
    value: [value],
    role: { geo: ["Region"], time: ["Tid"] },
  });
}

const pdfsIn = async (out: string): Promise<string[]> => {
  const years = await readdir(out);
  const lists = await Promise.all(years.map(async (year) => readdir(join(out, year))));
  return lists.flat().filter((name) => name.endsWith(".pdf"));
};

describe("no silent sums", () => {
  it("refuses a second 07459 download with another figure for a cell, in check and build; --ignore picks one", async () => {
    const data = await copySample();
    const { value: population, at } = await trondheim2026(data);
    await writeFile(join(data, "ssb", "07459-2026.json"), download2026(population + 1000));
    const check = await runCli(["check", "--data", data]);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain(
      // The files are read in path order: the new download first, so the error stands at the sample's cell.
      `  FEIL: ssb/07459-folkemengde-2000-2026.json, value[${at}]: to tall for samme celle (tabell 07459, region 5001, år 2026, Personer1): forventet én verdi, fant «${population}» her og «${population + 1000}» i ssb/07459-2026.json, value[0] – tallene ville blitt lagt sammen; fjern den ene kilden, eller hopp over en fil med --ignore FIL`,
    );
    const out = await makeTempDir("out");
    const build = await runCli(["build", "5001", "--data", data, "--out", out, "--no-cache"]);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain(`Datagrunnlaget ${data} kan ikke brukes: én feil i filene`);
    expect(await readdir(out)).toEqual([]);

    const ignored = ["--ignore", "ssb/07459-2026.json"];
    const checkIgnoring = await runCli(["check", "--data", data, ...ignored]);
    expect(checkIgnoring.code).toBe(0);
    expect(checkIgnoring.stdout).toContain("  ssb/07459-2026.json: hoppet over (--ignore)");
    const buildIgnoring = await runCli(["build", "5001", "--data", data, "--out", out, "--json", "-", ...ignored]);
    expect(buildIgnoring.code).toBe(0);
    const model = JSON.parse(buildIgnoring.stdout) as { keyFigures: { label: string; value: string }[] };
    expect(model.keyFigures[0]).toMatchObject({
      label: "Folketall",
      value: new Intl.NumberFormat("nb-NO").format(population),
    });
    expect(await pdfsIn(out)).toEqual(["5001-trondheim.pdf"]);
  });

  it("drops a browser's «(1)» copy of the Husbanken file: warnings, and the sheet as from the single file", async () => {
    const data = await copySample();
    const husbanken = join(data, "husbanken", "husbanken-virkemidler.csv");
    await copyFile(husbanken, join(data, "husbanken", "husbanken-virkemidler (1).csv"));
    const check = await runCli(["check", "--data", data]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(
      "  advarsel: husbanken/husbanken-virkemidler.csv, linje 2: duplikat: samme tall (tabell husbanken, region 0301, år 2015, startlan_antall) finnes også i husbanken/husbanken-virkemidler (1).csv, linje 2; denne raden er hoppet over",
    );
    const out = await makeTempDir("out");
    const [single, doubled] = await Promise.all([
      runCli(["build", "5001", "--out", out, "--json", "-"]),
      runCli(["build", "5001", "--data", data, "--out", await makeTempDir("out"), "--json", "-"]),
    ]);
    expect(doubled.code).toBe(0);
    expect(doubled.stdout).toContain('"label": "Startlån"');
    // The same sheet, figure for figure; only the source line names the file read first, the copy.
    expect(doubled.stdout.replace("husbanken-virkemidler (1).csv", "husbanken-virkemidler.csv")).toBe(single.stdout);
  });
});

describe("nothing dropped silently", () => {
  it("refuses an Excel workbook saved as .csv in check and build, until it is passed over", async () => {
    const data = await copySample();
    await writeFile(join(data, "husbanken", "tall.csv"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    const check = await runCli(["check", "--data", data]);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain(
      "  FEIL: husbanken/tall.csv: forventet tekst (JSON eller CSV), fant en zip-fil – trolig en Excel-arbeidsbok (.xlsx); lagre den som CSV eller last ned CSV fra Statistikkbanken – rett filen, flytt den ut av datamappen eller hopp over den med --ignore «husbanken/tall.csv»",
    );
    const out = await makeTempDir("out");
    const build = await runCli(["build", "5001", "--data", data, "--out", out, "--no-cache"]);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain("husbanken/tall.csv: forventet tekst (JSON eller CSV), fant en zip-fil");
    expect(await readdir(out)).toEqual([]);
    const ignoring = await runCli(["check", "--data", data, "--ignore", join(data, "husbanken", "tall.csv")]);
    expect(ignoring.code).toBe(0);
    const misspelt = await runCli(["build", "5001", "--data", data, "--out", out, "--ignore", "tall.csv"]);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain(`--ignore «tall.csv»: fant ingen slik fil i datamappen «${data}».`);
  });
});
