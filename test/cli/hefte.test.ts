// `faktaark hefte` as a user runs it: one PDF for a county (Telemark, 40: 17 municipalities), read back the way a
// reader, a PDF viewer and an archive would: the contents' page numbers, the links and bookmarks, the tagging.
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliResult, copySample, makeTempDir, runCli } from "./run-cli.js";

const TELEMARK = [
  "Porsgrunn",
  "Skien",
  "Notodden",
  "Siljan",
  "Bamble",
  "Kragerø",
  "Drangedal",
  "Nome",
  "Midt-Telemark",
  "Seljord",
  "Hjartdal",
  "Tinn",
  "Kviteseid",
  "Nissedal",
  "Fyresdal",
  "Tokke",
  "Vinje",
];

type PdfDocument = Awaited<ReturnType<typeof getDocument>["promise"]>;
type Destination = readonly unknown[];

let run: CliResult;
let file = "";
let pages: string[] = [];

/** The PDF's dictionaries, from qpdf's JSON. */
function readObjects(path: string): Record<string, unknown>[] {
  const json = JSON.parse(
    execFileSync("qpdf", ["--json=2", "--json-key=qpdf", path], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    }),
  ) as {
    qpdf: [unknown, Record<string, { value?: unknown }>];
  };
  return Object.values(json.qpdf[1]).flatMap((object) =>
    typeof object.value === "object" && object.value !== null ? [object.value as Record<string, unknown>] : [],
  );
}

/** Each page's text as pdftotext lays it out, no-break spaces folded. */
function pageTexts(path: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  return text
    .replace(/[\u00a0\u202f]/g, " ")
    .split("\f")
    .slice(0, -1);
}

/** The contents' entries as printed: the label and the page number at the end of its line. */
function readContents(page: string): [string, number][] {
  return page.split("\n").flatMap((line): [string, number][] => {
    const match = /^(\S.*?)\s{2,}(\d+)$/.exec(line.trim());
    return match ? [[match[1] as string, Number(match[2])]] : [];
  });
}

async function openPdf(path: string): Promise<PdfDocument> {
  return getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false, verbosity: 0 }).promise;
}

/** The 1-based page a destination (an outline item's, a link's) goes to. */
async function pageOf(pdf: PdfDocument, dest: Destination | string | null): Promise<number> {
  const explicit = typeof dest === "string" ? await pdf.getDestination(dest) : dest;
  return (await pdf.getPageIndex(explicit?.[0] as Parameters<PdfDocument["getPageIndex"]>[0])) + 1;
}

beforeAll(async () => {
  const out = await makeTempDir("hefte");
  run = await runCli(["hefte", "--fylke", "40", "--out", out]);
  file = join(out, "2026", "hefter", "faktaark-2026-telemark.pdf");
  pages = pageTexts(file);
});

