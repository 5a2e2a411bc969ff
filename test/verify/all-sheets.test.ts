// The statement check over every sample sheet in both written forms, as the yearly batch runs it: no sheet may
// print a sentence its numbers contradict, lose a source line, or leave a page half empty.
import { describe, expect, it } from "vitest";
import { makeTempDir, parseJsonLines, runCli } from "../cli/run-cli.js";

describe("faktaark build --all with its statement check", () => {
  it.each(["nb", "nn"])("finds no problem in any of the 357 sheets in %s", { timeout: 600_000 }, async (lang) => {
    const out = await makeTempDir(`all-${lang}`);
    const result = await runCli(["build", "--all", "--lang", lang, "--out", out, "--log-format", "json"]);
    const summary = parseJsonLines(result.stdout).at(-1) as {
      built: number;
      verify: { checked: number; problems: { file: string; page: number | null; message: string }[] };
    };
    expect(summary.verify.problems.map((p) => `${p.file} ${p.page ?? ""}: ${p.message}`)).toEqual([]);
    expect(summary.verify.checked).toBe(357);
    expect(result.code).toBe(0);
  });
});
