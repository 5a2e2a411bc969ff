// The comparison's user-facing texts in one place, so tests can assert them exactly.

function listNorwegian(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}

export const compareMessages = {
  unknownCode: (code: string) => `fant ingen kommune med nummer ${code} i datasettet.`,
  unknownManualCode: (code: string, manualCode: string) =>
    `sammenligningskommune ${manualCode} for kommune ${code} finnes ikke i datasettet. Rett listen i sammenligning.csv.`,
  badCount: (found: string) => `antall sammenligningskommuner må være et heltall fra 0 og opp, fant «${found}».`,
  missingRule(total: number, minShared: number, excluded: number, missingLabels: readonly string[]): string {
    const parts = [
      "Manglende verdier erstattes ikke med gjennomsnittet: avstanden regnes bare over indikatorene begge kommunene har tall for, " +
        `og skaleres opp med kvadratroten av ${total} delt på antall felles indikatorer.`,
      `Kommuner med færre enn ${minShared} av ${total} felles indikatorer er ikke med som nærmeste naboer` +
        (excluded > 0 ? ` (${excluded} ${excluded === 1 ? "kommune" : "kommuner"} ble utelatt av den grunn).` : "."),
    ];
    if (missingLabels.length > 0) {
      parts.push(`Kommunen mangler tall for ${listNorwegian(missingLabels.map((label) => label.toLowerCase()))}.`);
    }
    return parts.join(" ");
  },
  manualFileMissing: (file: string) => `fant ikke filen ${file} med sammenligningskommuner.`,
  /** "en av reglene «nearest», «kostra» og «fylke»" */
  ruleChoices: (rules: readonly string[]) => `en av reglene ${listNorwegian(rules.map((rule) => `«${rule}»`))}`,
  unknownRule: (found: string, rules: readonly string[]) =>
    `--sammenligning må være ${compareMessages.ruleChoices(rules)}, ikke «${found}».`,
  noKostraGroup: (name: string, code: string) =>
    `${name} (${code}) har ingen KOSTRA-gruppe i datagrunnlaget, så sammenligningskommunene kan ikke velges etter ` +
    "regelen «kostra». Legg til kommunen i filen med KOSTRA-grupper, eller velg en annen regel med --sammenligning.",
  noKostraGroups: (dir: string) =>
    `datagrunnlaget ${dir} har ingen KOSTRA-grupper, så sammenligningskommunene kan ikke velges etter regelen «kostra». ` +
    "Legg SSBs KOSTRA-grupper i datamappen (CSV knr,name,value; se data/README.formats.md), eller velg en annen regel med --sammenligning.",
  manualLine: (file: string, line: number, problem: string) => `${file}, linje ${line}: ${problem}`,
};

export { listNorwegian };
