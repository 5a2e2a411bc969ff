// Output files: safe ASCII names and writes that never leave a half-written file behind.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const ASCII_FOLDS: Record<string, string> = { æ: "ae", ø: "o", å: "a", Æ: "Ae", Ø: "O", Å: "A", ß: "ss" };

/** "Tromsø - Romsa - Tromssa" → "tromso"; "Nord-Fron" → "nord-fron". Uses the Norwegian name only. */
export function slugify(name: string): string {
  return name
    .replace(/[æøåÆØÅß]/g, (ch) => ASCII_FOLDS[ch] ?? ch)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function sheetFileName(code: string, shortName: string, suffix = ""): string {
  return `${code}-${slugify(shortName)}${suffix}.pdf`;
}

/** One chart of a sheet as a file: "5001-trondheim-befolkning.png"; `suffix` as for the sheet ("-nn"). */
export function figureFileName(code: string, shortName: string, figure: string, suffix: string, ext: string): string {
  return `${code}-${slugify(shortName)}-${figure}${suffix}.${ext}`;
}

/** The sheet's Excel workbook (`build --xlsx`): beside its PDF, with the same name. */
export function workbookPath(pdfPath: string): string {
  return pdfPath.replace(/\.pdf$/, ".xlsx");
}

/** Writes to a temporary file beside the target and renames it into place: readers see the old or the new file. */
export async function writeFileAtomic(path: string, data: Buffer | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    // Node names the temporary file, or for a write no file at all: the message names the file meant.
    if (typeof (error as NodeJS.ErrnoException).code === "string") (error as NodeJS.ErrnoException).path = path;
    throw error;
  }
}

export function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}
