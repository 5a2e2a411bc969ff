// Impossible values and years in a copy of the sample: what `check` and `build` say, their exit codes, and that
// no sheet is written from them; and the data year that decides which output folder a build may write.
import { access, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copySample, makeTempDir, replaceLine, runCli } from "./run-cli.js";

const HUSBANKEN = join("husbanken", "husbanken-virkemidler.csv");
const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

describe("faktaark check and build: impossible values", () => {
  it("refuses a count written with a thousands point, fails the sheets that need it and exits 1", async () => {
    const data = await copySample();
    const line = await replaceLine(
      join(data, HUSBANKEN),
      "Husbanken;husbanken;4001;2024;startlan_antall;",
      "Husbanken;husbanken;4001;2024;startlan_antall;1.177",
    );
    const problem = `husbanken/husbanken-virkemidler.csv, linje ${line}: forventet et antall skrevet uten skilletegn for tusener (1177), fant «1.177»`;

    const check = await runCli(["check", "--data", data]);
    expect(check.stdout).toContain(`  FEIL: ${problem}\n`);
    expect(check.stdout).toContain(
      "  – feil i radene til kommune 4001: arket lages ikke før feilene er rettet, heller ikke ark der fylkets eller landets tall er faktaarks sum av kommunene fra samme fil; de andre lages\n",
    );
    expect(check.code).toBe(0);

    const out = await makeTempDir("out");
    const build = await runCli(["build", "4001", "4003", "--data", data, "--out", out]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`feilet: 4001 Porsgrunn: feil i datagrunnlaget: ${problem}`);
    // Telemark's start loans are faktaark's sum of its municipalities: without Porsgrunn's they would be wrong.
    expect(build.stderr).toContain(
      `feilet: 4003 Skien: feil i datagrunnlaget: fylkets tall er summen av kommunene, og 4001 Porsgrunn har feil: ${problem}`,
    );
    expect(await exists(join(out, "2026", "4003-skien.pdf"))).toBe(false);
    expect(await exists(join(out, "2026", "4001-porsgrunn.pdf"))).toBe(false);
  });

  it("refuses a population year no one can have published (a typo 2099) and writes nothing, exit 2", async () => {
    const data = await copySample();
    const file = join(data, "ssb", "07459-folkemengde-2000-2026.json");
    await writeFile(file, (await readFile(file, "utf8")).replace('"2026":26', '"2099":26'));
    const problem = `ssb/07459-folkemengde-2000-2026.json, value[26]: forventet et år til og med ${new Date().getFullYear()} (folketallet per 1. januar i år er det siste SSB kan ha publisert), fant 2099`;

    const check = await runCli(["check", "--data", data]);
    expect(check.stdout).toContain(`  FEIL: ${problem}\n`);
    expect(check.code).toBe(2);

    const out = await makeTempDir("out");
    const build = await runCli(["build", "4001", "--data", data, "--out", out]);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain(`  ${problem}\n`);
    expect(await readdir(out)).toEqual([]);
  });
});

describe("faktaark build: the data year", () => {
  it("does not write an older year than the last run's without --year, and --year must be the data year", async () => {
    const out = await makeTempDir("out");
    // A later year's finished folder, as next year's run leaves it.
    await mkdir(join(out, "2027"));
    await writeFile(join(out, "2027", "manifest.json"), '{"program":"x","sheets":[]}\n');

    const refused = await runCli(["build", "4001", "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `faktaark: Datagrunnlaget har dataår 2026 (siste år med folketall, SSB 07459), men ${join(out, "2027")} er laget for 2027: ` +
        "et eldre datagrunnlag skriver ikke over arkene i 2026-mappen uten at du ber om det. " +
        "Gi --year 2026 for å lage arkene for 2026 på nytt, eller bruk datagrunnlaget for 2027.\n",
    );
    expect(await readdir(out)).toEqual(["2027"]);

    const wrongYear = await runCli(["build", "4001", "--out", out, "--year", "2025"]);
    expect(wrongYear.code).toBe(2);
    expect(wrongYear.stderr).toBe(
      "faktaark: --year 2025, men datagrunnlaget har dataår 2026 (siste år med folketall, SSB 07459): " +
        "arkene for 2025 lages bare av et datagrunnlag for 2025.\n",
    );
    expect(await readdir(out)).toEqual(["2027"]);

    const explicit = await runCli(["build", "4001", "--out", out, "--year", "2026"]);
    expect(explicit.code).toBe(0);
    expect(await readdir(join(out, "2026"))).toEqual(expect.arrayContaining(["4001-porsgrunn.pdf"]));
  });
});
