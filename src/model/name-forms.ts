// The language of each form in an official name ("Porsanger - Porsángu - Porsanki"), so a sheet can show the
// name in full and mark the Sami and Kven forms with their language (PDF/UA, WCAG 3.1.2).

export interface NameForm {
  readonly text: string;
  /** BCP 47 code for a Sami or Kven form; null for the Norwegian form (the document's own language). */
  readonly lang: string | null;
}

/** Municipalities whose Sami name is Lule Sami (Salten); the Sami names in Trøndelag, Helgeland and Oslo are
 * South Sami; elsewhere (Ofoten, Vesterålen, Troms, Finnmark) Northern Sami. */
const LULE_SAMI = new Set(["1841", "1845", "1875", "18"]);
const SOUTH_SAMI = new Set(["0301", "1826", "1833", "50"]);

function samiLanguage(code: string): string {
  if (LULE_SAMI.has(code)) return "smj";
  if (SOUTH_SAMI.has(code) || code.startsWith("50")) return "sma";
  return "se";
}

/** The forms of a municipality's or county's official name, with the Norwegian form `norwegian` unmarked.
 * KLASS writes three-form names with the Kven form last. */
export function splitNameForms(code: string, name: string, norwegian: string): NameForm[] {
  const forms = name.split(" - ").map((form) => form.trim());
  if (forms.length === 1) return [{ text: name, lang: null }];
  return forms.map((text, index) => {
    if (text === norwegian) return { text, lang: null };
    if (forms.length === 3 && index === 2) return { text, lang: "fkv" };
    return { text, lang: samiLanguage(code) };
  });
}
