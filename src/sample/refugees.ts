// Sample refugee settlement (IMDi «Bosettingstall»): invented numbers per municipality and year, written as IMDi's
// yearly page «Nøkkeltall bosetting ÅÅÅÅ» (src/data/imdi-page.ts reads it): a county table, then one table per county
// with the municipalities by name, «:» where fewer than five were settled. As on IMDi's own pages, the years before
// 2024 have the counties of 2020–2023 and Ålesund before Haram was split off; 2026 is a year still running.
import { listBuiltinChanges } from "../model/changes.js";
import { COUNTIES, type RegisterEntry, shortNameOf } from "../model/municipalities.js";
import { range } from "./figures.js";
import { gaussian, randomFor } from "./random.js";

/** IMDi's hub has a page for each of 2022–2026 (TABLES.md §10); 2026 is still running. */
export const SETTLEMENT_PAGES = range(2022, 2026);
const RUNNING_YEAR = 2026;

/** Settled refugees per 1000 inhabitants in Norway, roughly as IMDi's pages give them (31 258 in 2022, 25 618 in
 * 2024 by the county table, 2026 to September), so the sample's sizes are plausible. */
const NATIONAL_PER_1000: Readonly<Record<number, number>> = { 2022: 5.7, 2023: 6.4, 2024: 4.6, 2025: 3.1, 2026: 1.6 };

/** IMDi hides numbers «under fem personer» (the note on every page). */
export const SAMPLE_SETTLED_MIN = 5;

/** Refugees settled per year in a municipality of today, before any hiding. */
export function makeSettled(entry: RegisterEntry, population: ReadonlyMap<number, number>): Map<number, number> {
  const random = randomFor(entry.code, "refugees");
  // Some municipalities settle far more than others for their size, year after year.
  const level = Math.max(0.15, 1 + 0.45 * gaussian(random));
  return new Map(
    SETTLEMENT_PAGES.map((year) => {
      const people = population.get(Math.min(year, 2026)) ?? entry.population;
      const rate = (NATIONAL_PER_1000[year] ?? 0) * level * Math.max(0.3, 1 + 0.25 * gaussian(random));
      return [year, Math.max(0, Math.round((people * rate) / 1000))];
    }),
  );
}

interface PageMunicipality {
  readonly entry: RegisterEntry;
  readonly settled: ReadonlyMap<number, number>;
}

const CHANGES_2024 = listBuiltinChanges().filter((change) => change.changeOccurred === "2024-01-01");
/** Today's number → the number in 2022–2023 (the 2024 county renumbering; Haram was part of Ålesund 1507), and the
 * old number's name («Våler (Viken)»). */
const CODES_BEFORE_2024 = new Map(CHANGES_2024.map((change) => [change.newCode, change.oldCode]));
const NAMES_BEFORE_2024 = new Map(CHANGES_2024.map((change) => [change.oldCode, change.oldName]));

/** The counties of 2020–2023 that are not today's, by their number, as IMDi names them on the page for 2022. */
const COUNTIES_2020: Readonly<Record<string, string>> = {
  "30": "Viken",
  "38": "Vestfold og Telemark",
  "54": "Troms og Finnmark",
};

const countyName = (code: string): string =>
  COUNTIES_2020[code] ?? COUNTIES.find((county) => county.code === code)?.name.split(" - ")[0] ?? code;

/** One row of a page: a municipality as it was in the page's year. */
interface Row {
  readonly code: string;
  readonly name: string;
  readonly settled: number;
}

