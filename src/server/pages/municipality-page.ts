// GET /kommune/:knr: the sheet as a web page — the same key figures, findings, charts and tables as the PDF,
// drawn from the same sheet model — with the downloads, a form to compare it with others, and the county's other
// municipalities.
import { html, raw } from "hono/html";
import type { MunicipalityRecord, WrittenForm } from "../../model/record.js";
import type { Lang } from "../../sheet/format.js";
import type { Block, ChartBlock, SheetModel, TableBlock, TextBlock } from "../../sheet/model.js";
import { countWord, MAX_COMPARED } from "../compare-request.js";
import type { OldCode } from "../old-codes.js";
import { comparePathOf, pathOf, pdfPathOf, workbookPathOf } from "../paths.js";
import { toHit } from "../search.js";
import { renderChartBelow, renderChartFrame } from "./chart-frame.js";
import { renderCompareForm } from "./compare-form.js";
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
  /** Every municipality, for the compare form's list of names. */
  readonly records: readonly MunicipalityRecord[];
  /** The ended number the visitor asked for, which led here (/kommune/5401 → /kommune/5501?fra=5401). */
  readonly movedFrom: OldCode | null;
  /** The language the municipality's own sheet is in: the page offers the other one as a switch. */
  readonly ownLang: Lang;
  readonly dataYear: number;
}

/** The few words the page adds around the model, in the sheet's language. */
const WORDS: Readonly<Record<Lang, { keyFigures: string; table: string }>> = {
  nb: { keyFigures: "Nøkkeltall", table: "Tabell" },
  nn: { keyFigures: "Nøkkeltal", table: "Tabell" },
};

const LANG_NAMES: Readonly<Record<Lang, string>> = { nb: "bokmål", nn: "nynorsk" };

const WRITTEN_FORMS: Readonly<Record<WrittenForm, string>> = {
  nb: "bokmål",
  nn: "nynorsk",
  neutral: "nøytral (arket lages på bokmål)",
};

export function renderMunicipalityPage(input: MunicipalityPageInput): Html {
  const { model, record } = input;
  const words = WORDS[model.lang];
  const other: Lang = model.lang === "nb" ? "nn" : "nb";
  const body = html`<nav class="sti" aria-label="Du er her">
  <a href="/">Alle kommuner</a> <span aria-hidden="true">›</span> <span>${record.county.name}</span> <span aria-hidden="true">›</span> <span aria-current="page">${record.shortName}</span>
</nav>
${input.movedFrom ? renderMovedNote(input.movedFrom, record) : ""}
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
      <li><a class="knapp" href="${workbookPathOf(record, model.lang)}" download data-xlsx="${model.lang}">Last ned Excel <span>(${LANG_NAMES[model.lang]})</span></a></li>
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
${renderCompare(input)}
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
  if (block.kind === "chart") return renderChart(block, id, input);
  if (block.kind === "table") return renderTable(block, id, input.record, words);
  return renderText(block);
}

function renderFootnoteRefs(numbers: readonly number[]): Html {
  return html`${numbers.map((n) => html`<sup><a href="#fotnote-${n}" aria-label="fotnote ${n}">${n}</a></sup>`)}`;
}

function renderSource(block: Block): Html {
  if (!block.source && block.footnotes.length === 0) return html``;
  return html`<p class="kilde">${block.source}${renderFootnoteRefs(block.footnotes)}</p>`;
}

function renderChart(block: ChartBlock, id: string, input: MunicipalityPageInput): Html {
  const { record, model } = input;
  return html`<figure class="blokk spenn-${block.span}" aria-labelledby="blokk-${id}">
  <figcaption id="blokk-${id}" class="blokk-tittel">${block.title}</figcaption>
  ${renderChartFrame(block, input.charts.get(block) ?? "", model.lang)}
  ${renderChartBelow({ record, lang: model.lang, block, source: renderSource(block) })}
</figure>`;
}

function renderTable(block: TableBlock, id: string, record: MunicipalityRecord, words: Words): Html {
  const align = (index: number) => (block.numeric[index] ? ` class="tall"` : "");
  // A row that stands for another municipality links to its sheet.
  const rowHeader = (cell: string, rowIndex: number) => {
    const code = block.rowMunicipalities?.[rowIndex];
    return code === undefined || code === record.code ? html`${cell}` : html`<a href="/kommune/${code}">${cell}</a>`;
  };
  return html`<div class="blokk spenn-${block.span}">
  <div class="tabell-ramme" role="region" aria-labelledby="blokk-${id}" tabindex="0">
    <table>
      <caption id="blokk-${id}" class="blokk-tittel"><span class="skjult">${words.table}: </span>${block.title}</caption>
      <thead><tr>${block.columns.map((column, index) => html`<th scope="col"${raw(align(index))}>${column}</th>`)}</tr></thead>
      <tbody>
        ${block.rows.map(
          (row, rowIndex) =>
            html`<tr${rowIndex === block.highlightRow ? raw(' class="uthevet"') : ""}>${row.map((cell, index) =>
              index === 0
                ? html`<th scope="row">${rowHeader(cell, rowIndex)}</th>`
                : html`<td${raw(align(index))}>${cell}</td>`,
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

function renderMovedNote(old: OldCode, record: MunicipalityRecord): Html {
  return html`<p class="flyttet" role="note">Kommunenummer ${old.code} (${old.name}) er ikke lenger i bruk. Området hører nå til ${record.code} ${record.shortName}.</p>`;
}

/** The comparison municipalities of the sheet, as its comparison table lists them (the sheet's own row first). */
function comparisonCodes(model: SheetModel): readonly string[] {
  for (const section of model.sections)
    for (const block of section.blocks)
      if (block.kind === "table" && block.rowMunicipalities) return block.rowMunicipalities;
  return [];
}

function renderCompare(input: MunicipalityPageInput): Html {
  const { record, model } = input;
  const byCode = new Map(input.records.map((other) => [other.code, other]));
  const codes = comparisonCodes(model);
  const chosen = codes.slice(0, MAX_COMPARED).flatMap((code) => byCode.get(code) ?? []);
  const others = chosen.length - 1;
  const label =
    others === 1
      ? "Sammenlign med sammenligningskommunen"
      : codes.length > chosen.length
        ? `Sammenlign med de ${countWord(others)} første sammenligningskommunene`
        : "Sammenlign med sammenligningskommunene";
  return html`<section class="sammenlign-start" lang="nb">
  ${renderCompareForm({ heading: `Sammenlign ${record.shortName} med andre kommuner`, records: input.records, fixed: record, lang: model.lang })}
  ${chosen.length > 1 ? html`<p><a class="knapp" href="${comparePathOf(chosen, model.lang)}">${label}</a></p>` : ""}
</section>`;
}

function renderNeighbours(record: MunicipalityRecord, neighbours: readonly MunicipalityRecord[]): Html {
  if (neighbours.length === 0) return html``;
  return html`<nav class="fylket" aria-labelledby="fylket">
  <h2 id="fylket">Andre kommuner i ${record.county.name}</h2>
  <ul class="kommuneliste">
    ${neighbours.map((neighbour) => html`<li><a href="${pathOf(neighbour)}">${neighbour.shortName}</a></li>`)}
  </ul>
</nav>`;
}
