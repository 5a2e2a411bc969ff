// One synthetic example chart per template (made-up but plausible figures for a mid-sized municipality),
// used by the chart tests and by bench/charts.ts. Not data about any real place.
import type { ChartRow, ChartSpec } from "../../src/charts/types.js";

function years(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const lineYears: ChartRow[] = years(2015, 2024).flatMap((year, i) => [
  { year, value: 12000 + i * 55 + (i % 3) * 40, series: "Kommunen", role: "municipality" },
  { year, value: 9800 + i * 260, series: "Sammenlignbare", role: "comparison" },
  { year, value: 10900 + i * 140, series: "Fylket", role: "county" },
]);

const projection: ChartRow[] = [
  ...years(2014, 2024).map((year, i) => ({ year, value: 31800 + i * 210, kind: "registrert" })),
  ...years(2024, 2050).map((year, i) => ({
    year,
    value: 33900 + i * 95,
    low: 33900 + i * 20,
    high: 33900 + i * 185,
    kind: "framskrevet",
  })),
];

const barsYears: ChartRow[] = years(2015, 2024).flatMap((year, i) => [
  { year, value: 180 + ((i * 37) % 90), series: "Igangsatte" },
  { year, value: 150 + ((i * 53) % 110), series: "Fullførte" },
]);

const barsHorizontal: ChartRow[] = [
  ["Askøy", 7.9, "comparison"],
  ["Kommunen", 12.4, "municipality"],
  ["Sola", 9.6, "comparison"],
  ["Lillestrøm", 8.8, "comparison"],
  ["Fredrikstad", 11.1, "comparison"],
  ["Sandnes", null, "comparison"],
  ["Vestland", 9.1, "county"],
  ["Landet", 10.2, "country"],
].map(([label, value, role], i) => ({ label, value, role, order: i + 1 })) as ChartRow[];

const shareCategories = ["Enslige", "Par uten barn", "Par med barn", "Mor/far med barn", "Andre"];
const shareValues: [string, string, number[]][] = [
  ["Kommunen", "municipality", [46.2, 22.1, 19.4, 7.3, 5.0]],
  ["Fylket", "county", [40.8, 24.6, 22.9, 6.8, 4.9]],
  ["Landet", "country", [41.7, 24.0, 22.5, 7.1, 4.7]],
];
const shareCompare: ChartRow[] = shareCategories.flatMap((category, i) =>
  shareValues.map(([region, role, values]) => ({ category, region, role, value: values[i]!, order: i + 1 })),
);

/** Age groups as [label, first age, the age where the bar ends]; the open group drawn as ten years. */
const ageGroups: [string, number, number][] = [
  ["0–5", 0, 6],
  ["6–12", 6, 13],
  ["13–15", 13, 16],
  ["16–19", 16, 20],
  ["20–44", 20, 45],
  ["45–66", 45, 67],
  ["67–79", 67, 80],
  ["80–89", 80, 90],
  ["90+", 90, 100],
];
const ageShares: [string, string, number[]][] = [
  ["Kommunen", "municipality", [6.1, 8.4, 3.5, 4.6, 35.2, 26.0, 11.3, 4.1, 0.8]],
  ["Landet", "country", [6.3, 8.7, 3.7, 4.9, 33.1, 26.6, 12.0, 4.0, 0.7]],
];
const ageRows: ChartRow[] = ageShares.flatMap(([region, role, shares]) =>
  ageGroups.map(([group, from, to], i) => ({
    group,
    from,
    to,
    share: shares[i]!,
    perYear: shares[i]! / (to - from),
    region,
    role,
  })),
);

const indicators = ["Leietakere", "Bostøtte per 1 000", "Trangbodde", "Lavinntekt", "Nye boliger"];
const benchmark: ChartRow[] = indicators.flatMap((indicator, i) => [
  { indicator, value: 100, region: "Landet", role: "country" },
  { indicator, value: 96 + i * 3, region: "Fylket", role: "county" },
  { indicator, value: [128, 84, 112, 104, 71][i]!, region: "Kommunen", role: "municipality" },
  ...[0, 1, 2, 3, 4, 5].map((k) => ({
    indicator,
    value: 70 + ((i * 29 + k * 17) % 60),
    region: `Sammenlignbar ${k + 1}`,
    role: "comparison",
  })),
]);

/** Example charts in sizes the sheet uses (a half-width column is about 250 pt on A4). */
export const EXAMPLE_CHARTS: readonly ChartSpec[] = [
  { template: "line-years", data: lineYears, width: 250, height: 140 },
  { template: "projection-band", data: projection, width: 250, height: 140 },
  { template: "bars-years", data: barsYears, width: 250, height: 140 },
  {
    template: "bars-horizontal",
    data: barsHorizontal,
    width: 250,
    height: 140,
    params: { valueSuffix: "\u00a0%" },
  },
  { template: "share-compare", data: shareCompare, width: 250, height: 170 },
  { template: "age-groups", data: ageRows, width: 250, height: 140 },
  { template: "benchmark-strip", data: benchmark, width: 515, height: 150 },
];
