// Which sheet of last year's edition a municipality's sheet compares with (`--forrige`). Pure. By its number; when
// KLASS's changes between the two data years renumbered it, by its former number; when they merged or split it,
// with none, since the figures of another area would read as a change.
import type { ChangeMap } from "../model/changes.js";
import type { Lang } from "../sheet/format.js";
import type { ManifestEntry } from "./manifest.js";

export type PreviousMatch =
  | { readonly kind: "sheet"; readonly entry: ManifestEntry; readonly renumbered: boolean }
  | { readonly kind: "missing" }
  | {
      readonly kind: "borders";
      readonly change: "merged" | "split";
      readonly changeYear: number;
      readonly formerNames: readonly string[];
    };

export function matchPreviousSheet(
  code: string,
  lang: Lang,
  entries: readonly ManifestEntry[],
  changes: ChangeMap,
  previousYear: number,
  year: number,
): PreviousMatch {
  const own = pickEntry(entries, code, lang);
  // A change on 1 January of `endYear` shows first on the sheets of that data year.
  const between = changes
    .predecessorsOf(code)
    .filter((predecessor) => predecessor.endYear > previousYear && predecessor.endYear <= year);
  const [only] = between;
  if (!only) return own ? { kind: "sheet", entry: own, renumbered: false } : { kind: "missing" };
  if (between.length === 1 && only.successors.length === 1 && !own) {
    const former = pickEntry(entries, only.code, lang);
    return former ? { kind: "sheet", entry: former, renumbered: true } : { kind: "missing" };
  }
  const split = between.find((predecessor) => predecessor.successors.length > 1);
  if (split) return { kind: "borders", change: "split", changeYear: split.endYear, formerNames: [split.name] };
  return {
    kind: "borders",
    change: "merged",
    changeYear: Math.max(...between.map((predecessor) => predecessor.endYear)),
    // A municipality that kept its number through the merger was one of the parts.
    formerNames: [...(own ? [own.name] : []), ...between.map((predecessor) => predecessor.name)],
  };
}

/** The municipality's sheet in the same written form, else in the other (their numbers are the same). */
function pickEntry(entries: readonly ManifestEntry[], code: string, lang: Lang): ManifestEntry | undefined {
  const sheets = entries.filter((entry) => entry.code === code).sort((a, b) => a.file.localeCompare(b.file));
  return sheets.find((entry) => entry.lang === lang) ?? sheets[0];
}
