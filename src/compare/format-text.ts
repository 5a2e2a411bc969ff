// The comparison as lines for the terminal (`faktaark compare`), in Norwegian with Norwegian number formatting.
import { KOSTRA_GROUPING } from "../data/kostra-groups.js";
import type { MunicipalityRecord } from "../model/record.js";
import { formatNumber } from "../sheet/format.js";
import type { ComparisonPool } from "./rules.js";
import type { AlikeOn, ComparisonResult } from "./select.js";

function formatValue(value: number, unit: string, decimals: number): string {
  if (unit === "%") return `${formatNumber(value, decimals)} %`;
  return formatNumber(value, decimals);
}

function formatAlike(alike: AlikeOn): string {
  // The labels already say the unit ("per 1000 innbyggere", "indeks"); only per cent is written after the number.
  return (
    `${alike.label.toLowerCase()} ${formatValue(alike.value, alike.unit, alike.decimals)} mot ` +
    `${formatValue(alike.neighbourValue, alike.unit, alike.decimals)}`
  );
}

/** "Regel: kostra – de nærmeste blant de 12 andre kommunene i KOSTRA-gruppe 10 (…)." */
function formatRule(record: MunicipalityRecord, pool: ComparisonPool): string {
  const among = (others: number, where: string): string =>
    others === 0
      ? `${record.shortName} er den eneste kommunen i ${where}.`
      : `de nærmeste blant ${others === 1 ? "den andre kommunen" : `de ${others} andre kommunene`} i ${where}.`;
  switch (pool.rule) {
    case "nearest":
      return "Regel: nearest – de nærmeste blant alle kommunene.";
    case "kostra":
      return (
        `Regel: kostra – ${among(pool.others, `KOSTRA-gruppe ${pool.group}`).slice(0, -1)} ` +
        `(SSBs kommunegruppering per ${KOSTRA_GROUPING.year}).`
      );
    case "fylke":
      return `Regel: fylke – ${among(pool.others, record.county.name)}`;
  }
}

export function formatComparisonText(record: MunicipalityRecord, result: ComparisonResult): string[] {
  const lines = [`Sammenligningskommuner for ${record.name} (${record.code})`, formatRule(record, result.pool)];
  const nearest = result.neighbours.filter((n) => n.chosenBy === "nearest").length;
  const manual = result.neighbours.length - nearest;
  const chosen = [
    manual > 0 ? `${manual} fra rådgivernes liste` : "",
    nearest > 0
      ? `${nearest} nærmeste i ${result.method.indicators.length} strukturindikatorer (standardiserte verdier, euklidsk avstand)`
      : "",
  ].filter((part) => part !== "");
  lines.push(chosen.length > 0 ? `Valgt: ${chosen.join(", ")}.` : "Ingen kommuner kunne velges.");
  lines.push("");
  result.neighbours.forEach((neighbour, index) => {
    const distance =
      neighbour.distance === null ? "avstand kan ikke regnes" : `avstand ${formatNumber(neighbour.distance, 2)}`;
    const tag = neighbour.chosenBy === "manual" ? " · fra rådgivernes liste" : "";
    lines.push(`${String(index + 1).padStart(3)}  ${neighbour.name} (${neighbour.code}) – ${distance}${tag}`);
    if (neighbour.alikeOn.length > 0) lines.push(`     lik på: ${neighbour.alikeOn.map(formatAlike).join("; ")}`);
  });
  lines.push("");
  lines.push(`Arket viser også ${record.county.name} (fylket) og hele landet.`);
  lines.push(result.method.missing);
  return lines;
}
