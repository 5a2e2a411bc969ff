// Composes faktaark's stages. Each stage is pure and typed; IO happens only at the two ends.
//
//   dataset dir ─► readDataset (data/) ─► joinRecords (model/) ─► Dataset: one MunicipalityRecord per municipality
//                                                                   │
//        aggregateRecords (county, country) ◄────────────────────────┤
//        selectComparisons (compare/) ◄──────────────────────────────┤
//        rankMunicipalities (indicators/) ◄──────────────────────────┘
//                                   │
//                                   ▼
//        buildSheetModel (sheet/): every number and sentence in the sheet's language ─► --json
//                ▲ with --forrige: last year's sheet models (batch/previous.ts), for «Endringer siden forrige faktaark»
//                                   │
//                                   ├─► buildSheetWorkbook (xlsx/) ─► <knr>-<name>.xlsx (--xlsx, the web page)
//                                   │
//                                   ▼
//        renderSheetPdf (pdf/ + charts/) ─► output/<year>/<knr>-<name>.pdf
//
//   a selection's sheet models + its ranking ─► buildBookletModel (booklet/) ─► renderBookletPdf (pdf/booklet/)
//                                                                              ─► output/<year>/hefter/<title>.pdf
import { readFile } from "node:fs/promises";
import { figureFileName, sheetFileName } from "./batch/files.js";
import { type ManualComparisons, parseManualComparisons } from "./compare/manual.js";
import { type ComparisonRule, requireRuleData } from "./compare/rules.js";
import { type ComparisonSpace, createComparisonSpace } from "./compare/select.js";
import {
  computeStructuralIndicators,
  STRUCTURAL_INDICATOR_IDS,
  type StructuralIndicator,
} from "./compare/structural.js";
import {
  DEFAULT_GROWTH_RULE,
  DEFAULT_INDICATOR_MODEL,
  DEFAULT_MANUAL_COMPARISONS,
  DEFAULT_SHEET_SETTINGS,
} from "./data/config-files.js";
import { COUNTRY } from "./data/regions.js";
import { SheetDataError, UserError } from "./errors.js";
import { listDrivers } from "./indicators/drivers.js";
import {
  classifyGrowth,
  filterRankingByGrowth,
  type GrowthGroup,
  type GrowthRule,
  parseGrowthRule,
} from "./indicators/growth-classes.js";
import { type IndicatorModel, parseIndicatorModel } from "./indicators/model.js";
import type { Ranking } from "./indicators/rank.js";
import { rankMunicipalities } from "./indicators/rank.js";
import { computeStandardisation, type Standardisation } from "./indicators/standardise.js";
import { aggregateRecords, preferPublished } from "./model/aggregate.js";
import type { Dataset } from "./model/dataset.js";
import type { AreaFigures, MunicipalityRecord } from "./model/record.js";
import { buildSheetModel } from "./sheet/build.js";
import type { SheetBenchmarkIndicator, SheetDriver, SheetInput, SheetRank } from "./sheet/context.js";
import type { Lang } from "./sheet/format.js";
import { damagedComparison } from "./sheet/messages.js";
import type { SheetModel } from "./sheet/model.js";
import type { PreviousComparison } from "./sheet/previous.js";
import { parseSheetSettings, type SheetSettings } from "./sheet/settings.js";
import { loadSheetTexts, type SheetTexts } from "./sheet/texts.js";

export interface PlannerOptions {
  readonly comparisonCount?: number;
  /** --sammenligning; without it, the rule in the sheet settings (data/config/ark.csv). */
  readonly comparisonRule?: ComparisonRule;
  readonly indicatorModelFile?: string;
  readonly manualComparisonsFile?: string;
  readonly sheetSettingsFile?: string;
  readonly growthRuleFile?: string;
}

/** Everything computed once per dataset that each sheet draws on: aggregates, the ranking, standardised indicators. */
export class SheetPlanner {
  private readonly byCode: Map<string, MunicipalityRecord>;
  private readonly counties = new Map<string, MunicipalityRecord>();
  private readonly country: MunicipalityRecord;
  /** The ranking of the whole country; null when the dataset has too few municipalities to rank. */
  private readonly ranking: Ranking | null;
  private readonly structuralStats: (Standardisation | null)[];
  private readonly comparisons: ComparisonSpace;

