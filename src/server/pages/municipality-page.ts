// GET /kommune/:knr: the sheet as a web page — the same key figures, findings, charts and tables as the PDF,
// drawn from the same sheet model — with the PDF downloads and the county's other municipalities.
import { html, raw } from "hono/html";
import type { MunicipalityRecord, WrittenForm } from "../../model/record.js";
import type { Lang } from "../../sheet/format.js";
import type { Block, ChartBlock, SheetModel, TableBlock, TextBlock } from "../../sheet/model.js";
import { toHit } from "../search.js";
import { type Html, renderLayout } from "./layout.js";
import { renderName } from "./municipality-list.js";
import { renderSearchForm } from "./search-form.js";

export interface MunicipalityPageInput {
  readonly record: MunicipalityRecord;
  readonly model: SheetModel;
  /** The SVG of each chart block, by the block object. */
  readonly charts: ReadonlyMap<ChartBlock, string>;
  /** The county's other municipalities. */
  readonly neighbours: readonly MunicipalityRecord[];
  /** The language the municipality's own sheet is in: the page offers the other one as a switch. */
  readonly ownLang: Lang;
  readonly dataYear: number;
}

/** The few words the page adds around the model, in the sheet's language. */
const WORDS: Readonly<Record<Lang, { keyFigures: string; describe: string; table: string; downloadFigure: string }>> = {
  nb: {
    keyFigures: "Nøkkeltall",
    describe: "Beskrivelse av diagrammet",
    table: "Tabell",
    downloadFigure: "Last ned figur",
  },
  nn: {
    keyFigures: "Nøkkeltal",
    describe: "Skildring av diagrammet",
    table: "Tabell",
    downloadFigure: "Last ned figur",
  },
};

const LANG_NAMES: Readonly<Record<Lang, string>> = { nb: "bokmål", nn: "nynorsk" };

const WRITTEN_FORMS: Readonly<Record<WrittenForm, string>> = {
  nb: "bokmål",
  nn: "nynorsk",
  neutral: "nøytral (arket lages på bokmål)",
};

export function pdfPathOf(record: MunicipalityRecord, lang: Lang): string {
  return `/kommune/${record.code}/faktaark.pdf?lang=${lang}`;
}

/** One chart of the sheet as a PNG to download (ChartBlock.id names it). */
export function figurePathOf(record: MunicipalityRecord, lang: Lang, id: string): string {
  return `/kommune/${record.code}/figur/${id}.png?lang=${lang}`;
}

export function renderMunicipalityPage(input: MunicipalityPageInput): Html {
  const { model, record } = input;
  const words = WORDS[model.lang];
  const other: Lang = model.lang === "nb" ? "nn" : "nb";
  const body = html`<nav class="sti" aria-label="Du er her">
  <a href="/">Alle kommuner</a> <span aria-hidden="true">›</span> <span>${record.county.name}</span> <span aria-hidden="true">›</span> <span aria-current="page">${record.shortName}</span>
</nav>
${renderSearchForm("", { compact: true })}
<article class="ark" lang="${model.lang}" aria-labelledby="ark-tittel">
  <header class="ark-topp">
    <p class="kicker">${model.title}</p>
    <h1 id="ark-tittel">${model.subtitle}</h1>
    <p class="identitet">${model.identity}</p>
    ${toHit(record).otherNames.length > 0 ? html`<p class="navn" lang="nb">Navn: ${renderName(record)}</p>` : ""}
    ${model.sampleNotice ? html`<p class="ark-eksempel">${model.sampleNotice}</p>` : ""}
  </header>
  <div class="handlinger" lang="nb">
    <h2 class="skjult">Last ned</h2>
    <ul class="knapper">
      ${(["nb", "nn"] as const).map(
        (lang) =>
          html`<li><a class="knapp${lang === input.ownLang ? " knapp-hoved" : ""}" href="${pdfPathOf(record, lang)}" download data-pdf="${lang}">Last ned PDF <span>(${LANG_NAMES[lang]})</span></a></li>`,
      )}
      <li><button class="knapp knapp-stille" type="button" data-skriv-ut hidden>Skriv ut siden</button></li>
    </ul>
    <p class="merknad">Kommunens målform: ${WRITTEN_FORMS[record.writtenForm]}. Siden viser arket på ${LANG_NAMES[model.lang]}; <a href="/kommune/${record.code}${other === input.ownLang ? "" : `?lang=${other}`}">vis det på ${LANG_NAMES[other]}</a>.</p>
  </div>
  <section class="seksjon" aria-labelledby="nokkeltall">
    <h2 id="nokkeltall">${words.keyFigures}</h2>
    <ul class="nokkeltall">
      ${model.keyFigures.map(
        (figure) => html`<li data-nokkeltall>
        <span class="etikett">${figure.label}</span>
        <span class="verdi">${figure.value}</span>
        <span class="detalj">${figure.detail}</span>
      </li>`,
      )}
    </ul>
  </section>
  ${
    model.keyFindings.length === 0
      ? ""
      : html`<section class="seksjon" aria-labelledby="hovedfunn">
    <h2 id="hovedfunn">${model.keyFindingsHeading}</h2>
    <ul class="funn">
      ${model.keyFindings.map((finding) => html`<li>${finding.text}</li>`)}
    </ul>
  </section>`
  }
  ${model.sections.map(
    (section) => html`<section class="seksjon" aria-labelledby="seksjon-${section.id}">
    <h2 id="seksjon-${section.id}">${section.heading}</h2>
    ${section.lead ? html`<p class="ledd">${section.lead}</p>` : ""}
    <div class="blokker">
      ${section.blocks.map((block, index) => renderBlock(block, `${section.id}-${index}`, input, words))}
    </div>
  </section>`,
  )}
  ${
    model.footnotes.length === 0
      ? ""
      : html`<section class="seksjon slutt" aria-labelledby="fotnoter">
    <h2 id="fotnoter">${model.footnotesHeading}</h2>
    <ol class="fotnoter">
      ${model.footnotes.map((note) => html`<li id="fotnote-${note.number}" value="${note.number}">${note.text}</li>`)}
    </ol>
  </section>`
  }
  <section class="seksjon slutt" aria-labelledby="kilder">
    <h2 id="kilder">${model.sourcesHeading}</h2>
    <ul class="kilder">
      ${model.sources.map((source) => html`<li>${source}</li>`)}
    </ul>
  </section>
</article>
${renderNeighbours(record, input.neighbours)}`;
  return renderLayout({
    title: `${record.shortName} – ${model.title}`,
    body,
    isSample: model.isSample,
    dataYear: input.dataYear,
    description: `${model.subtitle}: nøkkeltall, diagrammer og faktaark som PDF.`,
  });
}

