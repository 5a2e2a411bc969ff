// Statistikkbanken's CSV downloads name dimensions by their Norwegian label ("kjønn"), JSON-stat by id ("Kjonn").
// The catalogue in tables.ts uses ids, so CSV headers are mapped to the ids SSB uses for the same dimension.
const IDS_BY_LABEL: Readonly<Record<string, string>> = {
  region: "Region",
  kjønn: "Kjonn",
  alder: "Alder",
  statistikkvariabel: "ContentsCode",
  bygningstype: "BygnType",
  husholdningstype: "HushType",
  innvandringskategori: "InnvandrKat",
  landbakgrunn: "Landbakgrunn",
  eierstatus: "EierStatus",
  år: "Tid",
};

/** The SSB dimension id for a CSV header label; the label itself when faktaark does not know it. */
export function dimensionIdForLabel(label: string): string {
  return IDS_BY_LABEL[label.trim().toLowerCase()] ?? label.trim();
}
