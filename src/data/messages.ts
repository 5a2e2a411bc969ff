// Every text the data layer shows a user, in one place, so tests can assert the exact words
// (as vega-lite keeps its warnings in src/log/message.ts). Each says what was expected and what was found;
// the file and the line or JSON path travel beside the text in the Diagnostic.
import type { Diagnostic } from "./types.js";

const quote = (text: string): string => `«${text}»`;

/** Long cell texts are cut so a message stays one line. */
function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export const SYMBOLS_TEXT = "et tall eller et av SSBs symboler .. : - .";

export const emptyFile = (bytes: number): string =>
  `tom fil: forventet data, fant ${bytes === 0 ? "0 byte" : "bare blanke tegn"}`;

export const invalidJson = (position: number, line: number, column: number, found: string | null): string =>
  found === null
    ? `ugyldig JSON: forventet mer innhold, fant slutten av filen ved posisjon ${position} (linje ${line}, kolonne ${column}) – er filen avkortet?`
    : `ugyldig JSON: forventet gyldig JSON, fant ${quote(found)} ved posisjon ${position} (linje ${line}, kolonne ${column})`;

export const csvSyntax = (reason: string): string => `ugyldig CSV: ${reason}`;

export const unclosedQuote = (): string =>
  "ugyldig CSV: forventet et avsluttende anførselstegn, fant slutten av filen – er filen avkortet?";

export const notUtf8 = (line: number): string =>
  `feil tegnkoding: forventet UTF-8, fant ugyldige UTF-8-byte på linje ${line}; lest som ISO-8859-1`;

export const mojibake = (found: string): string =>
  `feil tegnkoding: forventet UTF-8 med æ, ø og å, fant ${quote(found)} – filen ser ut til å være lagret som UTF-8 to ganger`;

export const unrecognisedFile = (firstLine: string): string =>
  `ukjent filformat: forventet JSON-stat2, Statistikkbank-CSV, KLASS (JSON eller CSV), KOSTRA-grupper (CSV knr,name,value), faktaark-CSV, IMDis side «Nøkkeltall bosetting» (HTML) eller en fil oppgitt i dataset.json, fant første linje ${quote(clip(firstLine, 60))}`;

export const notText = (kind: "utf-16" | "zip" | "ole" | "binary"): string =>
  ({
    "utf-16":
      "feil tegnkoding: forventet UTF-8 eller ISO-8859-1, fant UTF-16 (Excels «Unicode-tekst»); lagre filen som CSV UTF-8",
    zip: "forventet tekst (JSON eller CSV), fant en zip-fil – trolig en Excel-arbeidsbok (.xlsx); lagre den som CSV eller last ned CSV fra Statistikkbanken",
    ole: "forventet tekst (JSON eller CSV), fant en Excel-fil (.xls); lagre den som CSV eller last ned CSV fra Statistikkbanken",
    binary: "forventet tekst (JSON eller CSV), fant binære data (NUL-byte)",
  })[kind];

export const noAccess = (): string =>
  "filen kan ikke leses: brukeren som kjører faktaark, har ikke lesetilgang (sjekk eier og rettigheter)";

export const vanished = (): string =>
  "filen forsvant mens datamappen ble lest (en midlertidig fil?); kjør igjen når ingen annen skriver i mappen";

export const tooLarge = (size: number, max: number): string =>
  `filen er for stor: forventet en datafil på høyst ${Math.round(max / 1_048_576)} MB, fant ${Math.round(size / 1_048_576)} MB – er det riktig fil? Hent tabellen med færre variabler, eller del den`;

/** Added to an error about a whole file: the way out when the file does not belong in the dataset. */
export const ignoreHint = (path: string): string =>
  ` – rett filen, flytt den ut av datamappen eller hopp over den med --ignore ${quote(path)}`;

export const unrecognisedJson = (keys: readonly string[]): string =>
  `ukjent JSON: forventet JSON-stat2 (class «dataset»), KLASS «codes» eller «codeChanges», fant nøklene ${keys.length > 0 ? keys.slice(0, 6).join(", ") : "(ingen)"}`;

/** What faktaark reads of a dimension: «001» (Aleneboende), … */
const expectedValues = (expected: readonly { code: string; label: string }[]): string =>
  expected.map((value) => `${quote(value.code)} (${value.label})`).join(", ");

/** The first few found values, and how many more. */
const foundValues = (found: readonly string[], shown = 5): string =>
  found
    .slice(0, shown)
    .map((value) => quote(clip(value)))
    .join(", ") + (found.length > shown ? ` og ${found.length - shown} til` : "");

