// Texts the sheet layer shows a user about the templates, in one place, so tests can assert the exact words.

const excerpt = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

export const findingNameInvalid = (found: unknown): string =>
  `{{#finding}} trenger et navn av bokstaver og sifre, f.eks. {{#finding "growth"}}, ikke ${String(found)}`;

export const findingWithoutName = (path: string, text: string): string =>
  `${path}: funnet «${excerpt(text)}» står ikke i en {{#finding "navn"}} … {{/finding}}-blokk: ` +
  "hvert funn trenger et navn, så neste års ark kan se om det er nytt (se templates/README.md).";

export const findingNameTwice = (path: string, name: string): string =>
  `${path}: navnet «${name}» er brukt på to funn; hvert {{#finding}} trenger sitt eget navn.`;

export const findingsRunTogether = (path: string, names: readonly string[]): string =>
  `${path}: funnene ${names.map((name) => `«${name}»`).join(", ")} står i samme avsnitt; ` +
  "skill funnene med en tom linje.";

/** Why a sheet is not made: a figure of its county or the country is faktaark's sum of the municipalities, and one
 * of them has an error in the file that figure is summed from. */
export const damagedSum = (area: "county" | "country", code: string, name: string, error: string): string =>
  `${area === "county" ? "fylkets" : "landets"} tall er summen av kommunene, og ${code} ${name} har feil: ${error}`;

/** Why a sheet is not made: a comparison municipality chosen by hand has an error in its rows. */
export const damagedComparison = (code: string, name: string, error: string): string =>
  `sammenligningskommunen ${code} ${name} har feil: ${error}`;
