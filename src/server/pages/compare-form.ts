// The form that starts a comparison (GET /sammenlign?k=…): on the front page, on a sheet page (with that
// municipality fixed) and on the compare page itself (filled in, to change the choice). The names come from a
// datalist, so the browser suggests them without JavaScript; a number or any spelling the search takes works too.
import { html } from "hono/html";
import type { MunicipalityRecord } from "../../model/record.js";
import type { Lang } from "../../sheet/format.js";
import { countWord, MAX_COMPARED, MIN_COMPARED } from "../compare-request.js";
import { MAX_INPUT_LENGTH } from "../input.js";
import type { Html } from "./layout.js";

export interface CompareFormOptions {
  readonly heading: string;
  /** The whole register, for the datalist. */
  readonly records: readonly MunicipalityRecord[];
  /** A municipality that is always part of the comparison (the sheet page's own); it takes the first place. */
  readonly fixed?: MunicipalityRecord;
  /** What the fields hold already, in order. */
  readonly values?: readonly string[];
  /** Keeps the comparison in nynorsk when it was started from a nynorsk page. */
  readonly lang?: Lang;
}

export function renderCompareForm(options: CompareFormOptions): Html {
  const { fixed } = options;
  const free = MAX_COMPARED - (fixed ? 1 : 0);
  // The fields needed for the smallest comparison are required; the rest may stay empty.
  const required = MIN_COMPARED - (fixed ? 1 : 0);
  const first = fixed ? 2 : 1;
  return html`<form class="sammenlign-skjema" action="/sammenlign" method="get" aria-labelledby="sammenlign-tittel">
  <h2 id="sammenlign-tittel">${options.heading}</h2>
  <p class="hint">Velg ${fixed ? `${countWord(1)} til ${countWord(free)} kommuner å sammenligne med` : `${countWord(MIN_COMPARED)} til ${countWord(MAX_COMPARED)} kommuner`} (navn eller kommunenummer). Nøkkeltallene og figurene fra arkene står side om side.</p>
  ${fixed ? html`<input type="hidden" name="k" value="${fixed.code}">` : ""}
  ${options.lang === "nn" ? html`<input type="hidden" name="lang" value="nn">` : ""}
  <div class="felter">
    ${Array.from(
      { length: free },
      (_, index) => html`<p class="felt"><label for="k${index + first}">Kommune ${index + first}</label>
      <input id="k${index + first}" name="k" type="text" list="kommunenavn" value="${options.values?.[index] ?? ""}" maxlength="${MAX_INPUT_LENGTH}" autocomplete="off" spellcheck="false"${index < required ? html` required` : ""}></p>`,
    )}
  </div>
  <button type="submit">Sammenlign</button>
  <datalist id="kommunenavn">
    ${options.records.map((record) => html`<option value="${record.shortName}">${record.code} · ${record.county.name}</option>`)}
  </datalist>
</form>`;
}
