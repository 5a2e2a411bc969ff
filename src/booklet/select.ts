// A booklet's municipalities from a list file (--kommuner): one number or name per line, as a user types them or
// a spreadsheet exports them (more columns after the first, a header line, a byte order mark).
import { UserError } from "../errors.js";
import { resolveMunicipality } from "../model/find.js";
import type { MunicipalityRecord } from "../model/record.js";
import * as message from "./messages.js";

/** A first line with one of these names is the column's heading, not a municipality. */
const HEADINGS = new Set(["kommune", "kommunar", "kommuner", "kommunenummer", "kommunenr", "knr", "nr", "navn"]);

/** The listed municipalities in the list's order. A line that names none, several or one listed before is the
 * user's to correct, with the file and line. Empty lines and lines starting with # are passed over. */
export function resolveList(records: readonly MunicipalityRecord[], text: string, file: string): MunicipalityRecord[] {
  const chosen: { record: MunicipalityRecord; line: number }[] = [];
  let first = true;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const value = firstField(raw);
    if (value === "" || value.startsWith("#")) return;
    const heading = first && HEADINGS.has(value.toLowerCase());
    first = false;
    if (heading) return;
    let record: MunicipalityRecord;
    try {
      record = resolveMunicipality(records, value);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(message.listLine(file, line, error.message));
      throw error;
    }
    const earlier = chosen.find((entry) => entry.record.code === record.code);
    if (earlier) {
      throw new UserError(
        message.listLine(file, line, message.listedTwice(value, record.code, record.name, earlier.line)),
      );
    }
    chosen.push({ record, line });
  });
  if (chosen.length === 0) throw new UserError(message.listEmpty(file));
  return chosen.map((entry) => entry.record);
}

/** The line's first column (split at ; , or tab), without a byte order mark, quotes and surrounding spaces. */
function firstField(raw: string): string {
  const [field = ""] = raw.replace(/^\uFEFF/, "").split(/[;,\t]/);
  return field
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .trim();
}