export const unusedTable = (table: string, publisher: string): string =>
  `tabell ${table} (${publisher}) brukes ikke av faktaark: tallene er lest, men ingen del av arket bygger på den`;

export const noValueMatches = (
  table: string,
  dimension: string,
  expected: readonly { code: string; label: string }[],
  found: readonly string[],
): string =>
  `tabell ${table}, ${quote(dimension)}: forventet ${expectedValues(expected)}, fant bare ${foundValues(found)} – ` +
  "ingen rad kan brukes; last ned tabellen med kodene eller tekstene faktaark leser";

export const valuesNotRead = (
  table: string,
  dimension: string,
  expected: readonly { code: string; label: string }[],
  found: readonly string[],
): string =>
  `tabell ${table}, ${quote(dimension)}: ${foundValues(found)} er ikke blant verdiene faktaark leser ` +
  `(${expectedValues(expected)}); de radene brukes ikke`;

export const unknownVariable = (
  table: string,
  dimension: string,
  expected: readonly { code: string }[],
  found: string,
): string =>
  `ukjent ${dimension} i tabell ${table}: forventet ${expected.map((value) => value.code).join(", ")}, fant ${quote(clip(found))}; radene med den brukes ikke`;

export const missingTableId = (): string =>
  "fant ikke tabellnummeret: forventet extension.px.tableid, en tittel som begynner med «NNNNN:» eller «table» i dataset.json";

export const valueLengthMismatch = (expected: number, sizes: readonly number[], found: number): string =>
  `feil antall verdier: forventet ${expected} (produktet av size [${sizes.join(", ")}]), fant ${found}`;

export const sizeMismatch = (dimension: string, expected: number, found: number): string =>
  `feil størrelse på dimensjonen ${quote(dimension)}: size sier ${expected}, fant ${found} kategorier`;

export const malformedJsonStat = (field: string, expected: string): string =>
  `ugyldig JSON-stat2: forventet ${expected} i ${field}`;

export const nonNumericValue = (found: string): string => `forventet ${SYMBOLS_TEXT}, fant ${quote(clip(found))}`;

export const emptyValue = (): string => `forventet ${SYMBOLS_TEXT}, fant en tom celle`;

export const badYear = (found: string): string =>
  `forventet et årstall (2024, 2024K1, 01.01.2024 eller 2024-01-01) eller en treårsperiode (2022-2024), fant ${quote(clip(found))}`;

export const yearOutOfRange = (year: number, maxYear: number): string =>
  `forventet et år fra 1950 til ${maxYear}, fant ${year}; raden er hoppet over`;

export const yearAfterLastYear = (year: number, maxYear: number): string =>
  `forventet et år til og med ${maxYear} (ingen tabell faktaark leser, går lenger, heller ikke framskrivingene), fant ${year}`;

export const badRegion = (found: string): string =>
  `forventet et regionnummer (0301, K-0301, 03, F-03, 0) eller et kjent navn, fant ${quote(clip(found))}`;

export const unresolvedRegionName = (name: string): string =>
  `forventet et kommune- eller fylkesnavn fra kommunelisten (KLASS 131), fant ${quote(clip(name))}; raden er hoppet over`;

export const ambiguousRegionName = (name: string, codes: readonly string[]): string =>
  `forventet ett kommunenavn, fant ${quote(name)} som passer ${codes.join(" og ")}; raden er hoppet over`;

export const unknownMunicipality = (code: string): string =>
  `forventet et kommunenummer fra kommunelisten (KLASS 131) eller en endringsliste, fant ${quote(code)}`;

export const duplicateRow = (firstAt: string, description: string): string =>
  `duplikat: forventet én verdi per region, år og nøkler, fant samme (${description}) også i ${firstAt}; den første er brukt`;

export const duplicateSameValue = (firstAt: string, description: string): string =>
  `duplikat: samme tall (${description}) finnes også i ${firstAt}; denne raden er hoppet over`;

export const duplicateConflict = (firstAt: string, description: string, here: string, there: string): string =>
  `to tall for samme celle (${description}): forventet én verdi, fant ${quote(here)} her og ${quote(there)} i ${firstAt} – ` +
  "tallene ville blitt lagt sammen; fjern den ene kilden, eller hopp over en fil med --ignore FIL";

const splitBy = (dimensions: readonly string[]): string =>
  dimensions.length === 0 ? "samlet" : `fordelt på ${dimensions.map(quote).join(" og ")}`;

