// The frame every page shares: head, site header, the sample-data notice, main content and footer.
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface LayoutOptions {
  readonly title: string;
  readonly isSample: boolean;
  readonly dataYear: number;
  readonly body: Html;
  /** A `<meta name="description">`. */
  readonly description?: string;
}

export function renderLayout(options: LayoutOptions): Html {
  return html`<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : ""}
<link rel="preload" href="/static/fonter/source-sans-3-regular.ttf" as="font" type="font/ttf" crossorigin>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/faktaark.css">
<script src="/static/sok.js" defer></script>
</head>
<body>
<a class="hopp" href="#innhold">Hopp til innholdet</a>
<header class="topp">
  <div class="ramme">
    <a class="merke" href="/">Faktaark <span>sosial boligpolitikk</span></a>
    <nav class="meny" aria-label="Sider">
      <ul>
        <li><a href="/">Finn kommune</a></li>
        <li><a href="/sammenlign">Sammenlign</a></li>
        <li><a href="/rangering">Rangering</a></li>
      </ul>
    </nav>
  </div>
</header>
${
  options.isSample
    ? html`<p class="eksempel" role="note"><strong>Eksempeldata</strong> – tallene er laget for å vise løsningen, ikke offisielle tall fra SSB eller Husbanken.</p>`
    : ""
}
<main id="innhold" class="ramme">
${options.body}
</main>
<footer class="bunn">
  <div class="ramme">
    <p>Data: Statistisk sentralbyrå (SSB) og Husbanken, datagrunnlag ${options.dataYear}${options.isSample ? " (eksempeldata)" : ""}. Faktaarkene lages med de samme tallene som PDF-ene.</p>
  </div>
</footer>
</body>
</html>`;
}

/** The page as one string; the templates here never hold promises, so this never waits. */
export async function toHtmlString(page: Html): Promise<string> {
  return (await page).toString();
}
