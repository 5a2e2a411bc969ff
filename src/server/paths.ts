// The addresses the pages link to, made in one place so every link matches a route of app.ts.
import type { MunicipalityRecord } from "../model/record.js";
import type { Lang } from "../sheet/format.js";

export function pathOf(record: MunicipalityRecord): string {
  return `/kommune/${record.code}`;
}

export function pdfPathOf(record: MunicipalityRecord, lang: Lang): string {
  return `/kommune/${record.code}/faktaark.pdf?lang=${lang}`;
}

/** The sheet's figures as an Excel workbook to download, in the written form `lang`. */
export function workbookPathOf(record: MunicipalityRecord, lang: Lang): string {
  return `/kommune/${record.code}/faktaark.xlsx?lang=${lang}`;
}

/** One chart of the sheet as a PNG to download (ChartBlock.id names it). */
export function figurePathOf(record: MunicipalityRecord, lang: Lang, id: string): string {
  return `/kommune/${record.code}/figur/${id}.png?lang=${lang}`;
}

/** The compare page for these municipalities, by number; bokmål unless `lang` says otherwise. */
export function comparePathOf(records: readonly MunicipalityRecord[], lang?: Lang): string {
  const query = records.map((record) => `k=${record.code}`);
  return `/sammenlign?${[...query, ...(lang === "nn" ? ["lang=nn"] : [])].join("&")}`;
}

/** The ranking of the whole country, or of one county. */
export function rankingPathOf(countyCode?: string): string {
  return countyCode === undefined ? "/rangering" : `/rangering?fylke=${countyCode}`;
}
