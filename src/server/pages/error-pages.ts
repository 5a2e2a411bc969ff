// Pages for requests that cannot be answered: an unknown municipality (with suggestions), a malformed request,
// and the generic page for an internal error, which says nothing about the error itself.
import { html } from "hono/html";
import type { MunicipalityRecord } from "../../model/record.js";
import type { Lang } from "../../sheet/format.js";
import type { ChartBlock } from "../../sheet/model.js";
import type { OldCode } from "../old-codes.js";
import { figurePathOf } from "../paths.js";
import { type Html, renderLayout } from "./layout.js";
import { renderHitList } from "./municipality-list.js";
import { renderSearchForm } from "./search-form.js";

export interface SiteInfo {
  readonly isSample: boolean;
  readonly dataYear: number;
}

/** Long input is shortened where a page repeats it back. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function renderUnknownMunicipalityPage(
  asked: string,
  near: readonly MunicipalityRecord[],
  site: SiteInfo,
): Html {
  const isCode = /^\d{4}$/.test(asked);
  const heading = isCode ? `Ingen kommune har nummer ${asked}` : `Fant ingen kommune som heter «${shorten(asked)}»`;
  const body = html`<h1>${heading}</h1>
${
  near.length > 0
    ? html`<section class="forslag" aria-labelledby="mente-du">
  <h2 id="mente-du">Mente du${isCode ? " en av disse" : ""}?</h2>
  ${renderHitList(near)}
</section>`
    : html`<p>Vi fant ingen kommune som ligner. Prøv å søke på navnet i stedet.</p>`
}
${renderSearchForm(isCode ? "" : shorten(asked))}
<p><a href="/">Se alle kommuner etter fylke</a></p>`;
  return renderLayout({ title: "Fant ikke kommunen – Faktaark", body, ...site });
}

/** An ended number whose area now belongs to several municipalities: which one the visitor means is theirs to say. */
export function renderSplitMunicipalityPage(old: OldCode, site: SiteInfo): Html {
  const history =
    old.partNames.length > 1
      ? `${old.code} ${old.name} ble delt i ${old.endYear}. Området hører nå til disse kommunene:`
      : `${old.code} ${old.name} gikk i ${old.endYear} inn i ${old.partNames[0] ?? ""}, som senere er delt. ` +
        "Området hører nå til én eller flere av disse kommunene:";
  const body = html`<h1>Kommunenummer ${old.code} er ikke lenger i bruk</h1>
<section class="forslag" aria-labelledby="nye-kommuner">
  <h2 id="nye-kommuner">Velg kommunen du mener</h2>
  <p>${history}</p>
  ${renderHitList(old.successors)}
</section>
${renderSearchForm("")}
<p><a href="/">Se alle kommuner etter fylke</a></p>`;
  return renderLayout({ title: `Kommunenummer ${old.code} er ikke lenger i bruk – Faktaark`, body, ...site });
}

export function renderAmbiguousPage(asked: string, matches: readonly MunicipalityRecord[], site: SiteInfo): Html {
  const body = html`<h1>Flere kommuner heter «${shorten(asked)}»</h1>
<p>Velg kommunen du mener:</p>
${renderHitList(matches)}`;
  return renderLayout({ title: `Flere kommuner heter ${shorten(asked)} – Faktaark`, body, ...site });
}

/** A figure the sheet does not have, by the name asked for: the page lists those it has, as PNG links. */
export function renderUnknownFigurePage(
  asked: string,
  record: MunicipalityRecord,
  lang: Lang,
  figures: readonly ChartBlock[],
  site: SiteInfo,
): Html {
  const body = html`<h1>Arket for ${record.shortName} har ingen figur «${shorten(asked)}»</h1>
${
  figures.length > 0
    ? html`<p>Figurene på arket, som PNG:</p>
<ul class="figurer">
  ${figures.map((figure) => html`<li><a href="${figurePathOf(record, lang, figure.id)}" download>${figure.title}</a> (${figure.id})</li>`)}
</ul>`
    : html`<p>Arket har ingen figurer.</p>`
}
<p><a href="/kommune/${record.code}?lang=${lang}">Til arket for ${record.shortName}</a></p>`;
  return renderLayout({ title: "Fant ikke figuren – Faktaark", body, ...site });
}

export function renderBadRequestPage(message: string, site: SiteInfo): Html {
  const body = html`<h1>Ugyldig adresse</h1>
<p>${message}</p>
${renderSearchForm("")}
<p><a href="/">Til forsiden</a></p>`;
  return renderLayout({ title: "Ugyldig adresse – Faktaark", body, ...site });
}

export function renderNotFoundPage(site: SiteInfo): Html {
  const body = html`<h1>Siden finnes ikke</h1>
<p>Adressen peker ikke på noen side her. Finn kommunen du leter etter med søket:</p>
${renderSearchForm("")}
<p><a href="/">Til forsiden</a></p>`;
  return renderLayout({ title: "Siden finnes ikke – Faktaark", body, ...site });
}

/** A sheet whose data rows are damaged: the page says which file and value, as `faktaark build` does, so that the
 * statistics staff can correct the file; the sheet is not shown with «..» in their place. */
export function renderSheetDataErrorPage(site: SiteInfo, reason: string): Html {
  const body = html`<h1>Faktaarket kan ikke vises</h1>
<p>Datagrunnlaget har en feil som må rettes før faktaarket kan lages: ${reason}.</p>
<p>Feilen er logget. <a href="/">Til forsiden</a></p>`;
  return renderLayout({ title: "Feil i datagrunnlaget – Faktaark", body, ...site });
}

/** Plain and fixed: it must render even when the rest of the app is what failed, and it tells nothing inside. */
export const SERVER_ERROR_PAGE = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Noe gikk galt – Faktaark</title><link rel="icon" href="/static/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/static/faktaark.css"></head>
<body><main id="innhold" class="ramme">
<h1>Noe gikk galt</h1>
<p>Siden kunne ikke lages på grunn av en feil hos oss. Feilen er logget. Prøv igjen om litt, eller gå til <a href="/">forsiden</a>.</p>
</main></body>
</html>`;
