// Norwegian number and date formatting for the sheet: space as thousands separator, decimal comma, "12,4 %".
import type { Cell } from "../data/types.js";

export type Lang = "nb" | "nn";

const integerFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 });
const decimalFormats = new Map<number, Intl.NumberFormat>();

function decimalFormat(decimals: number): Intl.NumberFormat {
  let format = decimalFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("nb-NO", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    decimalFormats.set(decimals, format);
  }
  return format;
}

/** 12345.6 → "12 346", with `decimals` → "12 345,6". Uses a no-break space between thousands and a real minus. */
export function formatNumber(value: number, decimals = 0): string {
  const format = decimals === 0 ? integerFormat : decimalFormat(decimals);
  // Intl writes -0 as "−0"; a rounded zero is printed without a sign.
  const rounded = round(value, decimals);
  return format.format(rounded === 0 ? 0 : rounded);
}

/** Rounds as the sheet prints: chart data and figures hold what is drawn and printed, not 15 decimals. */
export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A percentage given in per cent (12.43 → "12,4 %"). */
export function formatPercent(percent: number, decimals = 1): string {
  return `${formatNumber(percent, decimals)}\u00a0%`;
}

/** A signed change: "+1 234", "−56", "+2,5 %". */
export function formatSigned(value: number, decimals = 0, suffix = ""): string {
  const text = formatNumber(value, decimals);
  const sign = text.startsWith("−") || text === formatNumber(0, decimals) ? "" : "+";
  return `${sign}${text}${suffix}`;
}

/** A cell as SSB prints it: the number, or the symbol itself ("..", ":", "-", ".") — never 0 for a missing value. */
export function formatCell(cell: Cell | null | undefined, decimals = 0): string {
  if (cell === null || cell === undefined) return "..";
  if (typeof cell === "number") return formatNumber(cell, decimals);
  return cell;
}

/** Years as a sheet states them: "2025", or the first and last year "2016–2025"; "" for none. */
export function formatYearSpan(years: Iterable<number>): string {
  const all = [...years];
  if (all.length === 0) return "";
  const first = Math.min(...all);
  const last = Math.max(...all);
  return first === last ? String(first) : `${first}–${last}`;
}

/** "a, b og c": `and` is the written form's word ("og"). */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}
