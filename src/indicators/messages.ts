// The indicator model's user-facing texts in one place, so tests can assert them exactly.

const at = (file: string, line: number) => `${file}, linje ${line}`;

export const modelMessages = {
  unknownIndicator: (file: string, line: number, id: string, known: readonly string[]) =>
    `${at(file, line)}: ukjent indikator «${id}». Kjente indikatorer: ${known.join(", ")}.`,
  duplicateIndicator: (file: string, line: number, id: string, firstLine: number) =>
    `${at(file, line)}: indikatoren «${id}» står allerede på linje ${firstLine}; hver indikator skal stå én gang.`,
  badDirection: (file: string, line: number, id: string, found: string) =>
    `${at(file, line)}: retning for «${id}» må være «høy er verre» eller «høy er bedre», fant «${found}».`,
  badWeight: (file: string, line: number, id: string, found: string) =>
    `${at(file, line)}: vekt for «${id}» må være et tall, for eksempel 1 eller 0,5, fant «${found}».`,
  negativeWeight: (file: string, line: number, id: string, found: string) =>
    `${at(file, line)}: vekt for «${id}» kan ikke være negativ, fant «${found}». Snu retningen i stedet.`,
  missingGroup: (file: string, line: number, id: string) => `${at(file, line)}: gruppe mangler for «${id}».`,
  missingId: (file: string, line: number) => `${at(file, line)}: id mangler.`,
  wrongWidth: (file: string, line: number, expected: readonly string[], found: number) =>
    `${at(file, line)}: ventet ${expected.length} kolonner (${expected.join(";")}), fant ${found}. ` +
    "Sett anførselstegn rundt en beskrivelse som inneholder semikolon.",
  noWeight: (file: string) => `${file}: ingen indikator har vekt over 0; modellen kan ikke regne en skår.`,
  badCountyOption: (found: string) => `--fylke må være et fylkesnummer med to sifre, for eksempel 50, fant «${found}».`,
  unknownGrowthGroup: (found: string, known: readonly string[]) =>
    `--vekstklasse må være en av vekstklassene ${known.map((name) => `«${name}»`).join(", ")}, fant «${found}».`,
  badTop: (found: string) => `--top må være et heltall over 0, fant «${found}».`,
  badOutExtension: (file: string) => `--out må slutte på .csv eller .pdf, fant «${file}».`,
  modelFileMissing: (file: string) =>
    `fant ikke indikatormodellen ${file}. Oppgi en fil med --config (kolonner id;gruppe;retning;vekt;beskrivelse).`,
  nothingRanked: (region: string) => `ingen kommuner i ${region} har nok tall til å rangeres.`,
  unknownCounty: (county: string) => `fant ingen kommuner i fylke ${county}.`,
  unknownRegionCode: (code: string) => `kommune ${code} i regionlisten finnes ikke i datasettet.`,
  missingRule: (minCoverage: number) =>
    "En indikator uten tall for kommunen erstattes ikke med gjennomsnittet: vektene fordeles på nytt over indikatorene " +
    `kommunen har, og raden merkes. Kommuner med tall for mindre enn ${Math.round(minCoverage * 100)} % av den samlede ` +
    "vekten rangeres ikke.",
  /** How the score is computed, as the rank report and the web page's ranking state it. */
  scoreMethod: (indicatorCount: number, modelFile: string) =>
    "Slik er skåren regnet: Hver indikator er standardisert over alle kommuner i landet (z-verdi, avgrenset til ±3) " +
    "og snudd slik at høy verdi alltid betyr større utfordring. Skåren er det vektede gjennomsnittet av disse. " +
    `Modellen har ${indicatorCount} indikatorer med vekt over 0 (${modelFile}); metoden er beskrevet ` +
    "i docs/indikatormodell.md.",
  /** The municipalities left out because their own rows are damaged, with each first error. */
  damagedLeftOut: (rows: readonly { name: string; reason: string }[]) =>
    `Ikke med i rangeringen fordi datagrunnlaget har feil i kommunens egne tall (alle skårer er regnet uten ${rows.length === 1 ? "den" : "dem"}): ` +
    `${rows.map((row) => `${row.name} (${row.reason})`).join("; ")}.`,
  /** The mark on a ranked municipality without a value for some indicator. */
  missingMark: "* = mangler tall for minst én indikator.",
  /** What a rank means, wherever ranks are listed. */
  rankDirection: (scoreDecimals: number) =>
    `Rang 1 = størst boligsosiale utfordringer; lik skår (med ${scoreDecimals} desimaler) gir lik rang.`,
};
