// The output folder follows the register: after a municipality is renamed or has ended in KLASS, `--changed-only`
// moves its old sheet to utgått/ and the manifest no longer lists it; a number the dataset merely lacks stays.
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { makeTempDir, runCli } from "../cli/run-cli.js";

it("moves the sheets of a renamed and a removed municipality to utgått/ and out of the manifest", async () => {
  const out = await makeTempDir("retire");
  expect((await runCli(["build", "1151", "--out", out, "--quiet"])).code).toBe(0);
  const year = join(out, "2026");
  const manifestPath = join(year, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { sheets: Record<string, unknown>[] };
  const [utsira] = manifest.sheets;
  // As last year's run left them: Utsira under an older name, and a municipality the register no longer has.
  await rename(join(year, "1151-utsira.pdf"), join(year, "1151-utsire.pdf"));
  await rename(join(year, "modeller", "1151-utsira.json.gz"), join(year, "modeller", "1151-utsire.json.gz"));
  await writeFile(join(year, "1507-alesund.pdf"), await readFile(join(year, "1151-utsire.pdf")));
  // And one the dataset merely lacks (a number never in the register): it stays where it is.
  await writeFile(join(year, "9999-ukjent.pdf"), await readFile(join(year, "1151-utsire.pdf")));
  manifest.sheets = [
    { ...utsira, file: "1151-utsire.pdf", name: "Utsire" },
    { ...utsira, code: "1507", name: "Ålesund", file: "1507-alesund.pdf" },
    { ...utsira, code: "9999", name: "Ukjent", file: "9999-ukjent.pdf" },
  ];
  await writeFile(manifestPath, JSON.stringify(manifest));

  const result = await runCli(["build", "1151", "--out", out, "--changed-only"]);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).toContain(
    "  flyttet til utgått/: 1151-utsire.pdf (kommune 1151 heter nå Utsira (1151-utsira.pdf))",
  );
  expect(result.stderr).toContain(
    "  flyttet til utgått/: 1507-alesund.pdf (kommune 1507 finnes ikke lenger; området er nå 1508 Ålesund, 1580 Haram)",
  );
  const after = JSON.parse(await readFile(manifestPath, "utf8")) as { sheets: { file: string }[] };
  expect(after.sheets.map((sheet) => sheet.file)).toEqual(["1151-utsira.pdf", "9999-ukjent.pdf"]);
  expect((await readdir(join(year, "utgått"))).sort()).toEqual(["1151-utsire.pdf", "1507-alesund.pdf", "modeller"]);
  expect(await readdir(join(year, "utgått", "modeller"))).toEqual(["1151-utsire.json.gz"]);
  expect((await readdir(year)).filter((name) => name.endsWith(".pdf")).sort()).toEqual([
    "1151-utsira.pdf",
    "9999-ukjent.pdf",
  ]);
});
