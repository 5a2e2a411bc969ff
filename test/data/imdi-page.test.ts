// IMDi's page «Nøkkeltall bosetting ÅÅÅÅ» on hand-made pages in its real shape (headings, a county table, one table
// per county, IMDi's column headers): names become municipality numbers through the county's table, and every
// cell that is not a whole number or «:» is refused with the place it was found.
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/data/read-dataset.js";
import { fakeDir } from "./fake-dir.js";

const HEADERS = [
  "Antall personer kommunen har blitt anmodet om &aring; bosette:",
  "Antall personer kommunen har vedtatt &aring; bosette:",
  "Antall bosatte personer:",
  "Antall bosatte personer med kollektiv beskyttelse:",
];

const table = (first: string, rows: readonly (readonly string[])[]): string =>
  `<table border="1">\n<thead>\n<tr>\n${[first, ...HEADERS].map((h) => `<th>${h}</th>`).join("\n")}\n</tr>\n</thead>\n<tbody>\n${rows
    .map((row) => `<tr>\n${row.map((cell) => `<td style="text-align: center;">${cell}</td>`).join("\n")}\n</tr>`)
    .join("\n")}\n</tbody>\n</table>`;

/** A page for `year`: `counties` are [county, rows of name and settled] (the other columns are filled in). */
function page(year: number, counties: readonly [string, readonly [string, string][]][], counted = ""): string {
  const sections = counties.map(
    ([county, rows]) =>
      `<h3><a id="${county}"></a>${county} - oversikt over bosettingen i ${year}</h3>\n${table(
        "Kommune",
        rows.map(([name, settled]) => [name, "30", "avventer vedtak", settled, ":"]),
      )}`,
  );
  return `<!DOCTYPE html>\n<html lang="no">\n<head><title>N&oslash;kkeltall bosetting ${year} | IMDi</title></head>\n<body>\n<h1>Nøkkeltall bosetting ${year}</h1>\n<h2>Oversikt over bosettingen i kommunene i ${year}${counted}</h2>\n${sections.join("\n")}\n</body>\n</html>\n`;
}

async function read(files: Record<string, string>) {
  const raw = await readDataset("/data", fakeDir(files));
  const cells = raw.tables.flatMap((t) => t.observations.map((o) => [o.region, o.year, o.value]));
  const problems = raw.diagnostics.map(({ severity, at, message }) => ({ severity, at, message }));
  return { cells, problems, raw };
}

