// A settled number from one of IMDi's pages «Nøkkeltall bosetting ÅÅÅÅ», read here independently of faktaark's reader:
// the «Antall bosatte personer» cell (fourth column) of a name's row in a county's table, or of a county in the county
// table.
import { readFileSync } from "node:fs";

const decode = (html: string): string =>
  html.replace(/&aring;/g, "å").replace(/&oslash;/g, "ø").replace(/&aelig;/g, "æ").replace(/<[^>]+>/g, "").trim();

/** The rows of the table under the heading that starts with `heading`, as cell texts. */
function rowsUnder(path: string, heading: string): string[][] {
  const html = readFileSync(path, "utf8");
  const start = html.split(/<h[23]>/).find((part) => decode(part.split("</h")[0] ?? "").startsWith(heading));
  if (start === undefined) throw new Error(`no heading «${heading}» in ${path}`);
  const body = start.slice(start.indexOf("<tbody>"), start.indexOf("</tbody>"));
  return body
    .split("<tr>")
    .slice(1)
    .map((row) => [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((match) => decode(match[1] ?? "")));
}

/** `name`'s settled cell in `county`'s table: a number, or ":" as IMDi writes it. */
export function settledOnPage(path: string, county: string, name: string): number | string {
  const row = rowsUnder(path, `${county} - oversikt`).find((cells) => cells[0] === name);
  if (row === undefined) throw new Error(`${name} not in ${county}'s table in ${path}`);
  const cell = row[3] as string;
  return cell === ":" ? cell : Number(cell);
}

/** Every county's settled number in the page's county table. */
export function countiesOnPage(path: string): Map<string, number> {
  return new Map(rowsUnder(path, "Oversikt over bosettingen i fylkene").map((cells) => [cells[0]!, Number(cells[3])]));
}
