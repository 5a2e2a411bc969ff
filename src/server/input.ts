// What a request may ask for, checked before anything else sees it. Nothing taken from a request ever names a
// file: a municipality is a four-digit number looked up in memory, a name is only searched for.
import type { Lang } from "../sheet/format.js";

/** Longer search text or path part than this is refused: no municipality name is near it. */
export const MAX_INPUT_LENGTH = 100;

export type MunicipalityParam =
  | { readonly kind: "code"; readonly code: string }
  | { readonly kind: "name"; readonly text: string }
  | { readonly kind: "invalid"; readonly reason: "too-long" | "not-a-municipality" };

/** Letters (Norwegian, Sami, Kven), spaces, hyphens, apostrophes and parentheses: what municipality names are made
 * of. No dot, slash or percent sign gets through. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} '’()-]*$/u;

/** The `:knr` of /kommune/:knr, already percent-decoded by the router. */
export function parseMunicipalityParam(raw: string): MunicipalityParam {
  if (raw.length > MAX_INPUT_LENGTH) return { kind: "invalid", reason: "too-long" };
  if (/^\d{4}$/.test(raw)) return { kind: "code", code: raw };
  if (NAME.test(raw)) return { kind: "name", text: raw };
  return { kind: "invalid", reason: "not-a-municipality" };
}

export type LangParam = Lang | "default" | "invalid";

export function parseLangParam(raw: string | undefined): LangParam {
  if (raw === undefined || raw === "") return "default";
  return raw === "nb" || raw === "nn" ? raw : "invalid";
}

export type QueryParam = { readonly ok: true; readonly text: string } | { readonly ok: false };

export function parseQueryParam(raw: string | undefined): QueryParam {
  const text = (raw ?? "").trim();
  return text.length > MAX_INPUT_LENGTH ? { ok: false } : { ok: true, text };
}
