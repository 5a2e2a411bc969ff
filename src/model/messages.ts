// Texts of the model layer: footnotes the sheet carries and diagnostics of the join (Norwegian, user-facing).

const listNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} og ${names.at(-1)}`;

export function mergedNote(fromYear: number, names: readonly string[]): string {
  return `Tallene før ${fromYear} er summen av tidligere ${listNames(names)}, slik at de gjelder dagens kommunegrenser.`;
}

export function splitNote(year: number, oldName: string, parts: number): string {
  return `Tall før ${year} mangler («..»): tidligere ${oldName} ble delt på ${parts} kommuner i ${year}, og tallene kan ikke fordeles på dagens grenser.`;
}

export function unknownCodes(table: string, codes: readonly string[]): string {
  const shown = codes.slice(0, 8).join(", ");
  const more = codes.length > 8 ? ` og ${codes.length - 8} til` : "";
  return `Tabell ${table} har tall for kommunenummer som verken finnes i kommuneregisteret eller i endringslistene (${shown}${more}); de er utelatt.`;
}

export function weightedShareNote(what: string): string {
  return `${what} for området er et gjennomsnitt av kommunenes andeler, vektet med folketallet.`;
}

export function noRegister(): string {
  return "Datasettet har ingen kommuneliste (KLASS 131); den innebygde listen over 357 kommuner (2024) er brukt.";
}

export function suppressedLeftOutNote(): string {
  return "Kommuner med skjulte tall («:») er ikke med i summen.";
}

export function reportingMunicipalitiesNote(): string {
  return "Kommunalt disponerte boliger per 1000 innbyggere for fylket og landet er regnet over kommunene som har rapportert tall for året.";
}

export function partialAggregateNote(present: number, all: number): string {
  return `Bygger på ${present} av ${all} kommuner; de andre mangler tall.`;
}

export function noWrittenForm(codes: readonly string[]): string {
  const shown = codes.slice(0, 8).join(", ");
  const more = codes.length > 8 ? ` og ${codes.length - 8} til` : "";
  return `Målform mangler i data/register/maalform.csv for ${shown}${more}; de regnes som nøytrale.`;
}