type Words = (typeof WORDS)[Lang];

function renderBlock(block: Block, id: string, input: MunicipalityPageInput, words: Words): Html {
  if (block.kind === "chart") {
    const png = figurePathOf(input.record, input.model.lang, block.id);
    return renderChart(block, id, input.charts.get(block) ?? "", png, words);
  }
  if (block.kind === "table") return renderTable(block, id, words);
  return renderText(block);
}

function renderFootnoteRefs(numbers: readonly number[]): Html {
  return html`${numbers.map((n) => html`<sup><a href="#fotnote-${n}" aria-label="fotnote ${n}">${n}</a></sup>`)}`;
}

function renderSource(block: Block): Html {
  if (!block.source && block.footnotes.length === 0) return html``;
  return html`<p class="kilde">${block.source}${renderFootnoteRefs(block.footnotes)}</p>`;
}

function renderChart(block: ChartBlock, id: string, svg: string, png: string, words: Words): Html {
  return html`<figure class="blokk spenn-${block.span}" aria-labelledby="blokk-${id}">
  <figcaption id="blokk-${id}" class="blokk-tittel">${block.title}</figcaption>
  ${
    block.span === 2
      ? // On a phone a full-width chart keeps a legible size and scrolls sideways; the frame takes focus so the
        // keyboard can scroll it too.
        html`<div class="diagram-ramme" role="region" tabindex="0" aria-label="${block.title}"><div class="diagram" role="img" aria-label="${block.alt}">${raw(svg)}</div></div>`
      : html`<div class="diagram" role="img" aria-label="${block.alt}">${raw(svg)}</div>`
  }
  ${renderSource(block)}
  <p class="figur-fil"><a href="${png}" download data-figur="${block.id}">${words.downloadFigure}<span class="skjult"> «${block.title}»</span> (PNG)</a></p>
  <details class="beskrivelse">
    <summary>${words.describe}</summary>
    <p>${block.alt}</p>
  </details>
</figure>`;
}

function renderTable(block: TableBlock, id: string, words: Words): Html {
  const align = (index: number) => (block.numeric[index] ? ` class="tall"` : "");
  return html`<div class="blokk spenn-${block.span}">
  <div class="tabell-ramme" role="region" aria-labelledby="blokk-${id}" tabindex="0">
    <table>
      <caption id="blokk-${id}" class="blokk-tittel"><span class="skjult">${words.table}: </span>${block.title}</caption>
      <thead><tr>${block.columns.map((column, index) => html`<th scope="col"${raw(align(index))}>${column}</th>`)}</tr></thead>
      <tbody>
        ${block.rows.map(
          (row, rowIndex) =>
            html`<tr${rowIndex === block.highlightRow ? raw(' class="uthevet"') : ""}>${row.map((cell, index) =>
              index === 0 ? html`<th scope="row">${cell}</th>` : html`<td${raw(align(index))}>${cell}</td>`,
            )}</tr>`,
        )}
      </tbody>
    </table>
  </div>
  ${renderSource(block)}
</div>`;
}

function renderText(block: TextBlock): Html {
  return html`<div class="blokk tekst spenn-${block.span}">
  <h3 class="blokk-tittel">${block.title}</h3>
  ${block.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
  ${renderSource(block)}
</div>`;
}

function renderNeighbours(record: MunicipalityRecord, neighbours: readonly MunicipalityRecord[]): Html {
  if (neighbours.length === 0) return html``;
  return html`<nav class="fylket" aria-labelledby="fylket">
  <h2 id="fylket">Andre kommuner i ${record.county.name}</h2>
  <ul class="kommuneliste">
    ${neighbours.map((neighbour) => html`<li><a href="/kommune/${neighbour.code}">${neighbour.shortName}</a></li>`)}
  </ul>
</nav>`;
}
