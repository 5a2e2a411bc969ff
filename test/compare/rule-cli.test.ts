// `faktaark compare --sammenligning <regel>` on the sample dataset, through the real CLI entry point.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { groupOf, readGroups } from "./kostra-groups.js";
import { runCli } from "./run-main.js";

const SAMPLE = "data/sample";
const SAMPLE_GROUPS = join(SAMPLE, "klass", "kostragrupper-2024.csv");

afterEach(() => {
  process.exitCode = undefined;
});

describe.skipIf(!existsSync(SAMPLE))("faktaark compare --sammenligning", () => {
  it("kostra: the five nearest among the other municipalities of the sample's KOSTRA group", async () => {
    const groups = readGroups(SAMPLE_GROUPS);
    const group = groupOf(groups, "4001");
    const members = groups.get(group) ?? [];
    const run = await runCli("compare", "4001", "--data", SAMPLE, "--sammenligning", "kostra");
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "Sammenligningskommuner for Porsgrunn (4001)",
      `Regel: kostra – de nærmeste blant de ${members.length - 1} andre kommunene i KOSTRA-gruppe ${group} ` +
        "(SSBs kommunegruppering per 2020).",
      "Valgt: 5 nærmeste i 11 strukturindikatorer (standardiserte verdier, euklidsk avstand).",
    ]);
    const chosen = lines.flatMap((line) => /^ {2}\d {2}.+ \((\d{4})\) – avstand/.exec(line)?.[1] ?? []);
    expect(chosen).toHaveLength(5);
    expect(chosen.every((code) => members.includes(code) && code !== "4001")).toBe(true);
  });

  it("exits 2 for a rule it does not know, naming the rules", async () => {
    const run = await runCli("compare", "4001", "--data", SAMPLE, "--sammenligning", "region");
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "faktaark: --sammenligning må være en av reglene «nearest», «kostra» og «fylke», ikke «region».\n",
    );
  });
});