  private constructor(
    readonly dataset: Dataset,
    private readonly indicatorModel: IndicatorModel,
    private readonly manual: ManualComparisons,
    private readonly comparisonCount: number | undefined,
    private readonly comparisonRule: ComparisonRule,
    private readonly settings: SheetSettings,
    private readonly growthRule: GrowthRule,
  ) {
    this.byCode = new Map(dataset.records.map((record) => [record.code, record]));
    this.country = preferPublished(aggregateRecords(dataset.records, "0", "Landet"), this.areaOf("0"));
    this.ranking = dataset.records.length > 1 ? this.rankIn() : null;
    this.structuralStats = standardiseStructural(dataset.records);
    this.comparisons = createComparisonSpace(dataset.records);
  }

  static async create(dataset: Dataset, options: PlannerOptions = {}): Promise<SheetPlanner> {
    const modelFile = options.indicatorModelFile ?? DEFAULT_INDICATOR_MODEL;
    const model = parseIndicatorModel(await readConfig(modelFile), modelFile);
    const manualFile = options.manualComparisonsFile ?? DEFAULT_MANUAL_COMPARISONS;
    const manual = parseManualComparisons(await readConfig(manualFile), manualFile);
    const settings = await readSheetSettings(options.sheetSettingsFile);
    const rule = options.comparisonRule ?? settings.comparisonRule;
    requireRuleData(rule, dataset.records, dataset.dir);
    const growthRule = await readGrowthRule(options.growthRuleFile);
    return new SheetPlanner(dataset, model, manual, options.comparisonCount, rule, settings, growthRule);
  }

  private areaOf(code: string): AreaFigures | undefined {
    return this.dataset.areas.find((area) => area.code === code);
  }

  get records(): readonly MunicipalityRecord[] {
    return this.dataset.records;
  }

  inCounty(countyCode: string): MunicipalityRecord[] {
    return this.dataset.records.filter((record) => record.county.code === countyCode);
  }

  /** The municipality with this number, or undefined when the register has none. */
  findRecord(code: string): MunicipalityRecord | undefined {
    return this.byCode.get(code);
  }

  record(code: string): MunicipalityRecord {
    const record = this.byCode.get(code);
    if (!record) throw new UserError(`Kommunenummer ${code} finnes ikke i datagrunnlaget.`);
    return record;
  }

  /** The municipality's own written form; neutral municipalities get bokmål. */
  languageOf(record: MunicipalityRecord, requested?: Lang): Lang {
    return requested ?? (record.writtenForm === "nn" ? "nn" : "nb");
  }

  fileNameFor(record: MunicipalityRecord, lang: Lang): string {
    return sheetFileName(record.code, record.shortName, this.langSuffix(record, lang));
  }

  /** One chart's file, named like the sheet's: "5001-trondheim-befolkning.png", "-nn" when not its own form. */
  figureFileNameFor(record: MunicipalityRecord, lang: Lang, figure: string, ext: "png" | "svg"): string {
    return figureFileName(record.code, record.shortName, figure, this.langSuffix(record, lang), ext);
  }

  private langSuffix(record: MunicipalityRecord, lang: Lang): string {
    return lang === this.languageOf(record) ? "" : `-${lang}`;
  }

  /** The sheet's input; `previous` is last year's sheet to show the changes since (`--forrige`). */
  inputFor(record: MunicipalityRecord, texts: SheetTexts, previous: PreviousComparison | null = null): SheetInput {
    const comparison = this.comparisons.select(record.code, {
      ...(this.comparisonCount === undefined ? {} : { count: this.comparisonCount }),
      ...(this.manual.has(record.code) ? { manual: this.manual.get(record.code)! } : {}),
      rule: this.comparisonRule,
      damaged: this.dataset.regionErrors,
    });
    const neighbours = comparison.neighbours.flatMap((neighbour) => {
      const neighbourRecord = this.byCode.get(neighbour.code);
      if (!neighbourRecord) return [];
      return [
        {
          record: neighbourRecord,
          distance: neighbour.distance ?? Number.NaN,
          alikeOn: neighbour.alikeOn.map((alike) => texts.text(`indicators.${alike.indicator}`)),
        },
      ];
    });
    return {
      record,
      county: this.countyOf(record),
      countyIsMunicipality: this.inCounty(record.county.code).length === 1,
      country: this.country,
      neighbours,
      comparison: {
        pool: comparison.pool,
        manual: comparison.neighbours.filter((neighbour) => neighbour.chosenBy === "manual").length,
      },
      benchmark: this.benchmarkFor(
        record,
        neighbours.map((n) => n.record),
        texts,
      ),
      rank: this.rankOf(record, texts),
      growth: classifyGrowth(record, this.growthRule),
      dataset: { name: this.dataset.dir, isSample: this.dataset.isSample, dataYear: this.dataset.dataYear },
      publisher: this.settings.publisher,
      previous,
      lang: texts.lang,
    };
  }

