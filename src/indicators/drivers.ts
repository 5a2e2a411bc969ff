// Which indicators drive a municipality's score: for the sheet ("rangert 12 av 357, mest på grunn av …") and reports.
import type { RankingPart, RankingRow } from "./rank.js";

/** The parts with the largest contribution in the direction of the score (pushing it up when the score is positive,
 * down when it is negative), largest first. */
export function listDrivers(row: RankingRow, count = 3): RankingPart[] {
  const sign = row.score >= 0 ? 1 : -1;
  return row.parts
    .filter((part) => part.contribution !== null && part.contribution * sign > 0)
    .sort((a, b) => Math.abs(b.contribution!) - Math.abs(a.contribution!))
    .slice(0, count);
}
