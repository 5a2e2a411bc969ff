// GET /sammenlign?k=…&k=…: two to four municipalities side by side — their key figures in one table and each chart
// of their sheets next to the others' — all from the same sheet models and chart views as the sheets themselves.
// Side by side on a laptop; on a phone the table scrolls sideways in its box and the charts stand one under another.
import { html } from "hono/html";
import type { MunicipalityRecord } from "../../model/record.js";
import { listChartBlocks } from "../../sheet/chart-blocks.js";
import type { Lang } from "../../sheet/format.js";
import type { ChartBlock, ChartId, KeyFigure, SheetModel, TextBlock } from "../../sheet/model.js";
import { CHART_IDS } from "../../sheet/model.js";
import { comparePathOf, pathOf, pdfPathOf } from "../paths.js";
import { renderChartBelow, renderChartFrame } from "./chart-frame.js";
import { renderCompareForm } from "./compare-form.js";
import { type Html, renderLayout } from "./layout.js";

export interface ComparedSheet {
  readonly record: MunicipalityRecord;
  readonly model: SheetModel;
  /** The SVG of each chart block, by the block object. */
  readonly charts: ReadonlyMap<ChartBlock, string>;
}

export interface ComparePageInput {
  /** Two to four sheets, in the order asked for; empty for the page with the form alone. */
  readonly sheets: readonly ComparedSheet[];
  readonly lang: Lang;
  /** Every municipality, for the form's list of names. */
  readonly records: readonly MunicipalityRecord[];
  /** What the form's fields held, when the request could not be compared. */
  readonly asked?: readonly string[];
  /** Why the request could not be compared. */
  readonly error?: string;
  readonly isSample: boolean;
  readonly dataYear: number;
}

const WORDS: Readonly<
  Record<
    Lang,
    { keyFigures: string; charts: string; missing: string; scrollTable: string; noChart: (name: string) => string }
  >
> = {
  nb: {
    keyFigures: "Nøkkeltall",
    charts: "Figurer",
    missing: "«..» betyr at arket for kommunen ikke har tallet.",
    scrollTable: "Dra sidelengs for å se alle kommunene",
    noChart: (name) => `Arket for ${name} har ikke denne figuren.`,
  },
  nn: {
    keyFigures: "Nøkkeltal",
    charts: "Figurar",
    missing: "«..» betyr at arket for kommunen ikkje har talet.",
    scrollTable: "Dra sidelengs for å sjå alle kommunane",
    noChart: (name) => `Arket for ${name} har ikkje denne figuren.`,
  },
};

const LANG_NAMES: Readonly<Record<Lang, string>> = { nb: "bokmål", nn: "nynorsk" };

export function renderComparePage(input: ComparePageInput): Html {
  const { sheets } = input;
  const names = sheets.map((sheet) => sheet.record.shortName);
  const title = sheets.length > 0 ? `Sammenligning: ${joinNames(names)}` : "Sammenlign kommuner";
  const body = html`<nav class="sti" aria-label="Du er her">
  <a href="/">Alle kommuner</a> <span aria-hidden="true">›</span> <span aria-current="page">Sammenlign</span>
</nav>
<h1>${title}</h1>
${input.error ? html`<p class="feil" role="alert">${input.error}</p>` : ""}
${sheets.length > 0 ? renderComparison(input) : ""}
${renderCompareForm({
  heading: sheets.length > 0 ? "Velg andre kommuner" : "Velg kommunene",
  records: input.records,
  values: input.asked ?? names,
  lang: input.lang,
})}`;
  return renderLayout({
    title: `${title} – Faktaark`,
    body,
    isSample: input.isSample,
    dataYear: input.dataYear,
    description: "Nøkkeltall og figurer for to til fire kommuner side om side.",
  });
}

/** "Tromsø og Bergen", "Tromsø, Bergen og Bodø". */
function joinNames(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} og ${names.at(-1)}`;
}

function renderComparison(input: ComparePageInput): Html {
  const { sheets, lang } = input;
  const words = WORDS[lang];
  const other: Lang = lang === "nb" ? "nn" : "nb";
  const records = sheets.map((sheet) => sheet.record);
  return html`<div class="handlinger">
  <p class="merknad">Nøkkeltall og figurer fra faktaarkene ${input.dataYear}, på ${LANG_NAMES[lang]}. Hver figur er den samme som på kommunens eget ark. <a href="${comparePathOf(records, other)}">Vis på ${LANG_NAMES[other]}</a>.</p>
  <h2 class="skjult">Last ned</h2>
  <ul class="knapper">
    ${sheets.map(
      ({ record }) =>
        html`<li><a class="knapp" href="${pdfPathOf(record, lang)}" download>Last ned PDF <span>for ${record.shortName}</span></a></li>`,
    )}
  </ul>
</div>
<div class="sammenligning" lang="${lang}">
  ${renderKeyFigures(sheets, lang)}
  <section class="seksjon" aria-labelledby="figurer">
    <h2 id="figurer">${words.charts}</h2>
    ${chartIdsOf(sheets).map((id) => renderChartRow(sheets, id, lang))}
  </section>
