// Every text `faktaark fetch` shows a user, in one place so tests can assert them exactly.
const numberFormat = new Intl.NumberFormat("nb-NO");
const decimalFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 });
/** Limits as the user gave them: "0,005" minutes stays 0,005. */
const limitFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 3 });

/** 1234567 → "1,2 MB"; 2048 → "2 kB"; 512 → "512 byte". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${numberFormat.format(bytes)} byte`;
  if (bytes < 1_000_000) return `${decimalFormat.format(Math.round(bytes / 100) / 10)} kB`;
  return `${decimalFormat.format(Math.round(bytes / 100_000) / 10)} MB`;
}

export const rejected = (what: string, status: number, title: string | null, url: string): string =>
  `SSB avviste forespørselen for ${what} (HTTP ${status}${title ? ` «${title}»` : ""}): ${url}. ` +
  (status === 404
    ? "Tabellen eller adressen finnes ikke; sjekk --base-url/--klass-url og tabellnummeret."
    : "Sjekk kodene for tabellen i src/data/tables.ts og src/fetch/queries.ts mot tabellens metadata hos SSB.");

export const gaveUp = (what: string, attempts: number, last: string, url: string): string =>
  `Ga opp ${what} etter ${attempts} forsøk (${last}): ${url}. Prøv igjen senere.`;

export const retryAfterTooLong = (what: string, seconds: number, url: string): string =>
  `SSB ber oss vente ${numberFormat.format(seconds)} sekunder før neste forsøk for ${what}; ` +
  `det er lenger enn faktaark venter: ${url}. Prøv igjen senere.`;

export const httpStatus = (status: number): string => `HTTP ${status}`;
export const timedOut = (ms: number): string => `tidsavbrudd etter ${decimalFormat.format(ms / 1000)} s`;
export const networkError = (detail: string): string => `nettverksfeil: ${detail}`;

export const notJson = (what: string, url: string, position: number, length: number): string =>
  `Svaret for ${what} er ikke gyldig JSON (stopper ved tegn ${numberFormat.format(position)} av ` +
  `${numberFormat.format(length)}); ingenting er skrevet: ${url}`;

export const wrongShape = (what: string, url: string, expected: string, found: string): string =>
  `Svaret for ${what} har ikke forventet innhold: ventet ${expected}, fant ${found}; ingenting er skrevet: ${url}`;

/** "a, b, c" or "a, b, …, j og 220 til": what SSB does list, short enough for one line. */
function listShort(codes: readonly string[], max = 10): string {
  if (codes.length <= max) return codes.join(", ");
  return `${codes.slice(0, max).join(", ")} og ${numberFormat.format(codes.length - max)} til`;
}

export const unknownCode = (code: string, variable: string, table: string, listed: readonly string[]): string =>
  `SSB har ikke kode ${code} i variabelen ${variable} i tabell ${table} (SSB har: ${listShort(listed)}).`;

export const areasWithMunicipalities = (table: string): string =>
  `hentes ikke for seg: landet og fylkene kom med kommunene, som ble hentet uten gruppering i tabell ${table}`;

export const noAreas = (table: string, variable: string, wanted: readonly string[]): string =>
  `SSB har verken landet eller fylkene (${listShort(wanted)}) i variabelen ${variable} i tabell ${table}.`;

export const areasLeftOut = (table: string, variable: string, missing: readonly string[]): string =>
  `SSB har ikke ${listShort(missing)} i variabelen ${variable} i tabell ${table}; de hentes ikke.`;

export const unknownVariable = (variable: string, table: string, listed: readonly string[]): string =>
  `SSB har ikke variabelen ${variable} i tabell ${table} (SSB har: ${listShort(listed)}).`;

export const notEliminable = (variable: string, table: string): string =>
  `Variabelen ${variable} i tabell ${table} kan ikke utelates etter SSBs metadata, men faktaark velger ingen ` +
  "verdier i den; sjekk katalogen (src/data/tables.ts).";

export const notAsked = (what: string): string => `Ingen data er bedt om for ${what}; den gamle filen er beholdt.`;

export const unconfirmedLeftOut = (code: string, variable: string, table: string): string =>
  `SSB har ikke kode ${code} i variabelen ${variable} i tabell ${table}; koden er ubekreftet i katalogen, ` +
  "så den hentes ikke.";

export const labelMismatch = (
  code: string,
  variable: string,
  table: string,
  label: string | undefined,
  expected: string,
): string =>
  `SSB kaller kode ${code} i variabelen ${variable} i tabell ${table} ${label === undefined ? "ingenting" : `«${label}»`}, ` +
  `ikke «${expected}»; katalogen (src/data/tables.ts) må rettes før tallet brukes.`;