describe("IMDi's settlement page", () => {
  it("reads the settled column by name and county, keeps «:» and tells same-named municipalities apart by table", async () => {
    const html = page(2024, [
      [
        "Akershus",
        [
          ["Nes (Ak.)", "143"],
          ["B&aelig;rum", "334"],
        ],
      ],
      [
        "Møre og Romsdal",
        [
          ["Herøy", "12"],
          ["Ålesund", ":"],
        ],
      ],
      ["Nordland", [["Herøy", "7"]]],
      ["Finnmark", [["Kautokeino", "1 024"]]],
    ]);
    const { cells, problems } = await read({ "imdi/2024.html": html });
    expect(problems).toEqual([]);
    expect(cells).toEqual([
      ["3228", 2024, 143],
      ["3201", 2024, 334],
      ["1515", 2024, 12],
      ["1508", 2024, ":"],
      ["1818", 2024, 7],
      ["5612", 2024, 1024],
    ]);
  });

  it("reads a page of 2022 in the counties of 2020–2023, with Ålesund as the old municipality before Haram was split off", async () => {
    const html = page(2022, [
      [
        "Viken",
        [
          ["Våler (Viken)", "20"],
          ["Nes (Ak.)", "40"],
        ],
      ],
      ["Innlandet", [["Våler (Hedm.)", "41"]]],
      ["Møre og Romsdal", [["Ålesund", "300"]]],
    ]);
    const { cells, problems } = await read({ "imdi/2022.html": html });
    expect(problems).toEqual([]);
    expect(cells).toEqual([
      ["3114", 2022, 20],
      ["3228", 2022, 40],
      ["3419", 2022, 41],
      ["1507", 2022, 300],
    ]);
  });

  it("refuses a settled number that is not a whole number or «:», naming the file, line, county, municipality and column", async () => {
    const html = page(2024, [
      [
        "Telemark",
        [
          ["Porsgrunn", "12,5"],
          ["Skien", "avventer"],
        ],
      ],
    ]);
    const { cells, raw } = await read({ "imdi/2024.html": html });
    expect(cells).toEqual([]);
    expect(raw.diagnostics).toEqual([
      {
        severity: "error",
        region: "4001",
        file: "imdi/2024.html",
        at: "linje 19",
        message:
          "tabellen for Telemark, Porsgrunn, kolonnen «Antall bosatte personer:»: forventet et helt antall eller «:» (skjermet), fant «12,5»",
      },
      {
        severity: "error",
        region: "4003",
        file: "imdi/2024.html",
        at: "linje 26",
        message:
          "tabellen for Telemark, Skien, kolonnen «Antall bosatte personer:»: forventet et helt antall eller «:» (skjermet), fant «avventer»",
      },
    ]);
    expect(raw.regionErrors.get("4001")).toContain("fant «12,5»");
  });

  it("refuses a name not in the table's county, naming the file, line, county and name", async () => {
    const html = page(2024, [
      [
        "Telemark",
        [
          ["Porsgrunn", "12"],
          ["Herøy", "5"],
        ],
      ],
    ]);
    const { cells, problems } = await read({ "imdi/2024.html": html });
    expect(cells).toEqual([["4001", 2024, 12]]);
    expect(problems).toEqual([
      {
        severity: "error",
        at: "linje 26",
        message:
          "tabellen for Telemark: forventet en kommune i Telemark (kommunelisten, KLASS 131), fant «Herøy»; raden er ikke lest",
      },
    ]);
  });

  it("refuses a name that fits two municipalities of the table's county, naming both numbers", async () => {
    // A register (KLASS 131) with two municipalities of one name in Telemark: IMDi's name cannot tell them apart.
    const codes = [
      { code: "4001", name: "Porsgrunn" },
      { code: "4090", name: "Nes (Telemark)" },
      { code: "4091", name: "Nes" },
    ].map((c) => ({
      ...c,
      parentCode: null,
      level: "1",
      shortName: "",
      presentationName: "",
      validFrom: null,
      validTo: null,
      notes: "",
    }));
    const html = page(2024, [
      [
        "Telemark",
        [
          ["Porsgrunn", "12"],
          ["Nes (Te.)", "8"],
        ],
      ],
    ]);
    const { cells, problems } = await read({
      "klass/131.json": JSON.stringify({ codes }),
      "imdi/2024.html": html,
    });
    expect(cells).toEqual([["4001", 2024, 12]]);
    expect(problems).toEqual([
      {
        severity: "error",
        at: "linje 26",
        message:
          "tabellen for Telemark: forventet ett kommunenavn, fant «Nes (Te.)» som passer 4090 og 4091; raden er ikke lest",
      },
    ]);
  });

  it("refuses a county table without the settled column, naming the headers it found, and a page with no table read", async () => {
    const html = page(2024, [["Telemark", [["Porsgrunn", "12"]]]]).replace("Antall bosatte personer:", "Bosatte:");
    const { cells, problems } = await read({ "imdi/2024.html": html });
    expect(cells).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      "tabellen for Telemark: forventet kolonnene «Kommune» (eller «Fylke») og «Antall bosatte personer:», fant «Kommune», «Antall personer kommunen har blitt anmod…», «Antall personer kommunen har vedtatt å b…», «Bosatte:», «Antall bosatte personer med kollektiv be…»; tabellen er ikke lest",
      "forventet en tabell per fylke under «Oversikt over bosettingen i kommunene i 2024», fant ingen som kunne leses",
    ]);
  });

  it("does not read a page whose figures were counted in its own year: the year is still running", async () => {
    const html = page(2026, [["Telemark", [["Porsgrunn", "12"]]]], " (oppdatert 28. september)");
    const { cells, problems } = await read({ "imdi/2026.html": html });
    expect(cells).toEqual([]);
    expect(problems).toEqual([
      {
        severity: "warning",
        at: "linje 6",
        message:
          "IMDis side for 2026 har tall «oppdatert 28. september»: året pågår, så siden er ikke lest (et år telles først når det er avsluttet)",
      },
    ]);
  });

  it("reads a complete year whose count is dated the year after, and the country as the sum of a county table covering every county", async () => {
    const counties = [
      "Agder",
      "Akershus",
      "Buskerud",
      "Finnmark",
      "Innlandet",
      "Møre og Romsdal",
      "Nordland",
      "Oslo",
      "Rogaland",
      "Telemark",
      "Troms",
      "Trøndelag",
      "Vestfold",
      "Vestland",
      "Østfold",
    ];
    const countyTable = `<h3>Oversikt over bosettingen i fylkene i 2024 (tall per 15. januar 2025)</h3>\n${table(
      "Fylke",
      counties.map((county, i) => [county, "1", "1", String(100 + i), "1"]),
    )}`;
    const html = page(2024, [["Telemark", [["Porsgrunn", "12"]]]], " (tall per 15. januar 2025)").replace(
      "<h2>Oversikt over bosettingen i kommunene",
      `${countyTable}\n<h2>Oversikt over bosettingen i kommunene`,
    );
    const { cells, problems } = await read({ "imdi/2024.html": html });
    expect(problems).toEqual([]);
    expect(cells).toContainEqual(["40", 2024, 109]);
    expect(cells).toContainEqual(["0", 2024, counties.reduce((sum, _, i) => sum + 100 + i, 0)]);
    expect(cells).toContainEqual(["4001", 2024, 12]);
  });
});
