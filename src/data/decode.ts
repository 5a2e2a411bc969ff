// Bytes to text. SSB's downloads come as ISO-8859-1 or UTF-8 with or without BOM; the file says which only
// by whether it decodes as UTF-8.
export type TextEncoding = "utf-8" | "utf-8-bom" | "latin1";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Line of the first byte sequence that is not UTF-8, when the file was read as ISO-8859-1. */
  readonly invalidUtf8Line?: number;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder("utf-8", { ignoreBOM: true });
// WHATWG's "latin1" is windows-1252, a superset of ISO-8859-1 that also covers Excel's exports.
const latin1 = new TextDecoder("latin1");

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8Lenient.decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    return { text: utf8Strict.decode(bytes), encoding: "utf-8" };
  } catch {
    const lenient = utf8Lenient.decode(bytes);
    const invalidAt = lenient.indexOf("\ufffd");
    return { text: latin1.decode(bytes), encoding: "latin1", invalidUtf8Line: lineOf(lenient, invalidAt) };
  }
}

/** What a file that is not text in one of those encodings is, as a user would know it; null for text. */
export type NonText = "utf-16" | "zip" | "ole" | "binary";

/** Bytes faktaark cannot read as text: UTF-16 (Excel's "Unicode text"), a zip (an .xlsx renamed .csv), an old
 * .xls (OLE2), or anything else with NUL bytes near its start. */
export function detectNonText(bytes: Uint8Array): NonText | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "utf-16";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ole";
  const head = bytes.subarray(0, 4096);
  let nulAtEven = 0;
  let nulAtOdd = 0;
  head.forEach((byte, index) => {
    if (byte !== 0) return;
    if (index % 2 === 0) nulAtEven += 1;
    else nulAtOdd += 1;
  });
  if (nulAtEven + nulAtOdd === 0) return null;
  // ASCII in UTF-16 has a NUL in every other byte.
  return Math.max(nulAtEven, nulAtOdd) >= head.length / 4 ? "utf-16" : "binary";
}

// UTF-8 bytes of æøåÆØÅ read as ISO-8859-1 and saved again as UTF-8.
const MOJIBAKE = /Ã[¦¸¥†˜…]|Ã\u0098|Ã\u0085|Ã\u0086|â€[“”™˜œ]/;

/** The first double-encoded sequence and its line, if any. */
export function findMojibake(text: string): { found: string; line: number } | null {
  const match = MOJIBAKE.exec(text);
  if (!match) return null;
  return { found: match[0], line: lineOf(text, match.index) };
}

export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line += 1;
  return line;
}
