// What a sentence on the sheet rests on: the numbers it was given and the signed figure behind each word that
// says which way something went ("flere", "økte", "over"). The sheet model keeps one statement per sentence with
// numbers or such words, and `faktaark verify` checks each printed sentence against it (src/verify/).

/** Which way a figure points: +1 more, up, above; −1 fewer, down, below; 0 the same. */
export type Sign = -1 | 0 | 1;

export function signOfValue(value: number): Sign {
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

/** A word that says which way something went, and the signed figure it describes (positive: more, up, above). */
export interface Direction {
  readonly word: string;
  readonly value: number;
}

export interface Statement {
  /** The sentence as the sheet prints it. */
  readonly text: string;
  /** Every number the sentence was given or its template writes itself, as printed ("10,4", "2016", "1 300"). */
  readonly figures: readonly string[];
  /** The direction words in the order they stand in the text. */
  readonly directions: readonly Direction[];
}

/** A number as the sheet prints it: digits grouped by no-break spaces, a decimal comma ("38 422", "10,4", "2016"). */
const NUMBER = /\d+(?:[\u00a0\u202f]\d{3})*(?:,\d+)?/g;

/** The numbers in a text, as printed. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(NUMBER)].map((match) => match[0]);
}

/**
 * Every number in the values a template was given, looking into nested objects and lists. A value given as a
 * JavaScript number counts when it is a whole number (a year, a count, a rank) as the template would print it;
 * fractions come formatted, as strings, and a fraction given as a number is a direction's figure, not printed.
 */
export function numbersInValues(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === "string") for (const number of numbersIn(value)) into.add(number);
  else if (typeof value === "number" && Number.isInteger(value)) into.add(String(Math.abs(value)));
  else if (Array.isArray(value)) for (const item of value) numbersInValues(item, into);
  else if (typeof value === "object" && value !== null)
    for (const item of Object.values(value)) numbersInValues(item, into);
  return into;
}

// The `dir` helper writes its word behind a mark holding the direction's index, so the words can be matched with
// their figures after the template has run, paragraph by paragraph, and the marks removed.
const MARK = "\uE001";
const MARKED_WORD = new RegExp(`${MARK}(\\d+)${MARK}`, "g");

export function markDirection(index: number, word: string): string {
  return `${MARK}${index}${MARK}${word}`;
}

/** The text without direction marks, and the directions it holds, in the order they stand. */
export function takeDirections(
  marked: string,
  directions: readonly Direction[],
): { text: string; directions: Direction[] } {
  const found: Direction[] = [];
  const text = marked.replace(MARKED_WORD, (_, index: string) => {
    const direction = directions[Number(index)];
    if (direction) found.push(direction);
    return "";
  });
  return { text, directions: found };
}
