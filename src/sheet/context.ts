// What a section builder gets: the municipality, its county and country, comparisons, the words, and the
// collectors that number footnotes and gather sources across the whole sheet.
import type { SourceRef } from "../data/types.js";
import type { IndicatorSource } from "../indicators/catalogue.js";
import type { MunicipalityRecord, Note } from "../model/record.js";
import { formatYearSpan, type Lang } from "./format.js";
import type { SheetTexts, TextContext } from "./texts.js";

/** One comparison municipality as the sheet needs it. */
export interface SheetNeighbour {
  readonly record: MunicipalityRecord;
  readonly distance: number;
  /** Labels (in the sheet's language) of the indicators that make it alike. */
  readonly alikeOn: readonly string[];
}

/** One indicator of the benchmark chart: standardised values (z) of the municipality and its comparisons. */
export interface SheetBenchmarkIndicator {
  readonly label: string;
  /** Where the municipality's own value came from, with the years it rests on. */
  readonly source: IndicatorSource | null;
  readonly values: readonly {
    readonly code: string;
    readonly name: string;
    readonly role: "municipality" | "comparison" | "county" | "country";
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
  readonly manualNeighbours: boolean;
  readonly benchmark: readonly SheetBenchmarkIndicator[] | null;
  readonly rank: SheetRank | null;
  readonly dataset: { readonly name: string; readonly isSample: boolean; readonly dataYear: number };
  /** The organisation that publishes the sheets (data/config/ark.csv), or null. */
  readonly publisher: string | null;
  readonly lang: Lang;
}

/** Chart sizes in points: the sheet's grid has two columns. */
export const GRID = {
  columnWidth: 248,
  fullWidth: 511,
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

  /** The municipality, its county (unless they are the same) and the country, with the names the sheet prints. */
  regions(): { readonly record: MunicipalityRecord; readonly label: string }[] {
    const { record, county, country, countyIsMunicipality } = this.input;
    return [
      { record, label: record.shortName },
      ...(countyIsMunicipality ? [] : [{ record: county, label: county.shortName }]),
      { record: country, label: this.t("regions.country") },
    ];
  }

  t(key: string, context: TextContext = {}): string {
    return this.texts.text(key, { name: this.name, ...context });
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
    const isSsbTable = /^\d{5}$/.test(source.table);
    return this.t("source", {
      publisher: source.publisher,
      table: isSsbTable ? source.table : "",
      years: formatYearSpan(shown),
    });
  }

  /** Footnote numbers for a part's own notes (e.g. how its series was put on today's borders). */
  notesOf(notes: readonly Note[]): number[] {
    return notes.map((note) => this.footnote(this.t(`notes.${note.key}`, note.params)));
  }
}
