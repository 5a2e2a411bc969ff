// Each municipality's official written form (målvedtak) from data/register/maalform.csv.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { UserError } from "../errors.js";
import type { WrittenForm } from "./record.js";

/** The register file shipped with faktaark (src/model and dist/model are both two levels below the root). */
export const WRITTEN_FORM_FILE = fileURLToPath(new URL("../../data/register/maalform.csv", import.meta.url));

const FORMS: Readonly<Record<string, WrittenForm>> = { bokmål: "nb", nynorsk: "nn", nøytral: "neutral" };

/** Municipality code → written form, from the CSV text (header kommunenummer,kommunenavn,maalform). */
export function parseWrittenForms(text: string, file: string): Map<string, WrittenForm> {
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const forms = new Map<string, WrittenForm>();
  for (const [i, row] of rows.entries()) {
    const code = row.kommunenummer ?? "";
    const form = FORMS[(row.maalform ?? "").toLowerCase()];
    if (!/^\d{4}$/.test(code) || form === undefined) {
      throw new UserError(
        `${file}, linje ${i + 2}: forventet kommunenummer med fire sifre og målform bokmål, nynorsk eller nøytral, fant «${code}» og «${row.maalform ?? ""}».`,
      );
    }
    forms.set(code, form);
  }
  return forms;
}

/** `read` gives the file's bytes (the dataset cache passes the bytes it hashed). */
export async function readWrittenForms(
  file: string = WRITTEN_FORM_FILE,
  read: (path: string) => Promise<Buffer> = readFile,
): Promise<Map<string, WrittenForm>> {
  return parseWrittenForms((await read(file)).toString("utf8"), file);
}
