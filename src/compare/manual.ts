// The advisers' own comparison municipalities (data/config/sammenligning.csv: knr;sammenligningskommuner).
import { UserError } from "../errors.js";
import { readConfigTable } from "../indicators/config-csv.js";
import { compareMessages } from "./messages.js";

/** Municipality code → the codes an adviser wants beside it, in the order given. */
export type ManualComparisons = ReadonlyMap<string, readonly string[]>;

const MUNICIPALITY_CODE = /^\d{4}$/;

export function parseManualComparisons(text: string, file: string): ManualComparisons {
  const table = readConfigTable(text, file, ["knr", "sammenligningskommuner"]);
  const result = new Map<string, string[]>();
  for (const row of table.rows) {
    const code = row.cells.knr ?? "";
    const fail = (problem: string) => new UserError(compareMessages.manualLine(file, row.line, problem));
    if (!MUNICIPALITY_CODE.test(code)) throw fail(`kommunenummer må ha fire sifre, fant «${code}».`);
    if (result.has(code)) throw fail(`kommune ${code} står her for andre gang; slå linjene sammen.`);
    const list = (row.cells.sammenligningskommuner ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    if (list.length === 0) throw fail(`ingen sammenligningskommuner for kommune ${code}.`);
    for (const item of list) {
      if (!MUNICIPALITY_CODE.test(item)) {
        throw fail(`sammenligningskommune må være et firesifret kommunenummer, fant «${item}».`);
      }
      if (item === code) throw fail(`kommune ${code} kan ikke sammenlignes med seg selv.`);
    }
    result.set(code, list);
  }
  return result;
}
