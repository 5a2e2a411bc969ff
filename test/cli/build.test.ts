// `faktaark build`: exit codes, the closing summary, a failing sheet among good ones, and the output lock.
import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copySample, makeTempDir, parseJsonLines, replaceLine, runCli, writeJsonStatValue } from "./run-cli.js";

interface JsonStat {
  id: string[];
  size: number[];
  dimension: Record<string, { category: { index: Record<string, number> } }>;
  value: (number | string | null)[];
}

/** The index in `value` of the first cell of `region` (JSON-stat2, row-major over `id`). */
function firstValueOf(table: JsonStat, region: string): number {
  const regionDimension = table.id.findIndex((id) => table.dimension[id]?.category.index[region] !== undefined);
  const position = table.dimension[table.id[regionDimension]!]!.category.index[region]!;
  const stride = table.size.slice(regionDimension + 1).reduce((product, size) => product * size, 1);
  const index = position * stride;
  expect(typeof table.value[index]).toBe("number");
  return index;
}

/** The PDF's text as pdftotext reads it, with line breaks and non-breaking spaces as plain spaces. */
const pdfText = (file: string): string =>
  execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/[\s\u00a0\u202f]+/g, " ");

describe("faktaark build: usage", () => {
  it("exits 2 and says what to give when no municipality is named", async () => {
    const result = await runCli(["build"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Si hvilke kommuner: kommunenummer eller navn, --fylke NR eller --all.");
  });

  it("exits 2 on an unknown log format", async () => {
    const result = await runCli(["build", "5001", "--log-format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--log-format må være «text» eller «json», ikke «xml».");
  });
});

describe("faktaark build: choosing municipalities by name", () => {
  it("finds a name typed without æøå and writes its sheet with a safe file name", async () => {
    const out = await makeTempDir("out");
    const result = await runCli(["build", "tromso", "aalesund", "--out", out, "--log-format", "json"]);
    expect(result.code).toBe(0);
    const yearDir = String(parseJsonLines(result.stdout).at(-1)?.outDir);
    const pdfs = (await readdir(yearDir)).filter((name) => name.endsWith(".pdf")).sort();
    expect(pdfs).toEqual(["1508-alesund.pdf", "5501-tromso.pdf"]);
  });

  it("lists the candidates and exits 2 for an ambiguous or unknown name", async () => {
    const ambiguous = await runCli(["build", "heroy"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain(
      "«heroy» passer på flere kommuner:\n  1515 Herøy (Møre og Romsdal)\n  1818 Herøy (Nordland)",
    );
    const unknown = await runCli(["build", "trondhjem"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      "Fant ingen kommune som heter «trondhjem».\nMente du:\n  5001 Trondheim - Tråante",
    );
  });
});

describe("faktaark build: bad data", () => {
  it("fails the sheet whose rows are bad, makes the others without its figures in the sums, and exits 1", async () => {
    // Husbanken publishes no county or country rows: faktaark sums the municipalities, and a sum without Porsgrunn's
    // 2025 start loans, divided by the population of all, printed Telemark's at 0,9 per 1000 where 1,2 was true.
    const data = await copySample();
    const file = join(data, "husbanken", "husbanken-virkemidler.csv");
    const line = await replaceLine(
      file,
      "Husbanken;husbanken;4001;2025;startlan_antall;",
      "Husbanken;husbanken;4001;2025;startlan_antall;12a",
    );
    const error = `husbanken/husbanken-virkemidler.csv, linje ${line}: forventet et tall`;
    const out = await makeTempDir("out");
    const result = await runCli(["build", "4001", "4003", "--data", data, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`feilet: 4001 Porsgrunn: feil i datagrunnlaget: ${error}`);
    const year = (await readdir(out))[0]!;
    expect((await readdir(join(out, year))).filter((name) => name.endsWith(".pdf"))).toEqual(["4003-skien.pdf"]);
    const skien = pdfText(join(out, year, "4003-skien.pdf"));
    expect(skien).toContain("Uten søyle: Telemark og Landet har ikke tall for 2025.");
    expect(skien).not.toContain("Porsgrunn");

    // Asked for Skien alone, the run still ends with 1 and says why.
    const alone = await runCli(["build", "4003", "--data", data, "--out", await makeTempDir("alone")]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain("1 laget, 0 feilet");
    expect(alone.stderr).toContain(`Feil i datagrunnlaget: 4001 Porsgrunn (${error}`);
  });

  it("fails only the sheet whose rows are bad when SSB publishes the county and country, and compares without it", async () => {
    // 14545 has SSB's own county and country rows: Skien's sheet needs nothing of Porsgrunn's but its place among
    // the comparisons, which goes to the next nearest.
    const data = await copySample();
    const file = join(data, "ssb", "14545-kvadratmeterpris.json");
    const index = firstValueOf(JSON.parse(await readFile(file, "utf8")) as JsonStat, "4001");
    await writeJsonStatValue(data, "ssb/14545-kvadratmeterpris.json", index, "12 345");
    const out = await makeTempDir("out");
    const result = await runCli(["build", "4001", "4003", "--data", data, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `feilet: 4001 Porsgrunn: feil i datagrunnlaget: ssb/14545-kvadratmeterpris.json, value[${index}]: forventet et tall`,
    );
    const year = (await readdir(out))[0]!;
    expect((await readdir(join(out, year))).filter((name) => name.endsWith(".pdf"))).toEqual(["4003-skien.pdf"]);
    const clean = await makeTempDir("clean");
    expect((await runCli(["build", "4003", "--out", clean])).code).toBe(0);
    expect(pdfText(join(clean, year, "4003-skien.pdf"))).toContain("Porsgrunn");
    expect(pdfText(join(out, year, "4003-skien.pdf"))).not.toContain("Porsgrunn");
  });

  it("fails the sheets that print a damaged country row, naming the file and value, rather than printing «..»", async () => {
    // The country's price per m² for 2025 (14545's first value) written as text: every sheet shows the country.
    const data = await copySample();
    await writeJsonStatValue(data, "ssb/14545-kvadratmeterpris.json", 0, "12 345");
    const out = await makeTempDir("out");
    const result = await runCli(["build", "4001", "4003", "--data", data, "--out", out]);
    expect(result.code).toBe(1);
    for (const sheet of ["4001 Porsgrunn", "4003 Skien"]) {
      expect(result.stderr).toContain(
        `feilet: ${sheet}: feil i datagrunnlaget: ssb/14545-kvadratmeterpris.json, value[0]: forventet et tall`,
      );
    }
    const year = (await readdir(out))[0];
    expect(year === undefined ? [] : (await readdir(join(out, year))).filter((name) => name.endsWith(".pdf"))).toEqual(
      [],
    );
    // `figur` draws from the same sheet model, so it refuses the same way, with the sheet's exit code.
    const charts = await makeTempDir("charts");
    const figure = await runCli(["figur", "4001", "--figur", "befolkning", "--data", data, "--out", charts]);
    expect(figure.code).toBe(1);
    expect(figure.stderr).toContain(
      "feil i datagrunnlaget: ssb/14545-kvadratmeterpris.json, value[0]: forventet et tall",
    );
    expect(await readdir(charts)).toEqual([]);
  });

  it("exits 2 and names the file when a file cannot be read at all", async () => {
    const data = await copySample();
    const file = join(data, "ssb", "06265-boliger.json");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.slice(0, text.length / 2));
    const out = await makeTempDir("out");
    const result = await runCli(["build", "4001", "--data", data, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("ssb/06265-boliger.json");
    expect(result.stderr).toContain(`Datagrunnlaget ${data} kan ikke brukes: én feil i filene`);
    expect(await readdir(out)).toEqual([]);
  });
});

describe("faktaark build: one sheet fails", () => {
  it("builds the others, names the failure in the summary and exits 1", async () => {
    const out = await makeTempDir("out");
    const first = await runCli(["build", "5006", "--out", out, "--log-format", "json"]);
    expect(first.code).toBe(0);
    const yearDir = String(parseJsonLines(first.stdout).at(-1)?.outDir);
    // A folder where Trondheim's PDF should go: its sheet cannot be written, the others can.
    await mkdir(join(yearDir, "5001-trondheim.pdf", "blocked"), { recursive: true });
    const result = await runCli(["build", "5001", "5006", "5007", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Ferdig på [\d,]+ s: 2 laget, 1 feilet\./);
    expect(result.stderr).toMatch(/ {2}feilet: 5001 Trondheim: .*5001-trondheim\.pdf/);
    const manifest = JSON.parse(await readFile(join(yearDir, "manifest.json"), "utf8")) as {
      sheets: { file: string }[];
    };
    expect(manifest.sheets.map((sheet) => sheet.file)).toEqual(["5006-steinkjer.pdf", "5007-namsos.pdf"]);
    const files = (await readdir(yearDir)).filter((name) => name.endsWith(".pdf")).sort();
    expect(files).toEqual(["5001-trondheim.pdf", "5006-steinkjer.pdf", "5007-namsos.pdf"]);
    expect(files.filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("logs one JSON object per sheet and a summary with --log-format json", async () => {
    const out = await makeTempDir("out");
    const result = await runCli(["build", "5006", "5007", "--out", out, "--log-format", "json"]);
    expect(result.code).toBe(0);
    const events = parseJsonLines(result.stdout);
    expect(events.map((event) => event.event)).toEqual(["start", "built", "built", "summary"]);
    expect(
      events
        .filter((event) => event.event === "built")
        .map((event) => event.code)
        .sort(),
    ).toEqual(["5006", "5007"]);
    expect(events.at(-1)).toMatchObject({ total: 2, built: 2, unchanged: 0, failed: 0, failures: [] });
  });
});

describe("faktaark build: the output lock", () => {
  it("stops at once with exit 2 when another run holds the output folder", async () => {
    const out = await makeTempDir("out");
    const held = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
    await writeFile(join(out, ".faktaark.lock"), `${JSON.stringify(held)}\n`);
    const started = performance.now();
    const result = await runCli(["build", "--all", "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`En annen faktaark-kjøring (pid ${process.pid}, startet`);
    expect(result.stderr).toContain(`bruker allerede ${out}.`);
    // It does not read the dataset first.
    expect(performance.now() - started).toBeLessThan(2500);
    expect(await readdir(out)).toEqual([".faktaark.lock"]);
  });

  it("takes over a lock left by a run that no longer exists", async () => {
    const out = await makeTempDir("out");
    const dead = { pid: 4_194_000, hostname: hostname(), startedAt: "2026-01-01T02:00:00.000Z" };
    await writeFile(join(out, ".faktaark.lock"), `${JSON.stringify(dead)}\n`);
    const result = await runCli(["build", "5006", "--out", out, "--quiet"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Merk: fant en gammel lås i ${out} (pid 4194000`);
    expect(await readdir(out)).not.toContain(".faktaark.lock");
  });
});
