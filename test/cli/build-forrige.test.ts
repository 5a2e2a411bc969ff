// `build --forrige DIR`: each sheet shows last year's key figures beside this year's and marks the new findings,
// from the sheet models kept beside last year's PDFs. One input changed between the two runs must show as a change
// on that municipality's sheet, and nowhere else.
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { formatNumber } from "../../src/sheet/format.js";
import type { SheetModel } from "../../src/sheet/model.js";
import { readStoredModel } from "../../src/verify/stored-model.js";
import { readPdfText } from "../server/sample-app.js";
import { copySample, makeTempDir, parseJsonLines, runCli } from "./run-cli.js";

/** The file the «Folketall» key figure comes from: SSB 07459, population 1 January, as JSON-stat 2. */
const POPULATION_FILE = join("ssb", "07459-folkemengde-2000-2026.json");
const ADDED = 1_500;

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** Adds `added` to one municipality's population in one year, in the file's own JSON-stat layout; the old number. */
async function addPopulation(data: string, code: string, year: string, added: number): Promise<number> {
  const file = join(data, POPULATION_FILE);
  const stat = JSON.parse(await readFile(file, "utf8")) as {
    id: string[];
    size: number[];
    dimension: Record<string, { category: { index: Record<string, number> } }>;
    value: number[];
  };
  const position: Record<string, string> = { Region: `K-${code}`, ContentsCode: "Personer1", Tid: year };
  const cell = stat.id.reduce((index, dimension, d) => {
    const at = stat.dimension[dimension]?.category.index[position[dimension] ?? ""];
    if (at === undefined) throw new Error(`${file} has no ${dimension} ${position[dimension]}`);
    return index * (stat.size[d] ?? 0) + at;
  }, 0);
  const old = stat.value[cell] as number;
  stat.value[cell] = old + added;
  await writeFile(file, JSON.stringify(stat));
  return old;
}

const builtCodes = (stdout: string) =>
  parseJsonLines(stdout)
    .filter((event) => event.event === "built")
    .map((event) => String(event.code))
    .sort();

let data: string;
let lastYear: string;
let outB: string;
let thisYear: string;
let oldPopulation: number;

/** `build 4001 1151 0301` on the changed data into outB, compared with last year's folder. */
const buildB = (...extra: string[]) =>
  runCli([
    "build",
    "4001",
    "1151",
    "0301",
    "--data",
    data,
    "--out",
    outB,
    "--forrige",
    lastYear,
    "--log-format",
    "json",
    ...extra,
  ]);

beforeAll(async () => {
  const outA = await makeTempDir("forrige-a");
  const first = await runCli(["build", "4001", "1151", "--out", outA, "--log-format", "json"]);
  expect(first.code, first.stderr).toBe(0);
  lastYear = String(parseJsonLines(first.stdout).at(-1)?.outDir);
  data = await copySample();
  const dataYear = lastYear.slice(-4);
  oldPopulation = await addPopulation(data, "4001", dataYear, ADDED);
  outB = await makeTempDir("forrige-b");
  const second = await buildB();
  expect(second.code, second.stderr + second.stdout.slice(-2000)).toBe(0);
  const summary = parseJsonLines(second.stdout).at(-1);
  thisYear = String(summary?.outDir);
  // The statement check read every sheet back: every sentence true to its numbers.
  expect(summary).toMatchObject({
    built: 3,
    failed: 0,
    verify: { checked: 3, problems: [] },
    previous: { dir: lastYear, year: Number(dataYear), without: 1 },
  });
});

