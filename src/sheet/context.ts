// What a section builder gets: the municipality, its county and country, comparisons, the words, and the
// collectors that number footnotes and gather sources across the whole sheet.

import type { RegionRole } from "../charts/roles.js";
import type { ComparisonPool } from "../compare/rules.js";
import type { SourceRef } from "../data/types.js";
import type { IndicatorSource } from "../indicators/catalogue.js";
import type { GrowthClass } from "../indicators/growth-classes.js";
import type { MunicipalityRecord, Note } from "../model/record.js";
import { formatYearSpan, type Lang } from "./format.js";
import type { PreviousComparison } from "./previous.js";
import { isSsbTable } from "./ssb-tables.js";
import type { Statement } from "./statements.js";
import type { SheetTexts, TextContext } from "./texts.js";

/** One comparison municipality as the sheet needs it. */
export interface SheetNeighbour {
  readonly record: MunicipalityRecord;
  readonly distance: number;
  /** Labels (in the sheet's language) of the indicators that make it alike. */
  readonly alikeOn: readonly string[];
}

/** How the comparison municipalities were chosen, for the sentences that say so. */
export interface SheetComparison {
  /** The rule that chose the neighbours an adviser did not, and among which municipalities. */
  readonly pool: ComparisonPool;
  /** How many neighbours came from an adviser's list (data/config/sammenligning.csv); they come first. */
  readonly manual: number;
}

/** One indicator of the benchmark chart: standardised values (z) of the municipality and its comparisons. */
export interface SheetBenchmarkIndicator {
  readonly label: string;
  /** Where the municipality's own value came from, with the years it rests on. */
  readonly source: IndicatorSource | null;
  readonly values: readonly {
    readonly code: string;
    readonly name: string;
    readonly role: RegionRole;
    readonly z: number;
  }[];
}

/** An indicator that moves the score (see SheetRank.direction): the municipality's value against the mean of
 * municipalities it is ranked by. */
export interface SheetDriver {
  /** The indicator's label in the sheet's language. */
  readonly label: string;
  readonly value: number;
  /** The mean of all municipalities, each counting once (not the country as a whole). */
  readonly mean: number;
  readonly unit: string;
  readonly decimals: number;
  readonly source: IndicatorSource;
}

export interface SheetRank {
  readonly national: number;
  readonly nationalCount: number;
  readonly county: number;
  readonly countyCount: number;
  /** The score's side of the mean of municipalities: "up" (0 or above, larger challenges), or "down". */
  readonly direction: "up" | "down";
  /** The indicators that move the score most in its direction, largest first. */
  readonly drivers: readonly SheetDriver[];
  /** How many of the indicators the municipality has values for raise its score (lie on the challenge side). */
  readonly raisingCount: number;
  readonly indicatorCount: number;
}

export interface SheetInput {
  readonly record: MunicipalityRecord;
  readonly county: MunicipalityRecord;
  /** Oslo is its own county: then the county adds nothing beside the municipality and is left out. */
  readonly countyIsMunicipality: boolean;
  readonly country: MunicipalityRecord;
  readonly neighbours: readonly SheetNeighbour[] | null;
  readonly comparison: SheetComparison;
  readonly benchmark: readonly SheetBenchmarkIndicator[] | null;
  readonly rank: SheetRank | null;
  /** The municipality's growth class by data/config/vekstklasser.csv, or why it has none. */
  readonly growth: GrowthClass;
  readonly dataset: { readonly name: string; readonly isSample: boolean; readonly dataYear: number };
  /** The organisation that publishes the sheets (data/config/ark.csv), or null. */
  readonly publisher: string | null;
  /** Last year's sheet to show the changes since (`--forrige`), or null for a sheet without that section. */
  readonly previous: PreviousComparison | null;
  readonly lang: Lang;
}

/** Chart sizes in points: the sheet's grid has two columns. */
export const GRID = {
  columnWidth: 248,
  fullWidth: 511,
  /** A chart in the narrow column beside a wide table (Span "narrow"); the table takes the rest of the width. */
  narrowColumnWidth: 155,
  chartHeight: 122,
  wideChartHeight: 140,
} as const;

/** A source the sheet uses, with the years of its figures that the sheet shows. */
export interface UsedSource {
  readonly source: SourceRef;
  readonly years: Set<number>;
}

export class SheetContext {
  readonly footnotes: string[] = [];
  readonly sources = new Map<string, UsedSource>();
  /** The sentences with numbers or direction words, with what they rest on (see statements.ts). */
  readonly statements: Statement[] = [];
  /** The same, by their text: a clause given to another text as a value is found again here. */
  readonly #byText = new Map<string, Statement>();
  /** sourceName's words by publisher and table: a sheet names the same few tables for some 500 figures. */
  readonly #sourceNames = new Map<string, string>();

  constructor(
    readonly input: SheetInput,
    readonly texts: SheetTexts,
  ) {}

