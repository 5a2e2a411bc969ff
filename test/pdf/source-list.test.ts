// The source list on the last page: links printed whole, and only SSB's quoted titles tagged as bokmål.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ChartRenderer } from "../../src/charts/renderer.js";
import { renderSheetPdf } from "../../src/pdf/render.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import type { SheetModel } from "../../src/sheet/model.js";
import { makeTestInput } from "../sheet/fixture.js";

const dir = mkdtempSync(join(tmpdir(), "faktaark-sources-"));
const nynorsk = buildSheetModel(makeTestInput({ lang: "nn" }));
let file = "";

beforeAll(async () => {
  file = join(dir, "nn.pdf");
  writeFileSync(file, (await renderSheetPdf(nynorsk, await ChartRenderer.create())).pdf);
});

/** The /Lang of every structure element, by its type, from qpdf's JSON. */
function languagesByType(path: string): [string, string][] {
  const json = JSON.parse(execFileSync("qpdf", ["--json=2", "--json-key=qpdf", path], { encoding: "utf8" })) as {
    qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
  };
  return Object.values(json.qpdf[1]).flatMap(({ value }) =>
    typeof value?.["/S"] === "string" && typeof value["/Lang"] === "string"
      ? [[value["/S"], value["/Lang"].replace(/^u:/, "")] as [string, string]]
      : [],
  );
}

const ssbEntries = (model: SheetModel) => model.sourceEntries.filter((entry) => entry.url !== "");

describe("the source list", () => {
  it("prints each Statistikkbanken link whole: after the entry's last words when it fits there, else below them", () => {
    const lines = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).split("\n");
    const links = lines.filter((line) => line.includes("ssb.no") || line.includes("https:"));
    expect(links.length).toBe(ssbEntries(nynorsk).length);
    for (const line of links) expect(line).toMatch(/(^|\. )https:\/\/www\.ssb\.no\/statbank\/table\/\d{5}\/$/);
  });

  it("makes each Statistikkbanken address a link to itself, over the printed address, inside a Link element", () => {
    execFileSync("qpdf", ["--check", file]); // throws on errors and warnings
    const objects = JSON.parse(execFileSync("qpdf", ["--json=2", "--json-key=qpdf", file], { encoding: "utf8" }))
      .qpdf[1];
    const value = (ref: unknown) => objects[`obj:${ref}`]?.value as Record<string, unknown> | undefined;
    const links = Object.values(objects as Record<string, { value?: Record<string, unknown> }>).flatMap(
      ({ value: v }) => (v?.["/Subtype"] === "/Link" ? [v] : []),
    );
    const uris = links.map((link) => String(value(link["/A"])?.["/URI"]).replace(/^u:/, ""));
    expect([...uris].sort()).toEqual(
      ssbEntries(nynorsk)
        .map((entry) => entry.url)
        .sort(),
    );
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const pages = Number(info.match(/^Pages:\s+(\d+)/m)![1]);
    const height = Number(info.match(/^Page size:\s+[\d.]+ x ([\d.]+)/m)![1]);
    for (const [index, link] of links.entries()) {
      // The text inside the annotation's rectangle (PDF points from the bottom; pdftotext crops from the top).
      const [x1, y1, x2, y2] = (link["/Rect"] as number[]).map(Number) as [number, number, number, number];
      const box = { x: x1, y: height - y2, W: x2 - x1, H: y2 - y1 };
      const crop = Object.entries(box).flatMap(([flag, n]) => [`-${flag}`, String(Math.round(n))]);
      const printed = execFileSync("pdftotext", ["-f", String(pages), "-l", String(pages), ...crop, file, "-"], {
        encoding: "utf8",
      });
      expect(printed.trim()).toBe(uris[index]);
    }
    const structure = execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" });
    const tagged = [...structure.matchAll(/Link \(inline\)\n\s+"(https:[^"]+)"\n\s+Object \d+ 0\n/g)].map((m) => m[1]);
    expect(tagged.sort()).toEqual([...uris].sort());
  });

  it("keeps the text it had as one line, for the web page and the JSON", () => {
    expect(nynorsk.sources).toContain(
      "SSB, tabell 07459: Tabell 07459 (2000–2025). https://www.ssb.no/statbank/table/07459/",
    );
    expect(nynorsk.sources).toContain("Husbanken: Startlån, bustøtte og tilskot per kommune og år (2020–2024)");
  });

  it("marks only SSB's quoted titles as bokmål on a nynorsk sheet, the sheet's own words as nynorsk", () => {
    const marked = nynorsk.sourceEntries.flatMap((entry) => entry.parts.filter((part) => part.lang !== null));
    expect(marked.map((part) => part.text)).toEqual(
      ssbEntries(nynorsk).map(() => expect.stringMatching(/^Tabell \d{5}$/)),
    );
    expect(new Set(marked.map((part) => part.lang))).toEqual(new Set(["nb-NO"]));
    const own = nynorsk.sourceEntries.flatMap((entry) => entry.parts.filter((part) => part.lang === null));
    expect(own.map((part) => part.text).join("")).toContain("Husbanken: Startlån, bustøtte og tilskot");

    const tagged = languagesByType(file).filter(([, lang]) => lang === "nb-NO");
    expect(tagged).toEqual(marked.map(() => ["/Span", "nb-NO"]));
  });

  it("marks nothing on a bokmål sheet", () => {
    const bokmal = buildSheetModel(makeTestInput({ lang: "nb" }));
    expect(bokmal.sourceEntries.flatMap((entry) => entry.parts).every((part) => part.lang === null)).toBe(true);
  });
});
