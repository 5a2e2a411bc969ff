// What /sammenlign?k=…&k=… asks for: two to four different municipalities, each by number or name as `faktaark`
// resolves them on the command line. Empty fields of the form are left out; anything else that cannot be compared
// is a message for the visitor.
import { UserError } from "../errors.js";
import { resolveMunicipality } from "../model/find.js";
import type { MunicipalityRecord } from "../model/record.js";
import { MAX_INPUT_LENGTH } from "./input.js";
import type { OldCode } from "./old-codes.js";

/** Fewer is no comparison; more than four do not fit side by side on a laptop's screen. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export type CompareRequest =
  | { readonly kind: "empty" }
  | { readonly kind: "ok"; readonly records: readonly MunicipalityRecord[] }
  | { readonly kind: "invalid"; readonly message: string };

/** A count of municipalities in running text: words up to twelve, as Norwegian writes them ("én kommune"). */
export function countWord(count: number): string {
  return COUNT_WORDS[count] ?? String(count);
}

const COUNT_WORDS = ["null", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"];

export const compareMessages = {
  tooFew: (name: string) => `Velg minst ${countWord(MIN_COMPARED)} kommuner å sammenligne. Du valgte bare ${name}.`,
  tooMany: (count: number) =>
    `Du kan sammenligne høyst ${countWord(MAX_COMPARED)} kommuner om gangen, men valgte ${countWord(count)}. ` +
    "Fjern noen av dem.",
  twice: (name: string) => `${name} er valgt to ganger. Velg ulike kommuner.`,
  tooLong: () => `Et kommunenavn er høyst ${MAX_INPUT_LENGTH} tegn.`,
  split: (old: OldCode) =>
    `Kommunenummer ${old.code} (${old.name}) ble delt i ${old.endYear}. Velg ${old.successors
      .map((record) => `${record.code} ${record.shortName}`)
      .join(" eller ")}.`,
};

/**
 * The municipalities asked for. `followOld` says what an ended number (5401) stands for today: a number with one
 * successor compares that municipality, as the sheet pages redirect to it; a split number asks the visitor to choose.
 */
export function parseCompareRequest(
  records: readonly MunicipalityRecord[],
  raw: readonly string[],
  followOld: (code: string) => OldCode | null = () => null,
): CompareRequest {
  const asked = raw.map((text) => text.trim()).filter((text) => text !== "");
  if (asked.length === 0) return { kind: "empty" };
  if (asked.some((text) => text.length > MAX_INPUT_LENGTH))
    return { kind: "invalid", message: compareMessages.tooLong() };
  if (asked.length > MAX_COMPARED) return { kind: "invalid", message: compareMessages.tooMany(asked.length) };
  const chosen: MunicipalityRecord[] = [];
  for (const text of asked) {
    let record: MunicipalityRecord;
    const old = /^\d{4}$/.test(text) ? followOld(text) : null;
    if (old && old.successors.length > 1) return { kind: "invalid", message: compareMessages.split(old) };
    try {
      record = old?.successors[0] ?? resolveMunicipality(records, text);
    } catch (error) {
      if (error instanceof UserError) return { kind: "invalid", message: error.message };
      throw error;
    }
    if (chosen.includes(record)) return { kind: "invalid", message: compareMessages.twice(record.shortName) };
    chosen.push(record);
  }
  const [only] = chosen;
  if (chosen.length < MIN_COMPARED && only) return { kind: "invalid", message: compareMessages.tooFew(only.shortName) };
  return { kind: "ok", records: chosen };
}
