// The ranking as a CSV file for Excel: semicolon, decimal comma, UTF-8 with BOM, CRLF, one row per municipality.
import type { Ranking } from "./rank.js";

const BOM = "\uFEFF";

/** A plain decimal number with a comma and no thousands separator: Excel reads "12 345,6" as text. */
function formatDecimal(value: number | null, decimals: number): string {
  if (value === null) return "";
  const fixed = value.toFixed(decimals);
  return (/^-0(\.0*)?$/.test(fixed) ? fixed.slice(1) : fixed).replace(".", ",");
}

function quote(field: string): string {
  return /[";\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function formatRankingCsv(ranking: Ranking): string {
  const indicators = ranking.model.indicators.filter((indicator) => indicator.weight > 0);
  const withRegion = ranking.region.kind === "list";
  const header = [
    "Rang i landet",
    "Rang i fylket",
    ...(withRegion ? ["Rang i regionen"] : []),
    "Kommunenummer",
    "Kommune",
    "Fylke",
    "Skår",
    "Andel av vekten med tall",
    "Mangler tall for",
    ...indicators.flatMap((indicator) => [`${indicator.label} (verdi)`, `${indicator.label} (bidrag til skår)`]),
  ];
  const lines = [header];
  for (const row of ranking.rows) {
    lines.push([
      String(row.rankNational),
      String(row.rankCounty),
      ...(withRegion ? [String(row.rankRegion ?? "")] : []),
      row.code,
      row.name,
      row.county.name,
      formatDecimal(row.score, 3),
      formatDecimal(row.coverage * 100, 0),
      row.missing.join(", "),
      ...row.parts.flatMap((part) => [formatDecimal(part.value, part.decimals), formatDecimal(part.contribution, 3)]),
    ]);
  }
  return `${BOM}${lines.map((cells) => cells.map(quote).join(";")).join("\r\n")}\r\n`;
}