export const codelistMissing = (what: string, codelist: string): string =>
  `SSB har ikke kodelisten ${codelist} for ${what}; henter alle regioner i stedet ` +
  "(faktaark legger gamle kommunenummer på dagens grenser selv).";

export const wrongTable = (what: string, url: string, found: string): string =>
  `Svaret for ${what} er ikke tabellen det ble bedt om: fant ${found}; ingenting er skrevet: ${url}`;

export const emptyCube = (what: string, url: string): string =>
  `Svaret for ${what} har ingen tall (alle verdier mangler); ingenting er skrevet: ${url}`;

export const missingMunicipalities = (
  what: string,
  url: string,
  missing: readonly string[],
  registerSize: number,
): string =>
  `Svaret for ${what} mangler ${numberFormat.format(missing.length)} av ${numberFormat.format(registerSize)} ` +
  `kommuner i KLASS 131 (${listShort(missing, 5)}); ingenting er skrevet: ${url}`;

export const noRegister = (what: string): string =>
  `Kan ikke sjekke at svaret for ${what} dekker kommunene: KLASS 131 ble ikke hentet i denne kjøringen; ` +
  "den gamle filen er beholdt.";

export const tooLarge = (what: string, maxMb: number, url: string): string =>
  `Svaret for ${what} er større enn grensen på ${limitFormat.format(maxMb)} MB (--max-mb); ` +
  `ingenting er skrevet: ${url}`;

export const runTimeLimit = (maxMinutes: number, notFetched: readonly string[]): string =>
  `Tidsgrensen på ${limitFormat.format(maxMinutes)} min (--max-minutes) er nådd; ikke hentet: ` +
  `${notFetched.join(", ")}. De gamle filene er beholdt.`;

export const editionChosen = (id: string, label: string, titleStart: string): string =>
  `Nyeste tabell med tittel som begynner med «${titleStart}»: ${id} (${label}).`;

export const editionFallback = (id: string, titleStart: string, reason: string): string =>
  `Fant ingen nyere tabell med tittel som begynner med «${titleStart}» (${reason}); bruker katalogens ${id}.`;

export const badNumberOption = (option: string, value: string, example: string): string =>
  `${option} må være et tall større enn 0, f.eks. ${option} ${example}, ikke «${value}».`;

export const unknownTables = (unknown: readonly string[], known: readonly string[]): string =>
  `Ukjent tabell ${unknown.map((id) => `«${id}»`).join(", ")} i --tables. Tabeller faktaark kan hente: ${known.join(", ")}.`;

export const emptyTables = (): string =>
  "--tables er tom; gi tabellnumre skilt med komma, f.eks. --tables 07459,06265.";

export const badUrl = (option: string, value: string): string =>
  `${option} må være en http- eller https-adresse, f.eks. https://data.ssb.no/api/pxwebapi/v2, ikke «${value}».`;

export const starting = (count: number, dir: string): string =>
  `Henter ${numberFormat.format(count)} ${count === 1 ? "fil" : "filer"} fra SSB til ${dir}`;

export const progressOk = (index: number, count: number, what: string, file: string, bytes: number, attempts: number) =>
  `[${index}/${count}] ${what}: ${file}, ${formatBytes(bytes)}${attempts > 1 ? ` (${attempts} forsøk)` : ""}`;

export const progressNotNeeded = (index: number, count: number, what: string, why: string): string =>
  `[${index}/${count}] ${what}: ${why}`;

export const progressFailed = (index: number, count: number, what: string, reason: string, keptOld: boolean) =>
  `[${index}/${count}] ${what}: FEIL: ${reason}${keptOld ? " Den gamle filen er beholdt." : ""}`;

export const summary = (fetched: number, failed: number, dir: string): string =>
  failed === 0
    ? `Ferdig: alle ${numberFormat.format(fetched)} filer er hentet til ${dir}.`
    : `Ferdig: ${numberFormat.format(fetched)} av ${numberFormat.format(fetched + failed)} filer hentet, ` +
      `${numberFormat.format(failed)} feilet (se over og fetch-log.json).`;

export const datasetJsonWritten = (name: string): string => `Skrev dataset.json («${name}»).`;

export const notSettlementPage = (what: string, url: string): string =>
  `${what} (${url}): forventet IMDis side med overskriften «Oversikt over bosettingen i kommunene i ÅÅÅÅ», fant noe annet`;

export const noSettlementLinks = (what: string, url: string): string =>
  `${what} (${url}): forventet lenker til sidene «nokkeltall-bosetting-ÅÅÅÅ», fant ingen`;

export const settlementYears = (years: readonly number[]): string =>
  `IMDi har sider for ${years.join(", ")}; alle hentes (et år som pågår, leses ikke av faktaark)`;
