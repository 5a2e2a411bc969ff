// `faktaark verify` as an operator runs it: on a year's output folder, after a batch.
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTempDir, runCli } from "../cli/run-cli.js";

describe("faktaark verify", () => {
  it("checks every sheet of the newest year, and names a sheet whose PDF no longer says what its model says", async () => {
    const out = await makeTempDir("out");
    const built = await runCli(["build", "4001", "1151", "--out", out, "--quiet"]);
    expect(built.stderr).toContain("Kontroll: 2 ark lest tilbake, ingen feil.");
    expect(built.code).toBe(0);

    const clean = await runCli(["verify", out]);
    expect(clean.stderr).toBe(`Kontroll: 2 ark lest tilbake, ingen feil. (${join(out, "2026")})\n`);
    expect(clean.code).toBe(0);

    // Utsira's PDF replaced by Porsgrunn's: none of Utsira's sentences stands in it.
    const year = join(out, "2026");
    await cp(join(year, "4001-porsgrunn.pdf"), join(year, "1151-utsira.pdf"));
    const swapped = await runCli(["verify", year]);
    expect(swapped.code).toBe(1);
    expect(swapped.stdout).toContain("1151-utsira.pdf: teksten «Bolig og befolkning i Utsira» står ikke hel i PDF-en");
    expect(swapped.stderr).toMatch(/^Kontroll: 2 ark lest tilbake, \d+ feil i 1 ark\./);

    // A PDF damaged on disk is named, and the run goes on to the next sheet.
    await writeFile(join(year, "4001-porsgrunn.pdf"), "ikke en PDF");
    const damaged = await runCli(["verify", year]);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toContain("4001-porsgrunn.pdf: PDF-en kunne ikke leses tilbake:");
    expect(damaged.stdout).toContain("1151-utsira.pdf: teksten");
  });

  it("says so when a sheet's model is missing, and exits 2 on a folder without sheets", async () => {
    const out = await makeTempDir("out");
    await runCli(["build", "1151", "--out", out, "--quiet"]);
    const year = join(out, "2026");
    await writeFile(join(year, "modeller", "1151-utsira.json.gz"), "");
    const missing = await runCli(["verify", year]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("1151-utsira.pdf: arkmodellen mangler (lag arket på nytt med faktaark build)\n");

    const empty = await makeTempDir("empty");
    const none = await runCli(["verify", empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`${empty}: fant ingen manifest.json`);
    expect(await readFile(join(year, "manifest.json"), "utf8")).toContain("1151-utsira.pdf");
  });
});
