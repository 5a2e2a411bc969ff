// GET / and GET /?q=: the search field, the results of a submitted search, and every municipality by county.
import { html } from "hono/html";
import type { MunicipalityRecord } from "../../model/record.js";
import { renderCompareForm } from "./compare-form.js";
import { type Html, renderLayout } from "./layout.js";
import { groupByCounty, renderHitList } from "./municipality-list.js";
import { renderSearchForm } from "./search-form.js";

export interface SearchPageInput {
  readonly query: string;
  /** null when nothing was searched for. */
  readonly hits: readonly MunicipalityRecord[] | null;
  readonly records: readonly MunicipalityRecord[];
  readonly isSample: boolean;
  readonly dataYear: number;
}

export function renderSearchPage(input: SearchPageInput): Html {
  const body = html`<section class="intro">
  <h1>Finn faktaark for en kommune</h1>
  <p class="ingress">Faktaark om bolig og befolkning for alle ${input.records.length} kommuner: nøkkeltall, diagrammer og PDF på bokmål og nynorsk, til bruk i møter med kommunene.</p>
  ${renderSearchForm(input.query, { autofocus: input.hits === null })}
</section>
${input.hits === null ? "" : renderResults(input.query, input.hits)}
<section class="sammenlign-start">
  ${renderCompareForm({ heading: "Sammenlign kommuner", records: input.records })}
  <p>Eller se <a href="/rangering">alle kommunene rangert etter boligsosiale utfordringer</a>, i landet eller i ett fylke.</p>
</section>
<section class="fylker" aria-labelledby="alle-kommuner">
  <h2 id="alle-kommuner">Alle kommuner etter fylke</h2>
  ${groupByCounty(input.records).map(
    (county) => html`<details>
    <summary>${county.name} <span class="antall">${county.records.length} ${county.records.length === 1 ? "kommune" : "kommuner"}</span></summary>
    <ul class="kommuneliste">
      ${county.records.map((record) => html`<li><a href="/kommune/${record.code}">${record.shortName}</a></li>`)}
    </ul>
  </details>`,
  )}
</section>`;
  const title = input.hits === null ? "Faktaark – finn kommune" : `Søk: ${input.query} – Faktaark`;
  return renderLayout({
    title,
    body,
    isSample: input.isSample,
    dataYear: input.dataYear,
    description: "Faktaark om sosial boligpolitikk for norske kommuner.",
  });
}

function renderResults(query: string, hits: readonly MunicipalityRecord[]): Html {
  if (query === "") return html`<p class="melding" role="status">Skriv et kommunenavn eller et kommunenummer.</p>`;
  if (hits.length === 0) {
    return html`<section class="resultater" aria-labelledby="resultater">
  <h2 id="resultater">Ingen treff på «${query}»</h2>
  <p>Sjekk stavemåten, eller velg kommunen i listen over alle kommuner nedenfor.</p>
</section>`;
  }
  return html`<section class="resultater" aria-labelledby="resultater">
  <h2 id="resultater">${hits.length} treff på «${query}»</h2>
  ${renderHitList(hits)}
</section>`;
}