describe("faktaark hefte --fylke 40", () => {
  it("writes one PDF with the county's 17 sheets, checked against their models, and says where", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^Skrev ${file}: ${pages.length} sider, 17 ark, \\d+,\\d MB, på \\d+,\\d s\\.\\n$`),
    );
    // A sheet's first page says so in its own footer.
    const firstPages = pages.filter((page) => /side 1 av \d/.test(page));
    expect(firstPages).toHaveLength(17);
    expect(pages[0]).toContain("Faktaark 2026 – Telemark");
    expect(pages[0]).toContain("Bolig og befolkning i 17 kommuner");
    for (const name of TELEMARK) expect(pages[0]).toContain(name);
  });

  it("gives in the contents the page each part starts on, and prints that number at the foot of the page", () => {
    const contents = readContents(pages[1] as string);
    expect(contents.map(([label]) => label)).toEqual(["Sammendrag og rangering", ...TELEMARK]);
    const [, overview] = contents[0] as [string, number];
    expect(pages[overview - 1]).toMatch(/^\s*Sammendrag og rangering$/m);
    for (const [name, number] of contents.slice(1)) {
      const page = pages[number - 1] as string;
      // The sheet's title (bokmål or nynorsk) and its first page's footer, with the booklet's page number between
      // the municipality's number and the sheet's own "side 1 av 4".
      expect(page, name).toMatch(new RegExp(`(Bolig og befolkning|Bustader og innbyggjarar) i ${name}\\n`));
      expect(page, name).toMatch(new RegExp(`\\n\\s*\\d{4}\\s+${number}\\s+Faktaark 2026 · ${name} · side 1 av \\d`));
    }
  });

  it("links each contents entry to its page, and has a bookmark for every part with the sheet's sections under it", async () => {
    const pdf = await openPdf(file);
    const contents = readContents(pages[1] as string);
    const links = (await (await pdf.getPage(2)).getAnnotations()).filter((a) => a.subtype === "Link");
    // The label and the page number are each a link.
    expect(links).toHaveLength(2 * contents.length);
    const targets = await Promise.all(links.map((link) => pageOf(pdf, link.dest as Destination)));
    expect(targets).toEqual(contents.flatMap(([, number]) => [number, number]));

    const outline = await pdf.getOutline();
    expect(outline.map((item) => item.title)).toEqual(["Forside", "Innhold", "Sammendrag og rangering", ...TELEMARK]);
    const starts = await Promise.all(outline.map((item) => pageOf(pdf, item.dest as Destination)));
    expect(starts).toEqual([1, 2, ...contents.map(([, number]) => number)]);
    const porsgrunn = outline[3]?.items.map((item) => item.title);
    expect(porsgrunn).toEqual(expect.arrayContaining(["Viktigste funn", "Befolkning", "Kilder"]));
    const vinje = outline.at(-1)?.items.map((item) => item.title);
    expect(vinje).toEqual(expect.arrayContaining(["Viktigaste funn", "Folkesetnad", "Kjelder"]));
    await pdf.destroy();
  });

  it("is tagged, with each sheet a part in its own language, and identifies itself as PDF/A-2a", async () => {
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/^Tagged:\s+yes$/m);
    const structure = execFileSync("pdfinfo", ["-struct", file], { encoding: "utf8" });
    const parts = structure.match(/^ {2}Part "[^"]+"$/gm) ?? [];
    expect(parts).toHaveLength(17);
    expect(structure).toMatch(/^ {2}Sect "Innhold"\n {4}H1 \(block\)\n {4}P \(block\)\n {4}TOC\n {6}TOCI\n/m);
    const bytes = (await readFile(file)).toString("latin1");
    expect(bytes).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(bytes).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    const objects = readObjects(file);
    expect(objects.find((object) => object["/Type"] === "/Catalog")?.["/Lang"]).toBe("u:nb-NO");
    // Vinje writes nynorsk: its part says so, while the booklet around it is bokmål.
    const languages = new Map(
      objects.filter((object) => object["/S"] === "/Part").map((part) => [part["/T"], part["/Lang"] ?? null]),
    );
    expect(languages.get("u:Bustader og innbyggjarar i Vinje")).toBe("u:nn-NO");
    expect(languages.get("u:Bolig og befolkning i Porsgrunn")).toBeNull();
  });
});

describe("faktaark hefte: a municipality whose sheet cannot be made", () => {
  it("is named, left out and listed in the contents, and the run ends with 1", async () => {
    const data = await copySample();
    const husbanken = join(data, "husbanken", "husbanken-virkemidler.csv");
    const lines = (await readFile(husbanken, "utf8")).trimEnd().split("\n");
    const siljan = lines.find((line) => line.includes(";4010;")) as string;
    await writeFile(husbanken, `${[...lines, siljan].join("\n")}\n`);
    const out = await makeTempDir("hefte");
    const list = join(out, "liste.csv");
    await writeFile(list, "kommune\n4001\nSiljan\n# en kommentar\n\nskien\n");
    const result = await runCli([
      "hefte",
      "--kommuner",
      list,
      "--data",
      data,
      "--out",
      out,
      "--tittel",
      "Nedre Telemark",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^IKKE MED 4010 Siljan: feil i datagrunnlaget: husbanken\/husbanken-virkemidler\.csv/,
    );
    const texts = pageTexts(join(out, "2026", "hefter", "nedre-telemark.pdf"));
    expect(readContents(texts[1] as string).map(([label]) => label)).toEqual([
      "Sammendrag og rangering",
      "Porsgrunn",
      "Skien",
    ]);
    expect(texts[1]).toMatch(/Ikke med i heftet\n\s*Siljan \(4010\): arket kunne ikke lages\./);
    // The summary and the ranking are of the three asked for; the cover lists the two sheets.
    expect(texts[2]).toMatch(/De 3 kommunene i utvalget hadde til sammen/);
    expect(texts[0]).toContain("Bolig og befolkning i 2 kommuner");
    expect(texts.filter((page) => /side 1 av \d/.test(page))).toHaveLength(2);
  });

  it("names the list's file and line for a name that is no municipality, wants one way of choosing and a title fit for PDF/A", async () => {
    const out = await makeTempDir("hefte");
    const list = join(out, "liste.csv");
    await writeFile(list, "4001\nTrondhjem\n");
    const unknown = await runCli(["hefte", "--kommuner", list, "--out", out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      new RegExp(`^faktaark: ${list}, linje 2: Fant ingen kommune som heter «Trondhjem»\\.`),
    );
    const both = await runCli(["hefte", "--fylke", "40", "--kommuner", list, "--out", out]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      "faktaark: Si hvilke kommuner heftet skal ha: --fylke NR eller --kommuner FIL (én av dem).\n",
    );
    const unsafe = await runCli(["hefte", "--fylke", "40", "--tittel", "Bolig & omsorg", "--out", out]);
    expect(unsafe.code).toBe(2);
    expect(unsafe.stderr).toBe(
      "faktaark: --tittel kan ikke inneholde <, > eller & (tittelen skrives uendret inn i PDF/A-metadataene), fant «Bolig & omsorg».\n",
    );
  });
});
