// The ranking as lines for the terminal (`faktaark rank`), in Norwegian with Norwegian number formatting.
import { formatNumber } from "../sheet/format.js";
import { listDrivers } from "./drivers.js";
import { modelMessages } from "./messages.js";
import { type Ranking, SCORE_DECIMALS } from "./rank.js";

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

export function formatRankingText(ranking: Ranking, regionName: string, top?: number): string[] {
  const rows = top === undefined ? ranking.rows : ranking.rows.slice(0, top);
  const byRegion = ranking.region.kind !== "country";
  const lines = [
    `Boligsosiale utfordringer – rangering, ${regionName} (${formatNumber(ranking.rows.length)} kommuner, ` +
      `modell: ${ranking.model.file})`,
    `${modelMessages.rankDirection(SCORE_DECIMALS)} Skår = vektet gjennomsnitt av standardiserte indikatorer.`,
    "",
    `${byRegion ? "Rang  Landet" : "Rang  Fylket"}  ${pad("Kommune", 28)}  ${pad("Fylke", 22)}  ${"Skår".padStart(6)}  Viktigste drivere`,
  ];
  for (const row of rows) {
    const rank = byRegion ? row.rankRegion : row.rankNational;
    const other = byRegion ? row.rankNational : row.rankCounty;
    const drivers = listDrivers(row, 3).map((part) => part.shortLabel);
    lines.push(
      `${String(rank).padStart(4)}  ${String(other).padStart(6)}  ${pad(`${row.name}${row.missing.length > 0 ? "*" : ""}`, 28)}  ` +
        `${pad(row.county.name, 22)}  ${formatNumber(row.score, SCORE_DECIMALS).padStart(6)}  ${drivers.join(", ")}`,
    );
  }
  lines.push("");
  if (top !== undefined && top < ranking.rows.length) {
    lines.push(`Viser de ${formatNumber(top)} første av ${formatNumber(ranking.rows.length)}.`);
  }
  if (ranking.rows.some((row) => row.missing.length > 0)) lines.push("* mangler tall for minst én indikator.");
  lines.push(ranking.missing);
  if (ranking.unranked.length > 0) {
    lines.push(`Ikke rangert (for lite data): ${ranking.unranked.map((row) => row.name).join(", ")}.`);
  }
  if (ranking.unusableIndicators.length > 0) {
    lines.push(`Indikatorer uten nok tall til å standardiseres: ${ranking.unusableIndicators.join(", ")}.`);
  }
  if (ranking.damaged.length > 0) lines.push(modelMessages.damagedLeftOut(ranking.damaged));
  return lines;
}
