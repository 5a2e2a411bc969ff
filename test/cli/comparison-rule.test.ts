// `faktaark build --sammenligning <regel>` through the compiled CLI: the sheet in the PDF names the rule and passes
// the check build runs; a rule faktaark does not know, or one the dataset cannot serve, is a usage error.
import { execFileSync } from "node:child_process";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupOf, readGroups } from "../compare/kostra-groups.js";
import { copySample, makeTempDir, ROOT, runCli } from "./run-cli.js";

const folded = (text: string) => text.replace(/\s+/g, " ");

describe("faktaark build --sammenligning", () => {
  it("writes a nynorsk sheet that names Porsgrunn's KOSTRA group, and the check finds nothing", async () => {
    const group = groupOf(readGroups(join(ROOT, "data", "sample", "klass", "kostragrupper-2024.csv")), "4001");
    const out = await makeTempDir("out");
    const result = await runCli(["build", "4001", "--lang", "nn", "--sammenligning", "kostra", "--out", out]);
    expect(result.stderr).toContain("Kontroll: 1 ark lest tilbake, ingen feil.");
    expect(result.code).toBe(0);
    const pdf = join(out, "2026", "4001-porsgrunn-nn.pdf");
    const text = folded(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }));
    expect(text).toContain(`Porsgrunn samanlikna med kommunar i same KOSTRA-gruppe (gruppe ${group}).`);
  });

  it("exits 2 for a rule it does not know, naming the rules", async () => {
    const result = await runCli(["build", "4001", "--sammenligning", "region", "--out", await makeTempDir("out")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "faktaark: --sammenligning må være en av reglene «nearest», «kostra» og «fylke», ikke «region».\n",
    );
  });

  it("exits 2 for the kostra rule on a dataset without KOSTRA groups, saying what to add", async () => {
    const data = await copySample();
    await rm(join(data, "klass", "kostragrupper-2024.csv"));
    const result = await runCli([
      "build",
      "4001",
      "--sammenligning",
      "kostra",
      "--data",
      data,
      "--out",
      await makeTempDir("out"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `faktaark: datagrunnlaget ${data} har ingen KOSTRA-grupper, så sammenligningskommunene kan ikke velges etter regelen «kostra».`,
    );
  });
});
