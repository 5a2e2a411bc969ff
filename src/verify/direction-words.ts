// The words on a sheet that say which way a figure went, in bokmål and nynorsk, with the sign they claim.
import type { Sign } from "../sheet/statements.js";

const WORDS: Readonly<Record<string, Sign>> = {
  økte: 1,
  øke: 1,
  auka: 1,
  auke: 1,
  flere: 1,
  fleire: 1,
  over: 1,
  høyere: 1,
  høgare: 1,
  vekst: 1,
  "gikk ned": -1,
  "gjekk ned": -1,
  "gå ned": -1,
  færre: -1,
  under: -1,
  lavere: -1,
  lågare: -1,
  nedgang: -1,
  "endret seg": 0,
  "endre seg": 0,
  "endra seg": 0,
  endring: 0,
  "like mange": 0,
};

/**
 * Words that only ever compare numbers on a sheet: each one in a sentence must have come through `{{dir}}` with its
 * figure. ("over", "under" and "vekst" also stand in other senses, «over 80 år», so they are checked only where a
 * template gave them a figure.)
 */
const COMPARATIVES = [
  "flere",
  "fleire",
  "færre",
  "økte",
  "auka",
  "høyere",
  "høgare",
  "lavere",
  "lågare",
  "gikk ned",
  "gjekk ned",
];

/** A word standing alone (not inside another word), any case: compiled once per word, since every sentence of
 * every sheet is checked against each. */
const patterns = new Map<string, RegExp>();
function wordPattern(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "giu");
    patterns.set(word, pattern);
  }
  // A global pattern remembers where its last match ended; each use starts at the beginning.
  pattern.lastIndex = 0;
  return pattern;
}

/** The sign a direction word claims: that of the longest known word it holds ("flere enn" → flere), or null. */
export function signOf(word: string): Sign | null {
  let best: string | null = null;
  for (const known of Object.keys(WORDS)) {
    if (wordPattern(known).test(word) && (best === null || known.length > best.length)) best = known;
  }
  return best === null ? null : (WORDS[best] ?? null);
}

/** How often each comparative stands in a text: ["flere", 2], … */
export function comparativesIn(text: string): [string, number][] {
  return COMPARATIVES.flatMap((word): [string, number][] => {
    const count = text.match(wordPattern(word))?.length ?? 0;
    return count > 0 ? [[word, count]] : [];
  });
}

/** Whether a direction word holds a comparative ("færre enn" holds "færre"). */
export function holds(word: string, comparative: string): boolean {
  return wordPattern(comparative).test(word);
}