  get record(): MunicipalityRecord {
    return this.input.record;
  }

  get name(): string {
    return this.input.record.shortName;
  }

  /** The municipality, its county (unless they are the same) and the country, with the names the sheet prints
   * and their role in the charts. */
  regions(): { readonly record: MunicipalityRecord; readonly label: string; readonly role: RegionRole }[] {
    const { record, county, country, countyIsMunicipality } = this.input;
    return [
      { record, label: record.shortName, role: "municipality" },
      ...(countyIsMunicipality ? [] : [{ record: county, label: county.shortName, role: "county" as const }]),
      { record: country, label: this.t("regions.country"), role: "country" },
    ];
  }

  /** The municipality as its figures name it (the first of regions()). */
  ownRegion(): { readonly record: MunicipalityRecord; readonly label: string } {
    return { record: this.input.record, label: this.input.record.shortName };
  }

  /** The country as its figures name it (the last of regions()). */
  countryRegion(): { readonly record: MunicipalityRecord; readonly label: string } {
    return { record: this.input.country, label: this.t("regions.country") };
  }

  /** The names a chart's legend prints for the regions' roles (the params of the templates that colour by role). */
  regionNames(): { nameMunicipality: string; nameCounty: string; nameCountry: string } {
    return {
      nameMunicipality: this.name,
      nameCounty: this.input.county.shortName,
      nameCountry: this.t("regions.country"),
    };
  }

  t(key: string, context: TextContext = {}): string {
    return this.keep(this.texts.statement(key, { name: this.name, ...context }), context).text;
  }

  /**
   * Keeps a statement that has something to check: a number or a direction word. A clause made by another text
   * and given to this one as a value ("mellom 1 300 og 1 600 flere husholdninger") brings its direction words along.
   */
  keep(statement: Statement, context: TextContext = {}): Statement {
    const clauses = [...stringsIn(context)].flatMap((value) => {
      const clause = this.#byText.get(value) ?? this.#byText.get(value.charAt(0).toLowerCase() + value.slice(1));
      return clause && statement.text.includes(value) ? [clause] : [];
    });
    const kept: Statement =
      clauses.length === 0
        ? statement
        : { ...statement, directions: [...statement.directions, ...clauses.flatMap((clause) => clause.directions)] };
    if (kept.directions.length > 0 || /\d/.test(kept.text)) {
      this.statements.push(kept);
      this.#byText.set(kept.text, kept);
    }
    return kept;
  }

  /** Sentences printed as one paragraph: one statement holding what each rests on. */
  paragraph(sentences: readonly string[]): string {
    const parts = sentences.flatMap((sentence) => this.#byText.get(sentence) ?? []);
    const text = sentences.join(" ");
    this.keep({
      text,
      figures: [...new Set(parts.flatMap((part) => part.figures))],
      directions: parts.flatMap((part) => part.directions),
    });
    return text;
  }

  /** The number of a footnote, adding it the first time. */
  footnote(text: string): number {
    const index = this.footnotes.indexOf(text);
    if (index >= 0) return index + 1;
    this.footnotes.push(text);
    return this.footnotes.length;
  }

  /**
   * The source line under a block ("Kilde: SSB, tabell 05940 (2024–2025)"), recording the source for the list.
   * `years` are the years of the figures the block shows, never the window it looked in: a municipality formed in
   * 2024 has no numbers before it, and its source line must not claim any.
   */
  sourceLine(source: SourceRef, years: Iterable<number>): string {
    const key = `${source.publisher}|${source.table}|${source.file}`;
    const used = this.sources.get(key) ?? { source, years: new Set<number>() };
    const shown = [...years];
    for (const year of shown) used.years.add(year);
    this.sources.set(key, used);
    return this.t("source", {
      publisher: source.publisher,
      table: isSsbTable(source.table) ? source.table : "",
      years: formatYearSpan(shown),
    });
  }

  /** "SSB, tabell 07459", "SSB, KLASS 128", "Husbanken": a figure's source by its table number where the publisher
   * gives one (the other files' ids, "husbanken", are faktaark's own). */
  sourceName(source: Pick<SourceRef, "publisher" | "table">): string {
    const key = `${source.publisher}|${source.table}`;
    let name = this.#sourceNames.get(key);
    if (name === undefined) {
      name = this.texts.text("figureSource", {
        publisher: source.publisher,
        table: isSsbTable(source.table) ? source.table : "",
        classification: /^KLASS \d+$/.test(source.table) ? source.table : "",
      });
      this.#sourceNames.set(key, name);
    }
    return name;
  }

  /** Footnote numbers for a part's own notes (e.g. how its series was put on today's borders). */
  notesOf(notes: readonly Note[]): number[] {
    return notes.map((note) => this.footnote(this.t(`notes.${note.key}`, note.params)));
  }
}

/** Every string among a text's values, looking into nested objects and lists. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (typeof value === "object" && value !== null) for (const item of Object.values(value)) yield* stringsIn(item);
}
