// SSB writes an age (dimension Alder) as a code in JSON-stat ("007", "001-005", "105+") and as a label in a
// Statistikkbank CSV or an analyst's export ("7 år", "1-5 år", "105 år eller eldre"). One reading serves the join
// (which sums ages into the sheet's groups) and the duplicate check (which must see the same cell from a cube and
// a CSV as one, or it would be added up).

/** SSB's id of the age dimension (07459, 14288, 14746), which the catalogue does not list: every age is read. */
export const AGE = "Alder";

/** The `last` of an open band ("105 år eller eldre", "90 år eller eldre"). */
export const OPEN_AGE = 200;

export interface AgeBandKey {
  readonly first: number;
  /** OPEN_AGE for "… or older". */
  readonly last: number;
}

// The same few hundred age keys recur in every municipality; each is parsed once.
const bands = new Map<string, AgeBandKey | null>();

/** An age band from a code or label: single years ("007", "7 år"), groups ("001-005", "1-5 år") and open bands
 * ("105+", "090+", "90 år eller eldre"); null for anything else (a total such as "Alder i alt", "Under 1 år"). */
export function parseAgeBand(key: string | undefined): AgeBandKey | null {
  const known = bands.get(key ?? "");
  if (known !== undefined) return known;
  const band = readAgeBand(key ?? "");
  bands.set(key ?? "", band);
  return band;
}

function readAgeBand(key: string): AgeBandKey | null {
  const text = key.trim();
  const range = /^(\d{1,3})\s*[-–]\s*(\d{1,3})(\s*år)?$/.exec(text);
  if (range) return { first: Number(range[1]), last: Number(range[2]) };
  const open = /^(\d{1,3})(\+|\s*år eller eldre|\s*år og eldre|\s*år og over)$/.exec(text);
  if (open) return { first: Number(open[1]), last: OPEN_AGE };
  const single = /^(\d{1,3})(\s*år)?$/.exec(text);
  return single ? { first: Number(single[1]), last: Number(single[1]) } : null;
}

/** One key for an age however it is written ("7", "1-5", "90+"); other keys as they are. */
export function canonicalAgeKey(key: string): string {
  const band = parseAgeBand(key);
  if (band === null) return key.trim();
  if (band.last === OPEN_AGE) return `${band.first}+`;
  return band.first === band.last ? String(band.first) : `${band.first}-${band.last}`;
}
