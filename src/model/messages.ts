// Texts of the model layer: footnotes the sheet carries (as keys of its texts) and diagnostics of the join.
import type { Note } from "./record.js";

const listNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} og ${names.at(-1)}`;

export function mergedNote(fromYear: number, names: readonly string[]): Note {
  return { key: "merged", params: { fromYear, names: listNames(names) } };
}

export function splitNote(year: number, oldName: string, partNames: readonly string[]): Note {
  return { key: "split", params: { year, oldName, parts: listNames(partNames) } };
}

export function splitIncludedNote(year: number, oldName: string, others: readonly string[]): Note {
  return { key: "splitIncluded", params: { year, oldName, others: listNames(others) } };
}

export function summedZeroNote(years: readonly number[], year: number, oldName: string): Note {
  return { key: "summedZero", params: { years: listYears(years), year, oldName } };
}

/** Notes once each, in the order first met. */
export function uniqueNotes(notes: readonly Note[]): Note[] {
  const seen = new Map<string, Note>();
  for (const note of notes) seen.set(JSON.stringify(note), seen.get(JSON.stringify(note)) ?? note);
  return [...seen.values()];
}

export function unknownCodes(table: string, codes: readonly string[]): string {
  const shown = codes.slice(0, 8).join(", ");
  const more = codes.length > 8 ? ` og ${codes.length - 8} til` : "";
  return `Tabell ${table} har tall for kommunenummer som verken finnes i kommuneregisteret eller i endringslistene (${shown}${more}); de er utelatt.`;
}

export function olderEdition(table: string, baseYear: number, newer: string, newerBaseYear: number): string {
  return `Tabell ${table} (framskriving fra ${baseYear}) er ikke brukt: tabell ${newer} (framskriving fra ${newerBaseYear}) er nyere.`;
}

export function weightedCrowdingNote(): Note {
  return { key: "weightedCrowding", params: {} };
}

export function noRegister(): string {
  return "Datasettet har ingen kommuneliste (KLASS 131); den innebygde listen over 357 kommuner (2024) er brukt.";
}

export function suppressedLeftOutNote(): Note {
  return { key: "suppressedLeftOut", params: {} };
}

export function reportingMunicipalitiesNote(): Note {
  return { key: "reportingMunicipalities", params: {} };
}

/** "2000–2019 og 2022" from a set of years. */
function listYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j += 1;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return listNames(runs);
}

export function partialYearsNote(years: readonly number[], country: boolean): Note {
  return { key: "partialYears", params: { years: listYears(years), area: country ? 1 : 0 } };
}

export function partialAggregateNote(present: number, all: number): Note {
  return { key: "partialAggregate", params: { present, all } };
}

export function noWrittenForm(codes: readonly string[]): string {
  const shown = codes.slice(0, 8).join(", ");
  const more = codes.length > 8 ? ` og ${codes.length - 8} til` : "";
  return `Målform mangler i data/register/maalform.csv for ${shown}${more}; de regnes som nøytrale.`;
}

/** "1580, 1508 og 3 til": the first codes of a long list. */
function listCodes(codes: readonly string[]): string {
  const shown = codes.slice(0, 8);
  return codes.length > 8 ? `${shown.join(", ")} og ${codes.length - 8} til` : listNames(shown);
}

export function kostraGroupNotInRegister(codes: readonly string[]): string {
  const one = codes.length === 1;
  return (
    `${one ? "KOSTRA-gruppen" : "KOSTRA-gruppene"} for ${listCodes(codes)} er ikke brukt: ` +
    `${one ? "kommunenummeret" : "kommunenumrene"} finnes ikke i kommuneregisteret (KLASS 131).`
  );
}

export function kostraGroupMissing(codes: readonly string[]): string {
  return `Ingen KOSTRA-gruppe for ${listCodes(codes)}: sammenligning innen KOSTRA-gruppen (--sammenligning kostra) kan ikke lages for ${codes.length === 1 ? "den" : "dem"}.`;
}

export function kostraGroupConflict(
  code: string,
  group: number,
  file: string,
  otherGroup: number,
  otherFile: string,
): string {
  return (
    `Kommune ${code} har KOSTRA-gruppe ${group} her og ${otherGroup} i ${otherFile}: gruppen regnes som ukjent til ` +
    `den ene filen er fjernet eller hoppet over med --ignore ${file}.`
  );
}
