// The search field: a plain form that works without JavaScript (GET /?q=), which sok.js turns into a combobox
// that lists municipalities while one types.
import { html } from "hono/html";
import type { Html } from "./layout.js";

export function renderSearchForm(query = "", options: { compact?: boolean; autofocus?: boolean } = {}): Html {
  return html`<form class="sok${options.compact ? " sok-kompakt" : ""}" action="/" method="get" role="search" data-sok>
  <label for="sok">Søk etter kommune</label>
  <p class="hint" id="sok-hint">Skriv navn eller kommunenummer, for eksempel «Tromsø», «tromso» eller «5501».</p>
  <div class="sok-rad">
    <input id="sok" name="q" type="search" value="${query}" maxlength="100" autocomplete="off" spellcheck="false"
      aria-describedby="sok-hint"${options.autofocus ? html` autofocus` : ""}>
    <button type="submit">Søk</button>
  </div>
</form>`;
}
