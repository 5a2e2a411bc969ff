// What `faktaark verify` says about a sheet, in Norwegian: what it found, quoting the sheet's own words.
import { formatNumber, formatPercent } from "../sheet/format.js";

const quote = (text: string) => `«${text.length > 90 ? `${text.slice(0, 87)}…` : text}»`;

export const notPrinted = (text: string) => `teksten ${quote(text)} står ikke hel i PDF-en (mangler eller er klippet)`;
export const cutOff = () => "en tekst er klippet («…» som arkmodellen ikke har)";
export const leak = (found: string, sentence: string) => `«${found}» står inne i setningen ${quote(sentence)}`;
export const signed = (sentence: string) => `et tall med fortegn står inne i setningen ${quote(sentence)}`;
export const untraced = (sentence: string) =>
  `setningen ${quote(sentence)} har tall eller retningsord, men arkmodellen sier ikke hva de bygger på`;
export const numberNotGiven = (number: string, sentence: string) =>
  `tallet ${number} i ${quote(sentence)} er ikke blant tallene setningen ble laget av`;
export const unknownWord = (word: string, sentence: string) =>
  `retningsordet «${word}» i ${quote(sentence)} er ukjent for kontrollen`;
export const wrongDirection = (word: string, value: number, sentence: string) =>
  `«${word}» i ${quote(sentence)} står ved en endring eller forskjell på ${formatNumber(value, 2)}`;
export const directionWithoutFigure = (word: string, sentence: string) =>
  `«${word}» i ${quote(sentence)} har ikke noe tall bak seg (skriv det med {{dir}} i malen)`;
export const noSource = (title: string) => `figuren eller tabellen ${quote(title)} har ingen kildelinje`;
export const sourceElsewhere = (title: string) =>
  `kildelinjen til ${quote(title)} står ikke på samme side som figuren eller tabellen`;
export const emptyChart = (title: string) => `figuren ${quote(title)} har ingen tall (bare null eller manglende)`;
export const offPage = (text: string) => `teksten ${quote(text)} går utenfor siden`;
export const emptyPage = (share: number, limit: number) =>
  `${formatPercent(share * 100, 0)} av siden står tom under innholdet (grensen er ${formatPercent(limit * 100, 0)})`;
