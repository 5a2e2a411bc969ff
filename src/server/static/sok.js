// Progressive enhancement of the search form: without this script the form submits to /?q= and the server lists
// the results. With it, the field is an ARIA combobox (the "list autocomplete" pattern of the WAI-ARIA Authoring
// Practices) that asks /api/sok while one types; arrow keys move through the list, Enter opens, Escape closes.
(() => {
  /** Milliseconds to wait after the last key before asking the server. */
  const DELAY = 120;

  for (const form of document.querySelectorAll("form[data-sok]")) enhance(form);
  for (const button of document.querySelectorAll("[data-skriv-ut]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }

  function enhance(form) {
    const input = form.querySelector('input[type="search"]');
    const row = form.querySelector(".sok-rad");
    if (!input || !row) return;
    const list = document.createElement("ul");
    list.id = `${input.id}-forslag`;
    list.className = "forslag-liste";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Kommuner som passer");
    list.hidden = true;
    row.append(list);
    const status = document.createElement("p");
    status.className = "skjult";
    status.setAttribute("role", "status");
    form.append(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    let hits = [];
    let active = -1;
    let timer = 0;
    let controller = null;

    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, DELAY);
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (hits.length === 0) return;
        event.preventDefault();
        if (list.hidden) show();
        move(event.key === "ArrowDown" ? 1 : -1);
      } else if (event.key === "Enter" && !list.hidden && hits.length > 0) {
        // Enter on the field without a chosen row opens the best match, as the list promises.
        event.preventDefault();
        open(hits[Math.max(active, 0)]);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        hide();
      }
    });
    input.addEventListener("blur", () => hide());
    // A click on a row must not take the focus from the field first (that would close the list).
    list.addEventListener("mousedown", (event) => event.preventDefault());
    list.addEventListener("click", (event) => {
      const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
      if (option) open(hits[Number(option.dataset.index)]);
    });

    async function search() {
      const query = input.value.trim();
      controller?.abort();
      if (query === "") {
        render(query, []);
        return;
      }
      controller = new AbortController();
      try {
        const response = await fetch(`/api/sok?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        });
        if (!response.ok) return;
        const body = await response.json();
        // An answer to an older query than what the field now holds is dropped.
        if (input.value.trim() === query) render(query, Array.isArray(body.results) ? body.results : []);
      } catch (error) {
        if (error?.name !== "AbortError") status.textContent = "Søket virket ikke. Trykk Søk-knappen.";
      }
    }

    function render(query, results) {
      hits = results;
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.replaceChildren(...hits.map(renderOption));
      if (query !== "" && hits.length === 0) {
        const empty = document.createElement("li");
        empty.className = "forslag-tom";
        empty.textContent = `Ingen kommune passer «${query}»`;
        list.append(empty);
      }
      status.textContent =
        query === ""
          ? ""
          : hits.length === 0
            ? "Ingen treff."
            : `${hits.length} treff. Bruk pil ned og opp for å velge, Enter for å åpne.`;
      if (query === "") hide();
      else show();
    }

    function renderOption(hit, index) {
      const option = document.createElement("li");
      option.id = `${list.id}-${index}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.index = String(index);
      const name = document.createElement("span");
      name.className = "treff-navn";
      name.textContent = hit.name;
      if (hit.otherNames.length > 0) {
        const other = document.createElement("span");
        other.className = "andre-navn";
        other.textContent = ` (${hit.otherNames.join(", ")})`;
        name.append(other);
      }
      const info = document.createElement("span");
      info.className = "treff-info";
      info.textContent = `${hit.code} · ${hit.county}`;
      option.append(name, " ", info);
      return option;
    }

    function move(step) {
      active = (active + step + hits.length) % hits.length;
      for (const option of list.querySelectorAll('[role="option"]')) {
        const selected = Number(option.dataset.index) === active;
        option.setAttribute("aria-selected", String(selected));
        if (selected) {
          input.setAttribute("aria-activedescendant", option.id);
          option.scrollIntoView({ block: "nearest" });
        }
      }
    }

    function show() {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function hide() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
      for (const option of list.querySelectorAll('[aria-selected="true"]'))
        option.setAttribute("aria-selected", "false");
    }

    function open(hit) {
      // Only the server's own municipality pages, whatever the answer held.
      if (hit && /^\/kommune\/\d{4}$/.test(hit.url)) window.location.assign(hit.url);
    }
  }
})();