describe("faktaark build --forrige", () => {
  it("shows the old and the new population of the municipality whose figure changed, both kept as numbers", async () => {
    const model = await readStoredModel(join(thisYear, "4001-porsgrunn.pdf"));
    const population = model.keyFigures.find((figure) => figure.id === "population")!;
    expect(population.figures[0]?.value).toBe(oldPopulation + ADDED);
    expect(population.previous?.figure?.value).toBe(oldPopulation);
    const text = readPdfText(await readFile(join(thisYear, "4001-porsgrunn.pdf")));
    expect(text).toContain(`Porsgrunn hadde ${plain(formatNumber(oldPopulation + ADDED))} innbyggere`);
    expect(text).toContain(`Forrige faktaark: ${plain(formatNumber(oldPopulation))} (${lastYear.slice(-4)})`);
    expect(plain(text)).toContain("Endringer siden forrige faktaark: Tallene fra forrige faktaark");
  });

  it("shows equal figures for a municipality whose own figures did not change", async () => {
    const model = await readStoredModel(join(thisYear, "1151-utsira.pdf"));
    for (const figure of model.keyFigures) expect(figure.previous?.figure, figure.id).toEqual(figure.figures[0]);
    const text = readPdfText(await readFile(join(thisYear, "1151-utsira.pdf")));
    const population = model.keyFigures.find((figure) => figure.id === "population")!;
    expect(text).toContain(`Forrige faktaark: ${plain(population.value)} (${lastYear.slice(-4)})`);
  });

  it("says so on the sheet of a municipality last year's folder has no sheet for", async () => {
    const model = await readStoredModel(join(thisYear, "0301-oslo.pdf"));
    expect(model.keyFigures.every((figure) => figure.previous === null)).toBe(true);
    const sentence = `Forrige årgang av faktaarkene (${lastYear.slice(-4)}) har ikke noe ark for Oslo, så det er ingenting å sammenligne med.`;
    expect(model.changes?.text).toBe(sentence);
    expect(readPdfText(await readFile(join(thisYear, "0301-oslo.pdf"))).replace(/\s+/g, " ")).toContain(sentence);
  });

  it("rebuilds with --changed-only exactly the sheets whose previous model changed", async () => {
    const again = await buildB("--changed-only");
    expect(again.code, again.stderr).toBe(0);
    expect(builtCodes(again.stdout)).toEqual([]);
    // Last year's Porsgrunn made again from the changed data: its model, and so this year's Porsgrunn, changes.
    const remade = await runCli(["build", "4001", "--data", data, "--out", join(lastYear, "..")]);
    expect(remade.code, remade.stderr).toBe(0);
    const after = await buildB("--changed-only");
    expect(after.code, after.stderr).toBe(0);
    expect(builtCodes(after.stdout)).toEqual(["4001"]);
    const model = await readStoredModel(join(thisYear, "4001-porsgrunn.pdf"));
    expect(model.keyFigures.find((figure) => figure.id === "population")?.previous?.figure?.value).toBe(
      oldPopulation + ADDED,
    );
  });

  it("fails only the sheet whose model in last year's folder cannot be read, naming the file", async () => {
    const damaged = join(await makeTempDir("forrige-damaged"), lastYear.slice(-4));
    await cp(lastYear, damaged, { recursive: true });
    const model = join(damaged, "modeller", "1151-utsira.json.gz");
    await writeFile(model, "ikke gzip");
    const result = await runCli(["build", "4001", "1151", "--out", await makeTempDir("out"), "--forrige", damaged]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`FEIL 1151 Utsira: forrige faktaark: ${model}: arkmodellen kan ikke leses (`);
    expect(result.stderr).toContain("1 laget, 1 feilet");
  });

  it("refuses with exit 2 a folder without last year's manifest or models", async () => {
    const empty = await makeTempDir("forrige-empty");
    const none = await runCli(["build", "4001", "--out", await makeTempDir("out"), "--forrige", empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      `faktaark: --forrige ${empty}: fant ingen manifest.json, verken her eller i en årsmappe (${empty}/ÅÅÅÅ). ` +
        "Gi mappen med forrige årgangs faktaark, f.eks. output/2025.\n",
    );
    const withoutModels = join(await makeTempDir("forrige-copy"), lastYear.slice(-4));
    await cp(lastYear, withoutModels, { recursive: true });
    await rm(join(withoutModels, "modeller"), { recursive: true });
    const noModels = await runCli(["build", "4001", "--out", await makeTempDir("out"), "--forrige", withoutModels]);
    expect(noModels.code).toBe(2);
    expect(noModels.stderr).toBe(
      `faktaark: --forrige ${withoutModels}: mappen modeller/ med arkmodellene mangler, så tallene på arkene der ` +
        "kan ikke leses. Lag den årgangen på nytt med faktaark build.\n",
    );
    // Models as a faktaark before --forrige wrote them: findings as plain text, figures without their numbers.
    const older = join(await makeTempDir("forrige-older"), lastYear.slice(-4));
    await cp(lastYear, older, { recursive: true });
    const file = join(older, "modeller", "1151-utsira.json.gz");
    const model = JSON.parse(gunzipSync(await readFile(file)).toString("utf8")) as SheetModel;
    const old = {
      ...model,
      keyFigures: model.keyFigures.map(({ label, value, detail }) => ({ label, value, detail })),
      keyFindings: model.keyFindings.map((finding) => finding.text),
    };
    await writeFile(file, gzipSync(JSON.stringify(old)));
    const olderRun = await runCli(["build", "4001", "--out", await makeTempDir("out"), "--forrige", older]);
    expect(olderRun.code).toBe(2);
    expect(olderRun.stderr).toContain(`faktaark: ${file}: arkmodellen er laget av en eldre faktaark`);
  });
});
