// SSB writes an age (dimension Alder) as a code in JSON-stat ("007", "001-005", "105+") and as a label in a
// Statistikkbank CSV ("7 år", "1-5 år", "105 år eller eldre"). The duplicate check needs one key for both, or the
// same cell from a cube and a CSV would be read as two cells and added up.

/** The age's numbers, joined by "-", with "+" for an open group and "<" before an "under"; other keys as they are. */
export function canonicalAgeKey(key: string): string {
  const text = key.trim();
  const numbers = text.match(/\d+/g);
  if (numbers === null || numbers.length > 2) return text;
  const lower = text.toLowerCase();
  const open = /\+|eldre|over/.test(lower) ? "+" : "";
  const under = lower.includes("under") ? "<" : "";
  return `${under}${numbers.map(Number).join("-")}${open}`;
}
