// `--changed-only` rebuilds exactly the sheets whose inputs changed (see src/batch/fingerprint.ts for the rule),
// and a run with nothing changed renders nothing and says so.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { copySample, makeTempDir, parseJsonLines, runCli } from "./run-cli.js";

/** Vestfold og Telemark's Telemark part: 17 municipalities. */
const COUNTY = "40";
const COUNTY_SIZE = 17;

let data: string;
let out: string;

function builtCodes(stdout: string): string[] {
  return parseJsonLines(stdout)
    .filter((event) => event.event === "built")
    .map((event) => String(event.code))
    .sort();
}

/** `build --changed-only` of the county with JSON logs; it must succeed. */
async function buildChangedOnly() {
  const result = await runCli([
    "build",
    "--fylke",
    COUNTY,
    "--data",
    data,
    "--out",
    out,
    "--changed-only",
    "--log-format",
    "json",
  ]);
  expect(result.code, result.stderr + result.stdout.slice(-2000)).toBe(0);
  return result;
}

beforeAll(async () => {
  data = await copySample();
  out = await makeTempDir("out");
  const first = await runCli(["build", "--fylke", COUNTY, "--data", data, "--out", out, "--log-format", "json"]);
  expect(first.code).toBe(0);
  expect(builtCodes(first.stdout)).toHaveLength(COUNTY_SIZE);
});

it("renders nothing when nothing changed, and says so", async () => {
  const result = await runCli(["build", "--fylke", COUNTY, "--data", data, "--out", out, "--changed-only"]);
  expect(result.code, result.stderr + result.stdout.slice(-2000)).toBe(0);
  expect(result.stderr).toContain(`Ingen endringer: ${COUNTY_SIZE} ark er oppdatert`);
});

it("rebuilds only Porsgrunn when only a figure printed on Porsgrunn's sheet alone changes", async () => {
  // Startlån amounts appear only in the municipality's own table (2021–2025), not in charts, aggregates or ranks.
  const file = join(data, "husbanken", "husbanken-virkemidler.csv");
  const text = await readFile(file, "utf8");
  const line = /^Husbanken;husbanken;4001;2023;startlan_belop;(\d+)$/m;
  const amount = Number(line.exec(text)?.[1]);
  expect(amount).toBeGreaterThan(0);
  await writeFile(file, text.replace(line, `Husbanken;husbanken;4001;2023;startlan_belop;${amount * 2}`));

  const result = await buildChangedOnly();
  expect(builtCodes(result.stdout)).toEqual(["4001"]);
  expect(parseJsonLines(result.stdout).at(-1)).toMatchObject({ built: 1, unchanged: COUNTY_SIZE - 1, failed: 0 });
});

it("rebuilds every sheet that prints Porsgrunn's figure when it also feeds the county and national figures", async () => {
  // Housing allowance in the latest year: Porsgrunn's own chart, the county and the national rate on every sheet
  // of the county, and comparison charts of the municipalities Porsgrunn is compared with.
  const file = join(data, "husbanken", "husbanken-virkemidler.csv");
  const text = await readFile(file, "utf8");
  const line = /^Husbanken;husbanken;4001;2025;bostotte_husstander;(\d+)$/m;
  const households = Number(line.exec(text)?.[1]);
  await writeFile(file, text.replace(line, `Husbanken;husbanken;4001;2025;bostotte_husstander;${households * 3}`));

  const result = await buildChangedOnly();
  const built = builtCodes(result.stdout);
  expect(built).toContain("4001");
  // The county's rate is in every Telemark sheet's chart.
  expect(built).toHaveLength(COUNTY_SIZE);
});