function rowsOf(list: readonly PageMunicipality[], year: number): Row[] {
  const rows = new Map<string, Row>();
  for (const { entry, settled } of list) {
    const code = year < 2024 ? (CODES_BEFORE_2024.get(entry.code) ?? entry.code) : entry.code;
    // The Norwegian form of the name the number had («Våler (Viken)», «Ålesund» for Ålesund and Haram together).
    const name = year < 2024 ? shortNameOf(entry.code, NAMES_BEFORE_2024.get(code) ?? entry.name) : entry.shortName;
    rows.set(code, { code, name, settled: (rows.get(code)?.settled ?? 0) + (settled.get(year) ?? 0) });
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
}

const hidden = (n: number): string => (n > 0 && n < SAMPLE_SETTLED_MIN ? ":" : String(n));

/** The other columns of IMDi's tables, plausible beside the settled number: requested, decided and the part with
 * collective protection. */
function cells(settled: number, random: () => number): string[] {
  const requested = Math.max(5, Math.ceil((settled * (1.05 + 0.3 * random())) / 5) * 5);
  const decided = Math.max(settled, Math.round(requested * (0.7 + 0.3 * random())));
  const collective = Math.round(settled * (0.75 + 0.15 * random()));
  return [String(requested), String(decided), hidden(settled), hidden(collective)];
}

const HEADERS = (who: "kommunen" | "kommuner i fylket"): string[] => [
  `Antall personer ${who} har blitt anmodet om &aring; bosette:`,
  `Antall personer ${who} har vedtatt &aring; bosette:`,
  "Antall bosatte personer:",
  "Antall bosatte personer med kollektiv beskyttelse:",
];

function table(first: string, headers: readonly string[], rows: readonly string[][]): string {
  const head = [first, ...headers].map((h) => `<th style="text-align: center;">${h}</th>`).join("\n");
  const body = rows
    .map((row) => `<tr>\n${row.map((cell) => `<td style="text-align: center;">${cell}</td>`).join("\n")}\n</tr>`)
    .join("\n");
  return `<table border="1">\n<thead>\n<tr>\n${head}\n</tr>\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** When the page's figures were counted, as IMDi's headings say it (the page for 2022 says nothing). */
function counted(year: number): string {
  if (year === RUNNING_YEAR) return " (oppdatert 28. september)";
  return year === 2022 ? "" : ` (tall per 15. januar ${year + 1})`;
}

export function formatSettlementPage(list: readonly PageMunicipality[], year: number): string {
  const rows = rowsOf(list, year);
  const byCounty = new Map<string, Row[]>();
  for (const row of rows) byCounty.set(row.code.slice(0, 2), [...(byCounty.get(row.code.slice(0, 2)) ?? []), row]);
  const counties = [...byCounty.entries()]
    .map(([code, members]) => ({ name: countyName(code), members }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
  const random = randomFor(String(year), "refugee-columns");
  const countyRows = counties.map(({ name, members }) => [
    name,
    ...cells(
      members.reduce((sum, row) => sum + row.settled, 0),
      random,
    ),
  ]);
  const sections = counties.map(
    ({ name, members }) =>
      `<h3><a id="${name}"></a>${name} - oversikt over bosettingen i ${year}</h3>\n${table(
        "Kommune",
        HEADERS("kommunen"),
        members.map((row) => [row.name, ...cells(row.settled, random)]),
      )}`,
  );
  return `<!DOCTYPE html>
<html lang="no">
<head>
<meta charset="utf-8">
<title>N&oslash;kkeltall bosetting ${year} | IMDi | EKSEMPELDATA, oppdiktede tall</title>
<link href="https://www.imdi.no/bosetting/bosettingstall/nokkeltall-bosetting-${year}/" rel="canonical" />
</head>
<body>
<main>
<h1>Nøkkeltall bosetting ${year} (eksempeldata)</h1>
<p><strong>Eksempeldata</strong> laget av faktaark (scripts/generate-sample.ts) i samme form som IMDis side. Tallene er oppdiktet og er ikke IMDis tall.</p>
<h2>Fylke og kommunale bosettingstall ${year}</h2>
<h3>Oversikt over bosettingen i fylkene i ${year}${counted(year)}</h3>
${table("Fylke", HEADERS("kommuner i fylket"), countyRows)}
<h2>Oversikt over bosettingen i kommunene i ${year}${counted(year)}</h2>
<p><em><strong>Merk:</strong> Enkelte celler i tabellene nedenfor vil ha tegnet <strong>:</strong> Dette betyr at tallet er fjernet av personvernhensyn. Det betyr som regel at det er under fem personer i feltet.</em></p>
${sections.join("\n")}
</main>
</body>
</html>
`;
}
