// A stored sheet model of last year's edition (`--forrige`), read as `unknown` and reduced to what this year's sheet
// compares with: the numbers behind its key figures and the kinds of its findings. Pure: a field that is not what
// it should be is named with the file, never guessed at (a display text is never read back as a number).
import type { KeyFigureId } from "../sheet/model.js";
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
  const old = keyFigures.some((figure) => isObject(figure) && !("number" in figure));
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

function reduceFigure(figure: unknown, at: string, fail: Fail): PreviousFigure {
  if (!isObject(figure)) return fail(at, "et objekt", figure);
  const { id, number, format, years } = figure;
  if (!KEY_FIGURE_IDS.includes(id as KeyFigureId)) return fail(`${at}.id`, `en av ${KEY_FIGURE_IDS.join(", ")}`, id);
  if (number !== null && !(typeof number === "number" && Number.isFinite(number)))
    return fail(`${at}.number`, "et tall eller null", number);
  if (!isObject(format)) return fail(`${at}.format`, "et objekt", format);
  const { decimals, percent } = format;
  if (!(Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= 4))
    return fail(`${at}.format.decimals`, "et antall desimaler fra 0 til 4", decimals);
  if (typeof percent !== "boolean") return fail(`${at}.format.percent`, "true eller false", percent);
  if (years !== null) {
    if (!isObject(years) || !isYear(years.from) || !isYear(years.to) || years.from > years.to)
      return fail(`${at}.years`, "null eller { from, to } med årstall", years);
  }
  return {
    id: id as KeyFigureId,
    number,
    format: { decimals: decimals as number, percent },
    years: years === null ? null : { from: years.from as number, to: years.to as number },
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
