// Lists of municipalities as links: search results, suggestions, a county's municipalities.
import { html } from "hono/html";
import { splitNameForms } from "../../model/name-forms.js";
import type { MunicipalityRecord } from "../../model/record.js";
import { pathOf } from "../paths.js";
import type { Html } from "./layout.js";

/** "Tromsø (Romsa, Tromssa)": the Norwegian name with the official Sami and Kven forms, each marked with its
 * language so screen readers pronounce it as such. */
export function renderName(record: MunicipalityRecord): Html {
  const others = splitNameForms(record.code, record.name, record.shortName).filter((form) => form.lang !== null);
  if (others.length === 0) return html`${record.shortName}`;
  const forms = others.map(
    (form, index) => html`${index > 0 ? ", " : ""}<span lang="${form.lang}">${form.text}</span>`,
  );
  return html`${record.shortName} <span class="andre-navn">(${forms})</span>`;
}

export function renderHitList(records: readonly MunicipalityRecord[], className = "treff"): Html {
  return html`<ul class="${className}">
${records.map(
  (record) =>
    html`<li><a href="${pathOf(record)}"><span class="treff-navn">${renderName(record)}</span> <span class="treff-info">${record.code} · ${record.county.name}</span></a></li>
`,
)}</ul>`;
}

/** Municipalities grouped by county, in code order: every sheet is reachable without searching. */
export function groupByCounty(
  records: readonly MunicipalityRecord[],
): { code: string; name: string; records: MunicipalityRecord[] }[] {
  const counties = new Map<string, { code: string; name: string; records: MunicipalityRecord[] }>();
  for (const record of records) {
    let county = counties.get(record.county.code);
    if (!county) {
      county = { code: record.county.code, name: record.county.name, records: [] };
      counties.set(record.county.code, county);
    }
    county.records.push(record);
  }
  return [...counties.values()].sort((a, b) => a.code.localeCompare(b.code));
}
