// Builds the sheet model of one municipality in one language: the last pure stage before rendering.
import { type NameForm, splitNameForms } from "../model/name-forms.js";
import { compareWithPrevious } from "./changes.js";
import type { SheetInput, UsedSource } from "./context.js";
import { SheetContext } from "./context.js";
import { formatYearSpan } from "./format.js";
import { buildKeyFigures, buildKeyFindings } from "./key-figures.js";
import type { SheetModel, SourceEntry } from "./model.js";
import { buildComparisonSection } from "./sections/comparison.js";
import { buildConstructionSection } from "./sections/construction.js";
import { buildHousingSection } from "./sections/housing.js";
import { buildHusbankenSection } from "./sections/husbanken.js";
import { buildLivingConditionsSection } from "./sections/living-conditions.js";
import { buildPopulationSection } from "./sections/population.js";
import { buildProjectionSection } from "./sections/projection.js";
import { isSsbTable, statbankUrl } from "./ssb-tables.js";
import { loadSheetTexts, type SheetTexts } from "./texts.js";

export function buildSheetModel(input: SheetInput, texts: SheetTexts = loadSheetTexts(input.lang)): SheetModel {
  const ctx = new SheetContext(input, texts);
  const { record, dataset } = input;
  const year = dataset.dataYear;
  const { keyFigures, keyFindings, changes } = compareWithPrevious(ctx, buildKeyFigures(ctx), buildKeyFindings(ctx));
  const sections = [
    buildPopulationSection(ctx),
    buildHousingSection(ctx),
    buildLivingConditionsSection(ctx),
    buildConstructionSection(ctx),
    buildProjectionSection(ctx),
    buildHusbankenSection(ctx),
    buildComparisonSection(ctx),
  ].map((section) => ({ ...section, continuedHeading: ctx.t("continuedHeading", { heading: section.heading }) }));
  const sourceEntries = [...ctx.sources.values()]
    .sort((a, b) => a.source.table.localeCompare(b.source.table) || a.source.file.localeCompare(b.source.file))
    .map((used) => buildSourceEntry(ctx, used));
  const sources = sourceEntries.map((entry) =>
    [entry.parts.map((part) => part.text).join(""), entry.url].filter(Boolean).join(" "),
  );
  const title = ctx.t("title", { year });
  // The heading and the identity line give the municipality's full official name, Sami and Kven forms included.
  const subtitleParts = buildNameLine(ctx, "subtitle");
  const identityParts = buildNameLine(ctx, "identity");
  const officialName = splitNameForms(record.code, record.name, record.shortName)
    .map((form) => form.text)
    .join(" – ");
  return {
    lang: input.lang,
    municipality: {
      code: record.code,
      name: record.name,
      shortName: record.shortName,
      county: input.county.shortName,
    },
    dataYear: year,
    isSample: dataset.isSample,
    title,
    subtitle: subtitleParts.map((part) => part.text).join(""),
    subtitleParts,
    identity: identityParts.map((part) => part.text).join(""),
    identityParts,
    sampleNotice: dataset.isSample ? ctx.t("sampleNotice") : "",
    keyFigures,
    keyFindingsHeading: ctx.t("keyFindingsHeading"),
    keyFindings,
    changes,
    sections,
    footnotesHeading: ctx.t("footnotesHeading"),
    footnotes: ctx.footnotes.map((text, index) => ({ number: index + 1, text })),
    sourcesHeading: ctx.t("sourcesHeading"),
    sources,
    sourceEntries,
    statements: ctx.statements,
    footer: ctx.t("footer", { year }),
    pdf: {
      title: `${title}: ${officialName}`,
      subject: ctx.t("pdfSubject", { year }),
      keywords: ctx.t("pdfKeywords", { code: record.code }),
      author: input.publisher,
      creationDate: `${year}-01-01T00:00:00Z`,
    },
  };
}

/** SSB writes its table titles in bokmål; a sheet in another written form quotes them as they are. */
const SSB_TITLE_LANG = "nb-NO";

/**
 * One line of the source list, in pieces: the template's words in the sheet's language, SSB's title in bokmål, and
 * the link apart. The title and the link go through the template as markers, so the template decides where they
 * stand and the pieces are cut where it put them.
 */
function buildSourceEntry(ctx: SheetContext, { source, years }: UsedSource): SourceEntry {
  const TITLE = "\uE000t\uE000";
  const URL = "\uE000u\uE000";
  const ssb = isSsbTable(source.table);
  const line = ctx.t("sourceLine", {
    publisher: source.publisher,
    table: ssb ? source.table : "",
    // SSB's own title is quoted as SSB writes it; other sources are described in the sheet's language.
    title: ssb ? TITLE : ctx.t(`sourceTitles.${source.table}`),
    years: formatYearSpan(years),
    url: ssb ? URL : "",
  });
  const [words = "", afterUrl = ""] = line.split(URL);
  const titleLang = ctx.input.lang === "nb" ? null : SSB_TITLE_LANG;
  const parts = words
    .trimEnd()
    .split(TITLE)
    .flatMap((text, index) => [
      ...(index > 0 ? [{ text: source.title, lang: titleLang }] : []),
      ...(text ? [{ text, lang: null }] : []),
    ]);
  const url = line.includes(URL) ? `${statbankUrl(source.table)}${afterUrl}`.trim() : "";
  return { parts, url };
}

/** The text at `key` with the municipality's and county's full official names, each form tagged with its language. */
function buildNameLine(ctx: SheetContext, key: "subtitle" | "identity"): NameForm[] {
  const { record, county } = ctx.input;
  const MUNICIPALITY = "\uE000m\uE000";
  const COUNTY = "\uE000c\uE000";
  const line = ctx.t(key, { name: MUNICIPALITY, county: COUNTY, code: record.code });
  const forms = (code: string, name: string, norwegian: string): NameForm[] =>
    splitNameForms(code, name, norwegian).flatMap((form, index) =>
      index === 0 ? [form] : [{ text: " – ", lang: null }, form],
    );
  const countyNorwegian = county.name.split(" - ")[0] ?? county.name;
  return line
    .split(/(\uE000[mc]\uE000)/)
    .filter((piece) => piece.length > 0)
    .flatMap((piece) => {
      if (piece === MUNICIPALITY) return forms(record.code, record.name, record.shortName);
      if (piece === COUNTY) return forms(county.code, county.name, countyNorwegian);
      return [{ text: piece, lang: null }];
    });
}
