// A chart as inline SVG with what stands under it, the same on the sheet page and the compare page. A half-width
// chart scales to its box; a full-width one keeps a legible size on a phone and scrolls sideways inside its frame,
// with a line that says so (shown on narrow screens only, faktaark.css).
import { html, raw } from "hono/html";
import type { MunicipalityRecord } from "../../model/record.js";
import type { Lang } from "../../sheet/format.js";
import type { ChartBlock } from "../../sheet/model.js";
import { figurePathOf } from "../paths.js";
import type { Html } from "./layout.js";

const WORDS: Readonly<Record<Lang, { download: string; scroll: string; describe: string }>> = {
  nb: {
    download: "Last ned figur",
    scroll: "Dra sidelengs for å se hele figuren",
    describe: "Beskrivelse av diagrammet",
  },
  nn: {
    download: "Last ned figur",
    scroll: "Dra sidelengs for å sjå heile figuren",
    describe: "Skildring av diagrammet",
  },
};

export function renderChartFrame(block: ChartBlock, svg: string, lang: Lang): Html {
  const chart = html`<div class="diagram" role="img" aria-label="${block.alt}">${raw(svg)}</div>`;
  if (block.span !== 2) return chart;
  // The frame takes focus so the keyboard can scroll it too.
  return html`<div class="diagram-ramme" role="region" tabindex="0" aria-label="${block.title}">${chart}</div>
  <p class="rulle-hint" aria-hidden="true">${WORDS[lang].scroll} <span>→</span></p>`;
}

export interface ChartBelow {
  readonly record: MunicipalityRecord;
  readonly lang: Lang;
  readonly block: ChartBlock;
  /** The source line, with the footnotes as the page shows them. */
  readonly source: Html;
  /** Added to the download's text when a page shows the same chart for several municipalities. */
  readonly of?: string;
}

/** Under the chart: the sentence the PDF prints under it, the source, the PNG download as a button whose text says
 * what it downloads, and the chart's description. */
export function renderChartBelow({ record, lang, block, source, of }: ChartBelow): Html {
  const words = WORDS[lang];
  return html`${block.note ? html`<p class="figur-merknad">${block.note}</p>` : ""}
  ${source}
  <p class="figur-fil"><a href="${figurePathOf(record, lang, block.id)}" download data-figur="${block.id}" class="knapp knapp-liten">${words.download}<span class="skjult"> «${block.title}»${of ? `, ${of}` : ""}</span> (PNG)</a></p>
  <details class="beskrivelse">
    <summary>${words.describe}</summary>
    <p>${block.alt}</p>
  </details>`;
}