  /** The ranking `faktaark rank` makes, of the whole country or of one county (`--fylke`), by the sheets' indicator
   * model, of one growth class alone when asked (`--vekstklasse`); null when the dataset has too few municipalities
   * to rank. */
  rank(county?: string, growthGroup?: GrowthGroup): Ranking | null {
    if (!this.ranking) return null;
    const ranking = county === undefined ? this.ranking : this.rankIn(county);
    if (growthGroup === undefined) return ranking;
    return filterRankingByGrowth(ranking, this.dataset.records, this.growthRule, growthGroup);
  }

  /** The sheet model; throws SheetDataError when a data row the sheet prints is damaged (see dataErrorIn). */
  model(record: MunicipalityRecord, lang: Lang, previous: PreviousComparison | null = null): SheetModel {
    const texts = loadSheetTexts(lang);
    const input = this.inputFor(record, texts, previous);
    const dataError = this.dataErrorIn(input);
    if (dataError !== undefined) throw new SheetDataError(dataError);
    return buildSheetModel(input, texts);
  }

  /** The sheet model, or why it cannot be made: errors in the data rows of a region the sheet prints, or a failure
   * while building it. One municipality's failure is its sheet's, never the run's. */
  modelOrFailure(
    record: MunicipalityRecord,
    lang: Lang,
    previous: PreviousComparison | null = null,
  ): { model: SheetModel } | { reason: string } {
    try {
      return { model: this.model(record, lang, previous) };
    } catch (error) {
      return { reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The first error in the data rows of what the sheet prints: the municipality itself, its county and the country
   * (a damaged country row printed as «..» on every sheet, with exit 0), and the comparison municipalities (those
   * chosen by hand: the nearest are chosen among the undamaged). A county or country figure faktaark sums from the
   * municipalities is «..» for a year a damaged member lacks (aggregate.ts), and the run ends with 1 (build.ts). */
  private dataErrorIn(input: SheetInput): string | undefined {
    const errors = this.dataset.regionErrors;
    for (const code of [input.record.code, input.record.county.code, COUNTRY]) {
      const error = errors.get(code);
      if (error !== undefined) return error;
    }
    for (const { record } of input.neighbours ?? []) {
      const error = errors.get(record.code);
      if (error !== undefined) return damagedComparison(record.code, record.name, error);
    }
    return undefined;
  }

  /** The ranking of the indicator model within a selection of municipalities (each row keeps its national rank),
   * and how many municipalities are ranked in the whole country. */
  rankSelection(codes: readonly string[]): { ranking: Ranking; nationalCount: number } {
    return { ranking: this.rankIn(codes), nationalCount: this.ranking?.rows.length ?? 0 };
  }

  /** The indicator model's ranking, within a county or a list of municipalities when given: of every municipality
   * but those whose own rows are damaged, which it names instead (Ranking.damaged). */
  private rankIn(region?: string | readonly string[]): Ranking {
    return rankMunicipalities(this.dataset.records, this.indicatorModel, {
      damaged: this.dataset.regionErrors,
      ...(region === undefined ? {} : { region }),
    });
  }

  private countyOf(record: MunicipalityRecord): MunicipalityRecord {
    let county = this.counties.get(record.county.code);
    if (!county) {
      const aggregate = preferPublished(
        aggregateRecords(this.inCounty(record.county.code), record.county.code, record.county.name),
        this.areaOf(record.county.code),
      );
      // "Troms - Romsa - Tromssa" in full on the identity line; "Troms" in charts and tables.
      county = { ...aggregate, shortName: record.county.name.split(" - ")[0] ?? record.county.name };
      this.counties.set(record.county.code, county);
    }
    return county;
  }

  private rankOf(record: MunicipalityRecord, texts: SheetTexts): SheetRank | null {
    const row = this.ranking?.rows.find((r) => r.code === record.code);
    if (!this.ranking || !row) return null;
    // The same drivers as the ranking's own report: in the direction of the score, so the last-ranked is told what
    // pulls it down, not what little raises it.
    const drivers = listDrivers(row, 3).flatMap(({ indicator, value, mean, unit, decimals, source }): SheetDriver[] =>
      value === null || mean === null || source === null
        ? []
        : [{ label: texts.text(`indicators.${indicator}`), value, mean, unit, decimals, source }],
    );
    const counted = row.parts.filter((part) => part.contribution !== null && part.weight > 0);
    return {
      national: row.rankNational,
      nationalCount: this.ranking.rows.length,
      county: row.rankCounty,
      countyCount: this.ranking.rows.filter((r) => r.county.code === record.county.code).length,
      direction: row.score >= 0 ? "up" : "down",
      drivers,
      raisingCount: counted.filter((part) => part.contribution! > 0).length,
      indicatorCount: counted.length,
    };
  }

  /** The benchmark chart's rows: the municipality, its comparisons, county and country, as z-scores. */
  private benchmarkFor(
    record: MunicipalityRecord,
    neighbours: readonly MunicipalityRecord[],
    texts: SheetTexts,
  ): SheetBenchmarkIndicator[] {
    const regions: [MunicipalityRecord, SheetBenchmarkIndicator["values"][number]["role"], string][] = [
      ...neighbours.map((n): [MunicipalityRecord, "comparison", string] => [n, "comparison", n.shortName]),
      ...(this.inCounty(record.county.code).length === 1
        ? []
        : [
            [this.countyOf(record), "county", this.countyOf(record).shortName] as [
              MunicipalityRecord,
              "county",
              string,
            ],
          ]),
      [this.country, "country", texts.text("regions.country")],
      [record, "municipality", record.shortName],
    ];
    const zs = regions.map(([region]) => structuralZ(region, this.structuralStats));
    const own = computeStructuralIndicators(record).indicators;
    return STRUCTURAL_INDICATOR_IDS.flatMap((id, index) => {
      const values = regions.flatMap(([region, role, name], r) => {
        // A county or the country has no place on a scale of municipality sizes.
        if (id === "folketall" && (role === "county" || role === "country")) return [];
        const z = zs[r]?.[index];
        return z === null || z === undefined ? [] : [{ code: region.code, name, role, z }];
      });
      const label = texts.text(`indicators.${id}`);
      return [{ label: label.charAt(0).toUpperCase() + label.slice(1), source: own[index]?.source ?? null, values }];
    });
  }
}

/** A structural indicator's value on the log or linear scale it is standardised on. */
function scaledValue(indicator: StructuralIndicator | undefined): number | null {
  if (!indicator || indicator.value === null) return null;
  if (indicator.scale !== "log") return indicator.value;
  return indicator.value > 0 ? Math.log(indicator.value) : null;
}

/** Mean and spread of every structural indicator over all municipalities, in STRUCTURAL_INDICATOR_IDS order. */
function standardiseStructural(records: readonly MunicipalityRecord[]): (Standardisation | null)[] {
  const indicators = records.map((record) => computeStructuralIndicators(record).indicators);
  return STRUCTURAL_INDICATOR_IDS.map((_, index) =>
    computeStandardisation(indicators.map((row) => scaledValue(row[index]))),
  );
}

/** z-scores of a municipality (or a county or the country) on the structural indicators. */
function structuralZ(record: MunicipalityRecord, stats: readonly (Standardisation | null)[]): (number | null)[] {
  const indicators = computeStructuralIndicators(record).indicators;
  return stats.map((stat, index) => {
    const value = scaledValue(indicators[index]);
    return stat && value !== null ? (value - stat.mean) / stat.sd : null;
  });
}

/** The sheet settings (data/config/ark.csv): the publisher the sheets and the rank report name as their author. */
export async function readSheetSettings(file = DEFAULT_SHEET_SETTINGS): Promise<SheetSettings> {
  return parseSheetSettings(await readConfig(file), file);
}

/** The rule that puts each municipality in a growth class (data/config/vekstklasser.csv, docs/vekstklasser.md). */
export async function readGrowthRule(file = DEFAULT_GROWTH_RULE): Promise<GrowthRule> {
  return parseGrowthRule(await readConfig(file), file);
}

async function readConfig(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new UserError(`Fant ikke konfigurasjonsfilen ${path}.`);
  }
}
