// The sheet settings an editor may change (data/config/ark.csv: innstilling;verdi), read as text and normalised into
// a typed, fully defaulted object with messages that name the file and line.
import { compareMessages } from "../compare/messages.js";
import { COMPARISON_RULES, type ComparisonRule, isComparisonRule } from "../compare/rules.js";
import { UserError } from "../errors.js";
import { readConfigTable } from "../indicators/config-csv.js";

export interface SheetSettings {
  /** The organisation that publishes the sheets, written as the PDF's Author; null leaves Author out (the program
   * that made the file is its Creator, not its author). */
  readonly publisher: string | null;
  /** The rule the comparison municipalities are chosen by when a command is not given --sammenligning. */
  readonly comparisonRule: ComparisonRule;
}

const DEFAULTS: SheetSettings = {
  // Without a line for it, a sheet names no author.
  publisher: null,
  // Without a line for it, the nearest neighbours among all municipalities, as before there were rules.
  comparisonRule: "nearest",
};

/** The settings by their name in the file. */
const NAMES = { utgiver: "publisher", sammenligning: "comparisonRule" } as const satisfies Record<
  string,
  keyof SheetSettings
>;

/** PDFKit writes the Author into the PDF/A metadata (XMP) as it is, without escaping: these would break it. */
export const UNSAFE_IN_XMP = /[<>&]/;

export function parseSheetSettings(text: string, file: string): SheetSettings {
  const table = readConfigTable(text, file, ["innstilling", "verdi"]);
  const settings: { -readonly [K in keyof SheetSettings]: SheetSettings[K] } = { ...DEFAULTS };
  const seen = new Set<string>();
  for (const row of table.rows) {
    const name = (row.cells.innstilling ?? "").toLowerCase();
    const value = row.cells.verdi ?? "";
    const fail = (problem: string) => new UserError(`${file}, linje ${row.line}: ${problem}`);
    if (!Object.hasOwn(NAMES, name))
      throw fail(`ukjent innstilling «${name}». Kjente innstillinger: ${Object.keys(NAMES).join(", ")}.`);
    if (seen.has(name)) throw fail(`«${name}» står her for andre gang; behold én linje.`);
    seen.add(name);
    if (name === "sammenligning") {
      if (!isComparisonRule(value))
        throw fail(`sammenligning må være ${compareMessages.ruleChoices(COMPARISON_RULES)}, fant «${value}».`);
      settings.comparisonRule = value;
      continue;
    }
    if (UNSAFE_IN_XMP.test(value)) throw fail(`${name} kan ikke inneholde <, > eller &, fant «${value}».`);
    settings.publisher = value === "" ? null : value;
  }
  return settings;
}
