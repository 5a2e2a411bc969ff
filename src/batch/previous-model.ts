// A stored sheet model of last year's edition (`--forrige`), read as `unknown` and reduced to what this year's sheet
// compares with: the numbers behind its key figures and the kinds of its findings. Pure: a field that is not what
// it should be is named with the file, never guessed at (a display text is never read back as a number).
import type { Figure, KeyFigureId } from "../sheet/model.js";
import { KEY_FIGURE_IDS } from "../sheet/model.js";
import type { PreviousFigure, PreviousFinding, PreviousSheet } from "../sheet/previous.js";
import type { Sign } from "../sheet/statements.js";
import * as message from "./messages.js";

/** A model written by a faktaark from before `--forrige`: the whole folder must be made again, not one sheet. */
export class OlderModelError extends Error {}

type Fields = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isYear = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 1900;

/** The parts of a stored model `--forrige` compares with; throws an Error naming `file` and the field. */
export function reducePreviousModel(model: unknown, file: string): PreviousSheet {
  const fail = (field: string, expected: string, found: unknown): never => {
    throw new Error(message.previousModelField(file, field, expected, found));
  };
  if (!isObject(model)) return fail("arkmodellen", "et JSON-objekt", model);
  const { municipality, dataYear, keyFigures, keyFindings } = model;
  if (!Array.isArray(keyFigures)) return fail("keyFigures", "en liste", keyFigures);
  if (!Array.isArray(keyFindings)) return fail("keyFindings", "en liste", keyFindings);
  // The models of a faktaark before the section existed: figures as display text only, findings as plain text.
  const old = keyFigures.some((figure) => isObject(figure) && !("figures" in figure));
  if (old || keyFindings.some((finding) => typeof finding === "string"))
    throw new OlderModelError(message.previousModelOld(file));
  if (!isObject(municipality)) return fail("municipality", "et objekt", municipality);
  if (typeof municipality.code !== "string") return fail("municipality.code", "et kommunenummer", municipality.code);
  if (typeof municipality.shortName !== "string")
    return fail("municipality.shortName", "et navn", municipality.shortName);
  if (!isYear(dataYear)) return fail("dataYear", "et årstall", dataYear);
  return {
    code: municipality.code,
    name: municipality.shortName,
    dataYear,
    keyFigures: keyFigures.map((figure, index) => reduceFigure(figure, `keyFigures[${index}]`, fail)),
    findings: keyFindings.map((finding, index) => reduceFinding(finding, `keyFindings[${index}]`, fail)),
  };
}

type Fail = (field: string, expected: string, found: unknown) => never;

function reduceFigure(keyFigure: unknown, at: string, fail: Fail): PreviousFigure {
  if (!isObject(keyFigure)) return fail(at, "et objekt", keyFigure);
  const { id, figures } = keyFigure;
  if (!KEY_FIGURE_IDS.includes(id as KeyFigureId)) return fail(`${at}.id`, `en av ${KEY_FIGURE_IDS.join(", ")}`, id);
  if (!Array.isArray(figures) || figures.length === 0) return fail(`${at}.figures`, "en liste med tall", figures);
  return { id: id as KeyFigureId, figure: reduceNumber(figures[0], `${at}.figures[0]`, fail) };
}

/** A stored Figure, every field checked: it is printed again under this year's figure and written to the workbook. */
function reduceNumber(figure: unknown, at: string, fail: Fail): Figure {
  if (!isObject(figure)) return fail(at, "et objekt", figure);
  const { label, region, regionCode, value, symbol, unit, decimals, year, fromYear, source, url } = figure;
  const text = (name: string, found: unknown): string =>
    typeof found === "string" ? found : fail(`${at}.${name}`, "en tekst", found);
  if (value !== null && !(typeof value === "number" && Number.isFinite(value)))
    return fail(`${at}.value`, "et tall eller null", value);
  if (symbol !== undefined && typeof symbol !== "string") return fail(`${at}.symbol`, "et av SSBs symboler", symbol);
  if (!(Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= 4))
    return fail(`${at}.decimals`, "et antall desimaler fra 0 til 4", decimals);
  if (year !== null && !isYear(year)) return fail(`${at}.year`, "et årstall eller null", year);
  if (fromYear !== undefined && !(isYear(fromYear) && year !== null && fromYear < (year as number)))
    return fail(`${at}.fromYear`, "et årstall før year", fromYear);
  return {
    label: text("label", label),
    region: text("region", region),
    regionCode: text("regionCode", regionCode),
    value,
    ...(symbol === undefined ? {} : { symbol }),
    unit: text("unit", unit),
    decimals: decimals as number,
    year,
    ...(fromYear === undefined ? {} : { fromYear }),
    source: text("source", source),
    url: text("url", url),
  };
}

function reduceFinding(finding: unknown, at: string, fail: Fail): PreviousFinding {
  if (!isObject(finding)) return fail(at, "et objekt", finding);
  const { id, signs } = finding;
  if (typeof id !== "string" || id === "") return fail(`${at}.id`, "navnet på funnet", id);
  if (!Array.isArray(signs) || !signs.every((sign) => sign === -1 || sign === 0 || sign === 1))
    return fail(`${at}.signs`, "en liste med −1, 0 og 1", signs);
  return { id, signs: signs as Sign[] };
}
