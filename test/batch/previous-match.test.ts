// Which sheet of last year's edition a sheet compares with (`--forrige`): by number, through KLASS's renumberings,
// and none across a merger or a split, on the real changes of 2020 and 2024.
import { describe, expect, it } from "vitest";
import type { ManifestEntry } from "../../src/batch/manifest.js";
import { matchPreviousSheet } from "../../src/batch/previous-match.js";
import { createChangeMap } from "../../src/model/changes.js";
import { MUNICIPALITIES } from "../../src/model/municipalities.js";
import type { Lang } from "../../src/sheet/format.js";

const changes = createChangeMap(MUNICIPALITIES);

const entry = (code: string, name: string, lang: Lang = "nb"): ManifestEntry => ({
  code,
  name,
  lang,
  file: `${code}-${name.toLowerCase()}${lang === "nn" ? "-nn" : ""}.pdf`,
  bytes: 1,
  pages: 4,
  sha256: "0",
  key: "0",
  inputs: {},
});

describe("the previous sheet of a municipality", () => {
  it("is the sheet with its number when nothing changed between the two years", () => {
    const entries = [entry("4001", "Porsgrunn"), entry("1151", "Utsira")];
    expect(matchPreviousSheet("1151", "nb", entries, changes, 2025, 2026)).toEqual({
      kind: "sheet",
      entry: entries[1],
      renumbered: false,
    });
    expect(matchPreviousSheet("0301", "nb", entries, changes, 2025, 2026)).toEqual({ kind: "missing" });
  });

  it("follows a renumbering: Porsgrunn was 3806 until 2024", () => {
    const entries = [entry("3806", "Porsgrunn")];
    expect(matchPreviousSheet("4001", "nb", entries, changes, 2023, 2024)).toEqual({
      kind: "sheet",
      entry: entries[0],
      renumbered: true,
    });
    // The same sheets a year later are a year after the change: 4001 itself, which that edition lacks.
    expect(matchPreviousSheet("4001", "nb", entries, changes, 2024, 2025)).toEqual({ kind: "missing" });
  });

  it("compares nothing across a split or a merger", () => {
    const entries = [entry("1507", "Ålesund"), entry("1502", "Molde"), entry("1543", "Nesset")];
    expect(matchPreviousSheet("1580", "nb", entries, changes, 2023, 2024)).toEqual({
      kind: "borders",
      change: "split",
      changeYear: 2024,
      formerNames: ["Ålesund"],
    });
    const molde = matchPreviousSheet("1506", "nb", entries, changes, 2019, 2020);
    expect(molde).toMatchObject({ kind: "borders", change: "merged", changeYear: 2020 });
    expect(molde.kind === "borders" && [...molde.formerNames].sort()).toEqual(["Midsund", "Molde", "Nesset"]);
  });

  it("takes the sheet in the same written form, else the other", () => {
    const entries = [entry("4001", "Porsgrunn", "nb"), entry("4001", "Porsgrunn", "nn")];
    expect(matchPreviousSheet("4001", "nn", entries, changes, 2025, 2026)).toMatchObject({ entry: entries[1] });
    expect(matchPreviousSheet("4001", "nn", [entries[0]!], changes, 2025, 2026)).toMatchObject({ entry: entries[0] });
  });
});
