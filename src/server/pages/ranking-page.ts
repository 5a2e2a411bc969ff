// GET /rangering (?fylke=50, ?vekstklasse=vekstpress): the municipalities ranked by the indicator model, as
// `faktaark rank` (`--fylke`, `--vekstklasse`) ranks them, each linked to its sheet, with the method as the rank report
// states it. Husbanken's regions are not defined in data/config/, so the filter is by county and growth class.
import { html } from "hono/html";
import { listDrivers } from "../../indicators/drivers.js";
import { GROWTH_GROUPS, type GrowthGroup } from "../../indicators/growth-classes.js";
import { modelMessages } from "../../indicators/messages.js";
import { type Ranking, SCORE_DECIMALS } from "../../indicators/rank.js";
import { formatNumber } from "../../sheet/format.js";
import { countWord } from "../compare-request.js";
import { rankingPathOf } from "../paths.js";
import { type Html, renderLayout } from "./layout.js";

export interface County {
  readonly code: string;
  readonly name: string;
}

export interface RankingPageInput {
  /** Null when the dataset has too few municipalities to rank. */
  readonly ranking: Ranking | null;
  /** The county the ranking is limited to, or null for the whole country. */
  readonly county: County | null;
  /** Every county, for the filter. */
  readonly counties: readonly County[];
  /** The growth class the ranking is limited to (data/config/vekstklasser.csv), or null for all. */
  readonly growthGroup: GrowthGroup | null;
  /** The indicator model's file as the rank report names it ("data/config/indikatormodell.csv"). */
  readonly modelFile: string;
  readonly isSample: boolean;
  readonly dataYear: number;
}

export function renderRankingPage(input: RankingPageInput): Html {
  const regionName = `${input.county?.name ?? "hele landet"}${input.growthGroup ? `, vekstklasse ${input.growthGroup}` : ""}`;
  const { ranking } = input;
  const body = html`<nav class="sti" aria-label="Du er her">
  <a href="/">Alle kommuner</a> <span aria-hidden="true">›</span> <span aria-current="page">Rangering</span>
</nav>
<h1>Boligsosiale utfordringer – rangering, ${regionName}</h1>
<p class="ingress">Kommunene rangert etter indikatormodellen for boligsosiale utfordringer, med tall fra datagrunnlaget ${input.dataYear}. ${modelMessages.rankDirection(SCORE_DECIMALS)}</p>
${renderFilter(input)}
${
  ranking === null || ranking.rows.length === 0
    ? html`<p class="melding" role="status">${capitalise(modelMessages.nothingRanked(regionName))}</p>`
    : renderTable(ranking, input.county !== null)
}
${ranking === null ? "" : renderMethod(ranking, input.modelFile)}`;
  return renderLayout({
    title: `Rangering, ${regionName} – Faktaark`,
    body,
    isSample: input.isSample,
    dataYear: input.dataYear,
    description: "Kommunene rangert etter indikatormodellen for boligsosiale utfordringer.",
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function renderFilter(input: RankingPageInput): Html {
  return html`<form class="filter" action="/rangering" method="get">
  <p class="felt"><label for="fylke">Fylke</label>
  <select id="fylke" name="fylke">
    <option value=""${input.county === null ? html` selected` : ""}>Hele landet</option>
    ${input.counties.map(
      (county) =>
        html`<option value="${county.code}"${county.code === input.county?.code ? html` selected` : ""}>${county.name}</option>`,
    )}
  </select></p>
  <p class="felt"><label for="vekstklasse">Vekstklasse</label>
  <select id="vekstklasse" name="vekstklasse">
    <option value=""${input.growthGroup === null ? html` selected` : ""}>Alle</option>
    ${GROWTH_GROUPS.map(
      (group) => html`<option value="${group}"${group === input.growthGroup ? html` selected` : ""}>${group}</option>`,
    )}
  </select></p>
  <button type="submit">Vis</button>
  ${input.county || input.growthGroup ? html`<p><a href="${rankingPathOf()}">Vis hele landet</a></p>` : ""}
</form>`;
}

/** The columns of `faktaark rank`, with the rank in the county first when the list is the county's; the name and the
 * score come before the rest, so a phone shows them without scrolling. */
function renderTable(ranking: Ranking, byCounty: boolean): Html {
  return html`<p>${formatNumber(ranking.rows.length)} kommuner er rangert.</p>
${ranking.damaged.length > 0 ? html`<p class="melding" role="status">${modelMessages.damagedLeftOut(ranking.damaged)}</p>` : ""}
<p class="rulle-hint" aria-hidden="true">Dra tabellen sidelengs for å se alle kolonnene <span>→</span></p>
<div class="tabell-ramme" role="region" aria-labelledby="rangering-tittel" tabindex="0">
  <table class="rangering">
    <caption id="rangering-tittel" class="skjult">Rangering</caption>
    <thead><tr>
      <th scope="col" class="tall">${byCounty ? "Rang i fylket" : "Rang"}</th>
      <th scope="col">Kommune</th>
      <th scope="col" class="tall">Skår</th>
      <th scope="col" class="tall">${byCounty ? "Rang i landet" : "Rang i fylket"}</th>
      ${byCounty ? "" : html`<th scope="col">Fylke</th>`}
      <th scope="col">Viktigste drivere</th>
    </tr></thead>
    <tbody>
      ${ranking.rows.map(
        (row) => html`<tr data-rang="${row.code}">
        <td class="tall">${byCounty ? row.rankRegion : row.rankNational}</td>
        <th scope="row"><a href="/kommune/${row.code}">${row.name}</a>${row.missing.length > 0 ? "*" : ""}</th>
        <td class="tall">${formatNumber(row.score, SCORE_DECIMALS)}</td>
        <td class="tall">${byCounty ? row.rankNational : row.rankCounty}</td>
        ${byCounty ? "" : html`<td>${row.county.name}</td>`}
        <td>${listDrivers(row, 3)
          .map((part) => part.shortLabel)
          .join(", ")}</td>
      </tr>`,
      )}
    </tbody>
  </table>
</div>`;
}

/** The method as the rank report (report-pdf.ts) states it under its table. */
function renderMethod(ranking: Ranking, modelFile: string): Html {
  const weighted = ranking.model.indicators.filter((indicator) => indicator.weight > 0);
  const flagged = ranking.rows.some((row) => row.missing.length > 0);
  return html`<section class="seksjon slutt" aria-labelledby="metode">
  <h2 id="metode">Metode</h2>
  <p>${modelMessages.scoreMethod(weighted.length, modelFile)}</p>
  <p>${ranking.missing}${flagged ? ` ${modelMessages.missingMark}` : ""}</p>
  ${
    ranking.unranked.length > 0
      ? html`<p>Ikke rangert på grunn av manglende tall (${countWord(ranking.unranked.length)} ${ranking.unranked.length === 1 ? "kommune" : "kommuner"}): ${ranking.unranked.map((row) => row.name).join(", ")}.</p>`
      : ""
  }
  ${
    ranking.unusableIndicators.length > 0
      ? html`<p>Indikatorer uten nok tall til å standardiseres: ${ranking.unusableIndicators.join(", ")}.</p>`
      : ""
  }
</section>`;
}
