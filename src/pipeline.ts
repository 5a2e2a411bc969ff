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
//                                   │
//                                   ▼
//        renderSheetPdf (pdf/ + charts/) ─► output/<year>/<knr>-<name>.pdf
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseManualComparisons, type ManualComparisons } from "./compare/manual.js";
import { selectComparisons } from "./compare/select.js";
import { computeStructuralIndicators, STRUCTURAL_INDICATOR_IDS } from "./compare/structural.js";
import { UserError } from "./errors.js";
import { parseIndicatorModel } from "./indicators/model.js";
import type { Ranking } from "./indicators/rank.js";
import { rankMunicipalities } from "./indicators/rank.js";
import { standardise } from "./indicators/standardise.js";
import { aggregateRecords } from "./model/aggregate.js";
import type { Dataset } from "./model/dataset.js";
import { findMunicipalities } from "./model/find.js";
import type { MunicipalityRecord } from "./model/record.js";
import { sheetFileName } from "./batch/files.js";
import type { SheetBenchmarkIndicator, SheetInput, SheetRank } from "./sheet/context.js";
import { buildSheetModel } from "./sheet/build.js";
import type { Lang } from "./sheet/format.js";
import type { SheetModel } from "./sheet/model.js";
import { loadSheetTexts, type SheetTexts } from "./sheet/texts.js";

export const DEFAULT_INDICATOR_MODEL = fileURLToPath(new URL("../data/config/indikatormodell.csv", import.meta.url));
export const DEFAULT_MANUAL_COMPARISONS = fileURLToPath(new URL("../data/config/sammenligning.csv", import.meta.url));

export interface PlannerOptions {
  readonly comparisonCount?: number;
  readonly indicatorModelFile?: string;
  readonly manualComparisonsFile?: string;
}

/** Everything computed once per dataset that each sheet draws on: aggregates, the ranking, standardised indicators. */
export class SheetPlanner {
  private readonly byCode: Map<string, MunicipalityRecord>;
  private readonly counties = new Map<string, MunicipalityRecord>();
  private readonly country: MunicipalityRecord;
  private readonly zScores: Map<string, (number | null)[]>;

  private constructor(
    readonly dataset: Dataset,
    private readonly ranking: Ranking | null,
    private readonly manual: ManualComparisons,
    private readonly comparisonCount: number | undefined,
  ) {
    this.byCode = new Map(dataset.records.map((record) => [record.code, record]));
    this.country = aggregateRecords(dataset.records, "0", "Landet");
    this.zScores = standardiseStructural(dataset.records);
  }

  static async create(dataset: Dataset, options: PlannerOptions = {}): Promise<SheetPlanner> {
    const modelFile = options.indicatorModelFile ?? DEFAULT_INDICATOR_MODEL;
    const model = parseIndicatorModel(await readConfig(modelFile), modelFile);
    const manualFile = options.manualComparisonsFile ?? DEFAULT_MANUAL_COMPARISONS;
    const manual = parseManualComparisons(await readConfig(manualFile), manualFile);
    const ranking = dataset.records.length > 1 ? rankMunicipalities(dataset.records, model) : null;
    return new SheetPlanner(dataset, ranking, manual, options.comparisonCount);
  }

  get records(): readonly MunicipalityRecord[] {
    return this.dataset.records;
  }

  /** The municipality a user means by a number or a name; an unknown or ambiguous one is a UserError. */
  resolve(query: string): MunicipalityRecord {
    const { exact, candidates } = findMunicipalities(this.dataset.records, query);
    if (exact.length === 1) return exact[0]!;
    const list = (exact.length > 1 ? exact : candidates).slice(0, 6).map((r) => `  ${r.code} ${r.name}`);
    if (exact.length > 1) throw new UserError(`«${query}» passer på flere kommuner:\n${list.join("\n")}`);
    const hint = list.length > 0 ? `\nMente du:\n${list.join("\n")}` : "";
    throw new UserError(`Fant ingen kommune som heter «${query}».${hint}`);
  }

  inCounty(countyCode: string): MunicipalityRecord[] {
    return this.dataset.records.filter((record) => record.county.code === countyCode);
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
    return sheetFileName(record.code, record.shortName, lang === this.languageOf(record) ? "" : `-${lang}`);
  }

  inputFor(record: MunicipalityRecord, lang: Lang, texts: SheetTexts): SheetInput {
    const comparison = selectComparisons(this.dataset.records, record.code, {
      ...(this.comparisonCount === undefined ? {} : { count: this.comparisonCount }),
      ...(this.manual.has(record.code) ? { manual: this.manual.get(record.code)! } : {}),
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
      country: this.country,
      neighbours,
      manualNeighbours: comparison.manual,
      benchmark: this.benchmarkFor([record, ...neighbours.map((n) => n.record)], texts),
      rank: this.rankOf(record, texts),
      dataset: { name: this.dataset.dir, isSample: this.dataset.isSample, dataYear: this.dataset.dataYear },
      lang: texts.lang,
    };
  }

  model(record: MunicipalityRecord, lang: Lang): SheetModel {
    const texts = loadSheetTexts(lang);
    return buildSheetModel(this.inputFor(record, lang, texts), texts);
  }

  private countyOf(record: MunicipalityRecord): MunicipalityRecord {
    let county = this.counties.get(record.county.code);
    if (!county) {
      county = aggregateRecords(this.inCounty(record.county.code), record.county.code, record.county.name);
      this.counties.set(record.county.code, county);
    }
    return county;
  }

  private rankOf(record: MunicipalityRecord, texts: SheetTexts): SheetRank | null {
    const row = this.ranking?.rows.find((r) => r.code === record.code);
    if (!this.ranking || !row) return null;
    const drivers = [...row.parts]
      .filter((part) => (part.contribution ?? 0) > 0)
      .sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0))
      .slice(0, 3)
      .map((part) => texts.text(`indicators.${part.indicator}`));
    return {
      national: row.rankNational,
      nationalCount: this.ranking.rows.length,
      county: row.rankCounty,
      countyCount: this.ranking.rows.filter((r) => r.county.code === record.county.code).length,
      drivers,
    };
  }

  private benchmarkFor(records: readonly MunicipalityRecord[], texts: SheetTexts): SheetBenchmarkIndicator[] {
    return STRUCTURAL_INDICATOR_IDS.flatMap((id, index) => {
      const values = records.flatMap((record) => {
        const z = this.zScores.get(record.code)?.[index];
        return z === null || z === undefined ? [] : [{ code: record.code, name: record.shortName, z }];
      });
      if (!values.some((value) => value.code === records[0]?.code)) return [];
      const label = texts.text(`indicators.${id}`);
      return [{ label: label.charAt(0).toUpperCase() + label.slice(1), values }];
    });
  }
}

/** z-scores of every structural indicator for every municipality, keyed by code, in STRUCTURAL_INDICATOR_IDS order. */
function standardiseStructural(records: readonly MunicipalityRecord[]): Map<string, (number | null)[]> {
  const indicators = records.map((record) => computeStructuralIndicators(record).indicators);
  const columns = STRUCTURAL_INDICATOR_IDS.map((_, index) =>
    standardise(
      indicators.map((row) => {
        const indicator = row[index];
        if (!indicator || indicator.value === null) return null;
        return indicator.scale === "log" ? (indicator.value > 0 ? Math.log(indicator.value) : null) : indicator.value;
      }),
    ),
  );
  return new Map(records.map((record, r) => [record.code, columns.map((column) => column?.[r] ?? null)]));
}

async function readConfig(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new UserError(`Fant ikke konfigurasjonsfilen ${path}.`);
  }
}
