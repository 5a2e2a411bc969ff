// Judging a data file by its first bytes and its size, before reading it whole: a binary file or one far larger
// than any SSB export is refused by name without ever being held in memory (a 300 MB file read whole and parsed
// took the process past 1.5 GB).
import { detectNonText } from "./decode.js";
import * as message from "./messages.js";

/** Enough for every check on a file's start: the encoding, the NUL bytes, the format's first lines. */
export const SNIFF_BYTES = 64 * 1024;

/** Far above SSB's largest export a dataset uses (07459 by single year of age, all municipalities: ~120 MB). */
export const MAX_DATA_FILE_BYTES = 200 * 1024 * 1024;

/** Why a file is refused before it is read, or null when it may be read. */
export function refuseBeforeReading(head: Uint8Array, size: number): { kind: string; message: string } | null {
  const nonText = detectNonText(head);
  if (nonText !== null) return { kind: "not-text", message: message.notText(nonText) };
  if (size > MAX_DATA_FILE_BYTES) return { kind: "too-large", message: message.tooLarge(size, MAX_DATA_FILE_BYTES) };
  return null;
}
