// IMDi's settlement pages for `faktaark fetch`: the hub «Bosettingstall» links one page «Nøkkeltall bosetting ÅÅÅÅ» per
// year (https://www.imdi.no/bosetting/bosettingstall/, TABLES.md §10); every page it links is saved as it is, for the
// reader (src/data/imdi-page.ts). IMDi has no API, so the links are read from the hub, not guessed.
import { parse } from "parse5";
import { elementsIn } from "../data/imdi-page.js";

export const DEFAULT_IMDI_URL = "https://www.imdi.no";
/** The catalogue's id for IMDi's figures, as `--tables` names it. */
export const IMDI_TABLE = "imdi-bosetting";

const HUB_PATH = "/bosetting/bosettingstall/";
const PAGE_PATH = /^(?:https?:\/\/[^/]+)?\/bosetting\/bosettingstall\/nokkeltall-bosetting-(\d{4})\/?$/;

export const hubUrl = (base: string): string => `${base}${HUB_PATH}`;
export const pageUrl = (base: string, year: number): string => `${base}${HUB_PATH}nokkeltall-bosetting-${year}/`;
const DIR = "imdi";
export const pageFile = (year: number): string => `${DIR}/nokkeltall-bosetting-${year}.html`;
/** The pages' files together, for the log when the hub could not be read. */
export const PAGE_FILES = `${DIR}/nokkeltall-bosetting-*.html`;
export const PAGE_DIR = DIR;

/** The years the hub links a page «nokkeltall-bosetting-ÅÅÅÅ» for, ascending, each once. */
export function findSettlementYears(html: string): number[] {
  const years = elementsIn(parse(html), "a").flatMap((link) => {
    const href = link.attrs.find((attr) => attr.name === "href")?.value.trim() ?? "";
    const year = PAGE_PATH.exec(href)?.[1];
    return year === undefined ? [] : [Number(year)];
  });
  return [...new Set(years)].sort((a, b) => a - b);
}