export const levelsOverlap = (
  cell: string,
  firstAt: string,
  here: readonly string[],
  there: readonly string[],
): string =>
  `${cell}: gitt her ${splitBy(here)} og i ${firstAt} ${splitBy(there)} – samlet tall og delene ville blitt lagt sammen; ` +
  "fjern den ene filen, eller hopp over en fil med --ignore FIL";

export const groupBesideMembers = (cell: string, label: string, member: string, otherAt: string): string =>
  `${cell}: «${label}» er summen av flere typer, og «${member}», en av dem, er også gitt (${otherAt}) – ` +
  "de ville blitt lagt sammen; bruk bare den ene formen, eller hopp over en fil med --ignore FIL";

export const rowTooShort = (expected: number, found: number): string =>
  `forventet ${expected} kolonner som overskriften, fant ${found}`;

export const lastRowTooShort = (expected: number, found: number): string =>
  `forventet ${expected} kolonner som overskriften, fant ${found} i siste rad – er filen avkortet?`;

export const missingColumns = (missing: readonly string[], found: readonly string[]): string =>
  `mangler ${missing.length === 1 ? "kolonnen" : "kolonnene"} ${missing.map(quote).join(", ")}: fant kolonnene ${found.map(quote).join(", ")}`;

export const missingYearColumn = (found: readonly string[]): string =>
  `mangler år: forventet en kolonne «år» eller kolonnenavn som slutter med årstallet («Personer 2024»), fant ${found.map(quote).join(", ")}`;

export const noDataRows = (): string => "forventet minst én datarad, fant ingen";

export const unknownClassification = (): string =>
  "fant ikke KLASS-nummeret: forventet firesifrede kommunenummer (131), «Sentralitet: …»-klasser (128) eller «classification» i dataset.json";

export const badChangeCell = (found: string): string =>
  `forventet «kode - navn» (0101 - Halden), fant ${quote(clip(found))}`;

export const badMunicipalityCode = (found: string): string =>
  `forventet et firesifret kommunenummer (0301), fant ${quote(clip(found))}`;

export const badKostraGroup = (found: string): string =>
  `forventet en KOSTRA-gruppe fra 1 til 17 (eller SSBs kode EKG01–EKG17), fant ${quote(clip(found))}`;

export const kostraGroupTwice = (code: string, firstLine: number): string =>
  `kommune ${code} har også en KOSTRA-gruppe på linje ${firstLine}: forventet én gruppe per kommune; fjern den ene linjen`;

export const moreOfTheSame = (count: number, first: string, problem: string): string =>
  `${count} ${count === 1 ? "rad" : "rader"} til med samme problem (første: ${first}): ${problem}`;

// Plausibility (plausibility.ts): values and years that cannot be true.
export const thousandsSeparator = (found: string): string =>
  `forventet et antall skrevet uten skilletegn for tusener (1177), fant ${quote(clip(found))}`;

export const pointGroupedAmount = (found: string): string =>
  `forventet et beløp med komma som desimaltegn og uten punktum for tusener (1177 eller 1177,5), fant ${quote(clip(found))}`;

export const spacedNumber = (found: string): string =>
  `forventet et tall uten mellomrom (SSB skriver 1177), fant ${quote(clip(found))}`;

export const negativeCount = (found: string): string =>
  `forventet et antall på 0 eller mer, fant ${quote(clip(found))}`;

export const fractionalCount = (found: string): string =>
  `forventet et antall (et helt tall), fant ${quote(clip(found))}`;

export const shareOutOfRange = (found: string, max: 100 | 1000): string =>
  `forventet en andel fra 0 til ${max === 100 ? "100 (prosent)" : "1000 (per 1000 innbyggere)"}, fant ${quote(clip(found))}`;

export const negativeAmount = (found: string): string =>
  `forventet et beløp på 0 eller mer, fant ${quote(clip(found))}`;

export const yearAfterCurrentYear = (year: number, currentYear: number): string =>
  `forventet et år til og med ${currentYear} (folketallet per 1. januar i år er det siste SSB kan ha publisert), fant ${year}`;

export const yearAfterDataYear = (year: number, dataYear: number): string =>
  `forventet et år til og med datagrunnlagets dataår ${dataYear} (siste år med folketall, SSB 07459), fant ${year}`;

export const noInhabitants = (year: number, found: string): string =>
  `forventet minst 1 innbygger i kommunens siste år ${year}, fant ${quote(found)}`;

// dataset.json
export const datasetJsonNotObject = (found: string): string =>
  `forventet et JSON-objekt { "name": …, "sample": …, "files": { … } }, fant ${found}`;

export const datasetJsonField = (field: string, expected: string, found: string): string =>
  `feltet ${quote(field)}: forventet ${expected}, fant ${found}`;

