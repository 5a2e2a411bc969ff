// Builds the sheet model of one municipality in one language: the last pure stage before rendering.
import { type NameForm, splitNameForms } from "../model/name-forms.js";
import type { SheetInput } from "./context.js";
import { SheetContext } from "./context.js";
import { buildKeyFigures, buildKeyFindings } from "./key-figures.js";
import type { SheetModel } from "./model.js";
import { buildComparisonSection } from "./sections/comparison.js";
import { buildConstructionSection } from "./sections/construction.js";
import { buildHousingSection } from "./sections/housing.js";
import { buildHusbankenSection } from "./sections/husbanken.js";
import { buildPopulationSection } from "./sections/population.js";
import { buildProjectionSection } from "./sections/projection.js";
import { loadSheetTexts, type SheetTexts } from "./texts.js";

export function buildSheetModel(input: SheetInput, texts: SheetTexts = loadSheetTexts(input.lang)): SheetModel {
  const ctx = new SheetContext(input, texts);
  const { record, dataset } = input;
  const year = dataset.dataYear;
  const keyFigures = buildKeyFigures(ctx);
  const keyFindings = buildKeyFindings(ctx);
  const sections = [
    buildPopulationSection(ctx),
    buildHousingSection(ctx),
    buildConstructionSection(ctx),
    buildProjectionSection(ctx),
    buildHusbankenSection(ctx),
    buildComparisonSection(ctx),
  ];
  const sources = [...ctx.sources.values()]
    .sort((a, b) => a.table.localeCompare(b.table) || a.file.localeCompare(b.file))
    .map((source) =>
      ctx.t("sourceLine", {
        publisher: source.publisher,
        table: /^\d{5}$/.test(source.table) ? source.table : "",
        // SSB's titles go on to list every dimension (", etter region, kjønn, …"); the subject is enough here.
        title: source.title.split(", etter ")[0],
        file: source.file,
      }),
    );
  const title = ctx.t("title", { year });
  const identityParts = buildIdentity(ctx);
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
    subtitle: ctx.t("subtitle"),
    identity: identityParts.map((part) => part.text).join(""),
    identityParts,
    sampleNotice: dataset.isSample ? ctx.t("sampleNotice") : "",
    keyFigures,
    keyFindingsHeading: ctx.t("keyFindingsHeading"),
    keyFindings,
    sections,
    footnotesHeading: ctx.t("footnotesHeading"),
    footnotes: ctx.footnotes.map((text, index) => ({ number: index + 1, text })),
    sourcesHeading: ctx.t("sourcesHeading"),
    sources,
    footer: ctx.t("footer", { year }),
    pdf: {
      title: `${title}: ${record.shortName}`,
      subject: ctx.t("pdfSubject", { year }),
      keywords: ctx.t("pdfKeywords", { code: record.code }),
      author: ctx.t("author"),
      creationDate: `${year}-01-01T00:00:00Z`,
    },
  };
}

/** The identity line with the municipality's and county's full official names, each form tagged with its language. */
function buildIdentity(ctx: SheetContext): NameForm[] {
  const { record, county } = ctx.input;
  const MUNICIPALITY = "\uE000m\uE000";
  const COUNTY = "\uE000c\uE000";
  const line = ctx.t("identity", { name: MUNICIPALITY, county: COUNTY, code: record.code });
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
