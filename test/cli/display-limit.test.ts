// How many bad rows a file has never changes what the run does: 10 rows (all shown) and 11 rows (10 shown, one
// counted) with a municipality's own problem both fail those sheets only, exit 1, and the counted line names the
// problem.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copySample, makeTempDir, runCli } from "./run-cli.js";

const HUSBANKEN = join("husbanken", "husbanken-virkemidler.csv");

/** A copy of the sample where the 2024 startlån count of the first `count` municipalities is written "1.177". */
async function withBadRows(count: number): Promise<{ data: string; codes: string[] }> {
  const data = await copySample();
  const file = join(data, HUSBANKEN);
  const lines = (await readFile(file, "utf8")).split("\n");
  const codes: string[] = [];
  const changed = lines.map((line) => {
    const match = /^Husbanken;husbanken;(\d{4});2024;startlan_antall;\d+$/.exec(line);
    if (!match || codes.length >= count) return line;
    codes.push(match[1]!);
    return line.replace(/;\d+$/, ";1.177");
  });
  await writeFile(file, changed.join("\n"));
  return { data, codes };
}

describe("the display limit of 10 rows per problem", () => {
  it.each([10, 11])(
    "with %i bad rows: check says usable, build fails exactly those sheets with exit 1",
    async (count) => {
      const { data, codes } = await withBadRows(count);
      const check = await runCli(["check", "--data", data]);
      expect(check.code, check.stdout).toBe(0);
      if (count === 11) {
        expect(check.stdout).toMatch(
          /1 rad til med samme problem \(første: linje \d+\): forventet et antall skrevet uten skilletegn for tusener \(1177\), fant «1\.177»/,
        );
      }
      const out = await makeTempDir("out");
      const build = await runCli([
        "build",
        ...codes,
        codes.includes("4001") ? "4003" : "4001",
        "--data",
        data,
        "--out",
        out,
        "--quiet",
      ]);
      expect(build.code, build.stderr).toBe(1);
      for (const code of codes) expect(build.stderr).toContain(`feilet: ${code} `);
      expect(build.stderr).toContain(`1 laget, ${count} feilet`);
    },
  );
});