export const declaredFileMissing = (path: string): string =>
  `dataset.json oppgir filen ${quote(path)}, men den finnes ikke i datamappen`;

export const ignoredFileMissing = (given: string, dir: string): string =>
  `--ignore ${quote(given)}: fant ingen slik fil i datamappen ${quote(dir)}. Oppgi stien i datamappen, f.eks. --ignore husbanken/fil.csv.`;

// `faktaark check`
export const ignoredFile = (): string => "hoppet over (--ignore)";

export const dataDirMissing = (dir: string): string =>
  `fant ikke datamappen ${quote(dir)}. Oppgi en mappe med --data, f.eks. --data data/sample.`;

export const notADirectory = (dir: string): string => `${quote(dir)} er ikke en mappe. Oppgi en datamappe med --data.`;

export const noRegister = (): string => "mangler kommuneregisteret: forventet en KLASS 131-fil med kommunenummer";

export const noPopulation = (): string => "mangler befolkningstall: forventet SSB-tabell 07459 med tall for kommuner";

/** One line of a report: "fil.csv, linje 12: melding". */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.at === undefined ? diagnostic.file : `${diagnostic.file}, ${diagnostic.at}`;
  return `${where}: ${diagnostic.message}`;
}

export const sheetsBlocked = (codes: readonly string[]): string =>
  `feil i radene til ${codes.length === 1 ? "kommune" : "kommunene"} ${codes.join(", ")}: ${codes.length === 1 ? "arket" : "arkene"} lages ikke før feilene er rettet; de andre lages`;

export const errorsFound = (count: number): string =>
  `${count === 1 ? "én feil" : `${formatCount(count)} feil`} i filene (se over); rett dem før arkene lages`;

const numberFormat = new Intl.NumberFormat("nb-NO");

/** Norwegian thousands separators: 12 807. */
export function formatCount(count: number): string {
  return numberFormat.format(count);
}

// IMDi's settlement pages («Nøkkeltall bosetting ÅÅÅÅ», src/data/imdi-page.ts).
export const settlementNoHeading = (): string =>
  "forventet overskriften «Oversikt over bosettingen i kommunene i ÅÅÅÅ» fra IMDis side «Nøkkeltall bosetting», fant den ikke";

export const settlementRunningYear = (year: number, date: string): string =>
  `IMDis side for ${year} har tall ${quote(date)}: året pågår, så siden er ikke lest (et år telles først når det er avsluttet)`;

export const settlementTableWithoutCounty = (): string =>
  "forventet en overskrift «<fylke> - oversikt over bosettingen i ÅÅÅÅ» foran tabellen, fant ingen; tabellen er ikke lest";

export const settlementOtherYear = (heading: string, year: number): string =>
  `forventet tall for ${year} (sidens år), fant overskriften ${quote(clip(heading, 80))}; tabellen er ikke lest`;

export const settlementUnknownCounty = (county: string): string =>
  `forventet et fylke (dagens, eller Viken, Vestfold og Telemark, Troms og Finnmark fra 2020–2023), fant ${quote(clip(county))}; tabellen er ikke lest`;

export const settlementNoColumn = (county: string, headers: readonly string[]): string =>
  `tabellen for ${county}: forventet kolonnene «Kommune» (eller «Fylke») og «Antall bosatte personer:», fant ${headers.map((h) => quote(clip(h))).join(", ") || "ingen overskrifter"}; tabellen er ikke lest`;

export const settlementUnknownName = (county: string, name: string): string =>
  `tabellen for ${county}: forventet en kommune i ${county} (kommunelisten, KLASS 131), fant ${quote(clip(name))}; raden er ikke lest`;

export const settlementAmbiguousName = (county: string, name: string, codes: readonly string[]): string =>
  `tabellen for ${county}: forventet ett kommunenavn, fant ${quote(clip(name))} som passer ${codes.join(" og ")}; raden er ikke lest`;

export const settlementBadValue = (county: string, name: string, column: string, found: string): string =>
  `tabellen for ${county}, ${name}, kolonnen ${quote(column)}: forventet et helt antall eller «:» (skjermet), fant ${found.trim() === "" ? "en tom celle" : quote(clip(found))}`;

export const settlementNoTables = (year: number): string =>
  `forventet en tabell per fylke under «Oversikt over bosettingen i kommunene i ${year}», fant ingen som kunne leses`;

export const settlementNoCountry = (year: number): string =>
  `fylkestabellen for ${year} dekker ikke alle fylker med tall, så landet får ikke tall for ${year} fra denne siden`;
