// Every message the chart code gives a user (a sheet author or a template editor), in one place.

export function templateNotFound(template: string, dir: string, known: readonly string[]): string {
  return `Diagrammalen «${template}» finnes ikke: forventet filen ${dir}/${template}.vl.json (maler der: ${known.join(", ") || "ingen"})`;
}

export function templateNotJson(file: string, reason: string): string {
  return `Diagrammalen ${file} er ikke gyldig JSON: ${reason}`;
}

export function templateWithoutFields(file: string): string {
  return `Diagrammalen ${file} mangler «usermeta.fields»: list hvert felt i radene fra «table» med type («number», «string» eller «boolean»), og om det kan være null («nullable») eller utelates («optional»)`;
}

export function templateBadField(file: string, field: string, found: unknown): string {
  return `Diagrammalen ${file}: feltet «${field}» i «usermeta.fields» skal ha «type» lik «number», «string» eller «boolean», fant ${JSON.stringify(found)}`;
}

export function templateWithoutTable(file: string): string {
  return `Diagrammalen ${file} må hente radene fra den navngitte datakilden «table» ("data": {"name": "table"})`;
}

export function missingField(
  template: string,
  row: number,
  field: string,
  type: string,
  present: readonly string[],
): string {
  return `Diagrammalen «${template}»: rad ${row} mangler feltet «${field}» (forventet ${type}); raden har ${present.length > 0 ? present.join(", ") : "ingen felt"}`;
}

export function wrongFieldType(template: string, row: number, field: string, type: string, found: unknown): string {
  return `Diagrammalen «${template}»: rad ${row}, feltet «${field}» skal være ${type}, fant ${JSON.stringify(found)}`;
}

export function unknownParam(template: string, param: string, known: readonly string[]): string {
  return `Diagrammalen «${template}» har ingen parameter «${param}» (parametrene er: ${known.join(", ") || "ingen"})`;
}

export function badChartSize(template: string, width: number, height: number): string {
  return `Diagrammet «${template}» trenger positiv bredde og høyde i punkter, fant ${width} × ${height}`;
}

/** Field types as a message names them ("et tall", "en tekst"). */
export const TYPE_NAMES = { number: "et tall", string: "en tekst", boolean: "true eller false" } as const;

/** Something a template asks for that the PDF drawing cannot do; the renderer adds the template's name. */
export function unsupportedInPdf(feature: string): string {
  return `PDF-tegningen støtter ikke ${feature}`;
}

export function templateNotDrawable(template: string, reason: string): string {
  return `Diagrammalen «${template}» kan ikke tegnes i PDF: ${reason}`;
}

export function colorNotUnderstood(input: string): string {
  return `fargen «${input}» er ukjent: bruk en heksadesimal kode (#1f3b5a), rgb(), hsl() eller et enkelt navn (black, white, gray)`;
}
