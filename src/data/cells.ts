// Turning source text into cells and years: SSB's symbols, decimal comma or point, years written as
// "2024", "2024K1", "2024M01", "01.01.2024" or "2024-01-01".
import type { Cell, SsbSymbol } from "./types.js";

const SYMBOLS: ReadonlySet<string> = new Set<SsbSymbol>(["..", ":", "-", "."]);

export function isSsbSymbol(text: string): text is SsbSymbol {
  return SYMBOLS.has(text);
}

// Spaces of any width may separate thousands ("12 807", "12\u00a0807").
const THOUSANDS = /[\s\u00a0\u202f]/g;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

/** A cell from text, or null when the text is neither a number nor an SSB symbol. A point or a comma is
 * the decimal separator ("1.5" and "1,5" are both one and a half); thousands are separated by spaces only. */
export function parseCell(raw: string): Cell | null {
  const text = raw.trim();
  if (isSsbSymbol(text)) return text;
  if (text === "") return null;
  const normalised = text.replace(THOUSANDS, "").replace(",", ".");
  if (!NUMBER.test(normalised)) return null;
  return Number(normalised);
}

const YEAR_FORMS: readonly RegExp[] = [
  /^(\d{4})$/,
  /^(\d{4})(?:K[1-4]|M(?:0[1-9]|1[0-2])|H[12])$/,
  /^(\d{4})-\d{2}-\d{2}$/,
  /^\d{2}\.\d{2}\.(\d{4})$/,
];

/** SSB's periods of several years ("2022-2024" in 12944): only three-year periods are read. */
const PERIOD = /^(\d{4})-(\d{4})$/;
export const PERIOD_YEARS = 3;

/** The year a time code or date belongs to, or null. A three-year period ("2022-2024") belongs to its last year. */
export function parseYear(raw: string): number | null {
  const text = raw.trim();
  const period = PERIOD.exec(text);
  if (period) {
    const [first, last] = [Number(period[1]), Number(period[2])];
    return last - first === PERIOD_YEARS - 1 ? last : null;
  }
  for (const form of YEAR_FORMS) {
    const match = form.exec(text);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  return null;
}

/** The earliest year faktaark reads; older rows are outside anything a sheet shows. */
export const MIN_YEAR = 1950;
/** The latest year faktaark reads: SSB's projections run to 2100 (14288/14746 for the country), no table
 * further. Later years are refused as errors; registered years are held to the data year (plausibility.ts). */
export const LAST_YEAR = 2100;
