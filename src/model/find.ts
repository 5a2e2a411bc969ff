// Finding municipalities by number or by any form of their name, forgiving case, diacritics and the ways
// people type æ, ø, å without a Norwegian keyboard ("tromso", "aalesund", "karasjok", "baerum").
import { UserError } from "../errors.js";
import type { MunicipalityRecord } from "./record.js";

export interface FindResult {
  /** Records whose number or one of whose name forms is the query (several for "Herøy"). */
  readonly exact: MunicipalityRecord[];
  /** Other records that nearly match, best first: for "did you mean" and for searching. */
  readonly candidates: MunicipalityRecord[];
}

/** Letters that do not decompose into a base letter and a mark (Norwegian and Sami). */
const SPECIAL: Readonly<Record<string, string>> = { æ: "ae", ø: "o", å: "a", đ: "d", ŋ: "n", ŧ: "t", ß: "ss" };

/** A comparison key: lower case, no diacritics, æ→ae, ø/oe→o, å/aa→a, punctuation and spaces dropped. */
export function foldName(text: string): string {
  const lower = text.toLowerCase().replace(/[æøåđŋŧß]/g, (char) => SPECIAL[char] ?? char);
  return lower
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/aa/g, "a")
    .replace(/oe/g, "o")
    .replace(/[^a-z0-9]/g, "");
}

/** Every form a municipality may be searched by: the full name, each form joined by " - ", the short name,
 * and the name without the county in parentheses ("Herøy (Nordland)" → "Herøy"). */
function formsOf(record: MunicipalityRecord): string[] {
  const forms = new Set<string>([record.name, record.shortName, ...record.name.split(" - ")]);
  for (const form of [...forms]) forms.add(form.replace(/\s*\(.*\)\s*$/, ""));
  return [...forms].map(foldName).filter((form) => form !== "");
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? Math.max(a.length, b.length);
}

/** How well a record matches (lower is better), or null when it does not. */
function scoreOf(record: MunicipalityRecord, query: string, folded: string): number | null {
  if (/^\d+$/.test(query)) return record.code.startsWith(query) ? 0 : null;
  let best: number | null = null;
  for (const form of formsOf(record)) {
    let score: number | null = null;
    if (form.startsWith(folded)) score = 1;
    else if (form.includes(folded)) score = 2;
    else {
      const distance = editDistance(folded, form.slice(0, Math.max(folded.length, 1)));
      const whole = editDistance(folded, form);
      const limit = folded.length <= 4 ? 1 : 2;
      if (Math.min(distance, whole) <= limit) score = 3 + Math.min(distance, whole);
    }
    if (score !== null && (best === null || score < best)) best = score;
  }
  return best;
}

export function findMunicipalities(records: readonly MunicipalityRecord[], query: string): FindResult {
  const text = query.trim();
  const folded = foldName(text);
  if (text === "" || folded === "") return { exact: [], candidates: [] };
  const exact = records.filter((record) =>
    /^\d+$/.test(text) ? record.code === text.padStart(4, "0") : formsOf(record).includes(folded),
  );
  const scored: { record: MunicipalityRecord; score: number }[] = [];
  for (const record of records) {
    if (exact.includes(record)) continue;
    const score = scoreOf(record, text, folded);
    if (score !== null) scored.push({ record, score });
  }
  scored.sort((a, b) => a.score - b.score || a.record.code.localeCompare(b.record.code));
  return { exact, candidates: scored.map(({ record }) => record) };
}

/** Candidates shown when a name matches none or several municipalities. */
const SHOWN = 6;

/** The municipality a user means by a number or a name, for every command; an unknown or ambiguous one is a
 * UserError that lists the candidates. */
export function resolveMunicipality(records: readonly MunicipalityRecord[], query: string): MunicipalityRecord {
  const { exact, candidates } = findMunicipalities(records, query);
  if (exact.length === 1) return exact[0]!;
  const list = (exact.length > 1 ? exact : candidates).slice(0, SHOWN).map((r) => `  ${r.code} ${r.name}`);
  if (exact.length > 1) throw new UserError(`«${query}» passer på flere kommuner:\n${list.join("\n")}`);
  const hint = list.length > 0 ? `\nMente du:\n${list.join("\n")}` : "";
  throw new UserError(`Fant ingen kommune som heter «${query}».${hint}`);
}