</div>`;
}

/** One row per key figure any of the sheets has, in the order the sheets give them. */
function renderKeyFigures(sheets: readonly ComparedSheet[], lang: Lang): Html {
  const words = WORDS[lang];
  const labels = [...new Set(sheets.flatMap((sheet) => sheet.model.keyFigures.map((figure) => figure.label)))];
  const find = (sheet: ComparedSheet, label: string): KeyFigure | undefined =>
    sheet.model.keyFigures.find((figure) => figure.label === label);
  const anyMissing = labels.some((label) => sheets.some((sheet) => !find(sheet, label)));
  return html`<section class="seksjon" aria-labelledby="nokkeltall">
  <h2 id="nokkeltall">${words.keyFigures}</h2>
  ${sheets.length > 2 ? html`<p class="rulle-hint" aria-hidden="true">${words.scrollTable} <span>→</span></p>` : ""}
  <div class="tabell-ramme" role="region" aria-labelledby="nokkeltall" tabindex="0">
    <table class="nokkeltabell kolonner-${sheets.length}">
      <thead><tr><td></td>${sheets.map(({ record }) => html`<th scope="col"><a href="${pathOf(record)}?lang=${lang}">${record.shortName}</a></th>`)}</tr></thead>
      <tbody>
        ${labels.map(
          (label) => html`<tr data-nokkeltall>
          <th scope="row">${label}</th>
          ${sheets.map((sheet) => {
            const figure = find(sheet, label);
            return figure
              ? html`<td><span class="verdi">${figure.value}</span> <span class="detalj">${figure.detail}</span></td>`
              : html`<td><span class="verdi">..</span></td>`;
          })}
        </tr>`,
        )}
      </tbody>
    </table>
  </div>
  ${anyMissing ? html`<p class="kilde">${words.missing}</p>` : ""}
</section>`;
}

/** The charts any of the sheets has, in the order a sheet has them. */
function chartIdsOf(sheets: readonly ComparedSheet[]): ChartId[] {
  const present = new Set(sheets.flatMap((sheet) => listChartBlocks(sheet.model).map((block) => block.id)));
  return CHART_IDS.filter((id) => present.has(id));
}

/** Where a sheet has no chart, it says why in a text block under the chart's title ("Det ble ikke satt i gang eller
 * fullført noen boliger …", "Tallene er skjermet …"): that text stands in the chart's place here too. */
function renderInstead(sheet: ComparedSheet, title: string, lang: Lang): Html {
  const name = sheet.record.shortName;
  const text = sheet.model.sections
    .flatMap((section) => section.blocks)
    .find((block): block is TextBlock => block.kind === "text" && block.title === title);
  return html`<div class="blokk mangler" data-kommune="${sheet.record.code}">
  <p class="blokk-tittel">${name}</p>
  ${text ? text.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`) : html`<p>${WORDS[lang].noChart(name)}</p>`}
  ${text ? renderSource(sheet.model, text) : ""}
</div>`;
}

/** The block's source line and the text of its footnotes: the page does not show a sheet's footnote list. */
function renderSource(model: SheetModel, block: ChartBlock | TextBlock): Html {
  const notes = model.footnotes.filter((note) => block.footnotes.includes(note.number));
  return html`${block.source ? html`<p class="kilde">${block.source}</p>` : ""}${notes.map((note) => html`<p class="kilde">${note.text}</p>`)}`;
}

function renderChartRow(sheets: readonly ComparedSheet[], id: ChartId, lang: Lang): Html {
  const blocks = sheets.map((sheet) => listChartBlocks(sheet.model).find((block) => block.id === id));
  const shown = blocks.filter((block) => block !== undefined);
  const heading = shown[0]?.title ?? id;
  const wide = shown.some((block) => block.span === 2);
  // A full-width chart would be too small four abreast: two to a row at most.
  const columns = wide ? Math.min(sheets.length, 2) : sheets.length;
  return html`<section class="figurgruppe" aria-labelledby="figur-${id}">
  <h3 id="figur-${id}">${heading}</h3>
  <div class="figurrad kolonner-${columns}">
    ${sheets.map((sheet, index) => {
      const block = blocks[index];
      const name = sheet.record.shortName;
      if (!block) return renderInstead(sheet, heading, lang);
      // A title that differs from the row's heading (another year) is said beside the name.
      const caption = block.title === heading ? name : `${name}: ${block.title}`;
      const source = renderSource(sheet.model, block);
      return html`<figure class="blokk" data-kommune="${sheet.record.code}">
      <figcaption class="blokk-tittel">${caption}</figcaption>
      ${renderChartFrame(block, sheet.charts.get(block) ?? "", lang)}
      ${renderChartBelow({ record: sheet.record, lang, block, source, of: name })}
    </figure>`;
    })}
  </div>
</section>`;
}
