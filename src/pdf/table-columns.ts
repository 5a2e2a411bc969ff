// Shares a table's width among its columns, the way a browser lays out an HTML table without set widths.

/**
 * Column widths for a table `width` wide, from each column's natural width (its widest cell on one line) and its
 * minimum (its longest word, so no word is broken). When the natural widths fit, each column gets its natural
 * width and the first column (the labels) takes the width to spare. When they do not, every column gets its minimum
 * and the rest is shared in proportion to what each column lacks of its natural width. Only when even the minimums
 * do not fit are words broken, all columns shrinking alike.
 */
export function shareColumnWidths(natural: readonly number[], minimum: readonly number[], width: number): number[] {
  const least = minimum.map((min, index) => Math.min(min, natural[index]!));
  const naturalSum = sum(natural);
  if (naturalSum <= width) return natural.map((w, index) => (index === 0 ? w + width - naturalSum : w));
  const leastSum = sum(least);
  if (leastSum >= width) return least.map((w) => (w * width) / leastSum);
  const share = (width - leastSum) / (naturalSum - leastSum);
  return least.map((w, index) => w + (natural[index]! - w) * share);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
