// `faktaark rank`: municipalities ranked by the indicator model, printed or written as CSV or a short PDF report.
import { readFile } from "node:fs/promises";
import { extname, relative } from "node:path";
import type { Command } from "commander";
import { writeFileAtomic } from "../../batch/files.js";
import { DEFAULT_INDICATOR_MODEL } from "../../data/config-files.js";
import { UserError } from "../../errors.js";
import { formatRankingCsv } from "../../indicators/export-csv.js";
import { formatRankingText } from "../../indicators/format-text.js";
import { filterRankingByGrowth, parseGrowthGroup } from "../../indicators/growth-classes.js";
import { modelMessages } from "../../indicators/messages.js";
import { type IndicatorModel, parseIndicatorModel, type Ranking, rankMunicipalities } from "../../indicators/model.js";
import { renderRankingPdf } from "../../indicators/report-pdf.js";
import type { Dataset } from "../../model/dataset.js";
import { loadDataset } from "../../model/load.js";
import { readGrowthRule, readSheetSettings } from "../../pipeline.js";
import { requireUsable } from "../require-usable.js";

interface RankOptions {
  readonly data: string;
  /** The indicator model; by default the project's own, wherever faktaark is run from (as `build` finds it). */
  readonly config?: string;
  readonly fylke?: string;
  readonly top?: string;
  readonly out?: string;
  readonly vekstklasse?: string;
}

export function register(program: Command): void {
  program
    .command("rank")
    .description("ranger kommunene etter indikatormodellen for boligsosiale utfordringer")
    .option("--data <dir>", "datamappen", "data/sample")
    .option("--fylke <nr>", "ranger innenfor ett fylke (fylkesnummer, f.eks. 50)")
    .option("--top <n>", "vis bare de n første")
    .option(
      "--vekstklasse <navn>",
      "bare kommunene i én vekstklasse: vekstpress, vekst, stabil, nedgang eller sterk-nedgang (data/config/vekstklasser.csv)",
    )
    .option("--config <fil>", "indikatormodellen (standard: data/config/indikatormodell.csv i faktaark-mappen)")
    .option("--out <fil>", "skriv rangeringen til en .csv- eller .pdf-fil")
    .action(async (options: RankOptions) => {
      const { lines, damaged } = await runRank(options);
      process.stdout.write(`${lines.join("\n")}\n`);
      // As `build` fails the sheet of a municipality with damaged rows: the ranking is made, without it, and says so.
      if (damaged.length > 0) process.stderr.write(`faktaark: ${modelMessages.damagedLeftOut(damaged)}\n`);
      process.exitCode = damaged.length > 0 ? 1 : 0;
    });
}

export async function runRank(options: RankOptions): Promise<{ lines: string[]; damaged: Ranking["damaged"] }> {
  const county = options.fylke?.trim();
  if (county !== undefined && !/^\d{2}$/.test(county)) throw new UserError(modelMessages.badCountyOption(county));
  const top = options.top === undefined ? undefined : parseTop(options.top);
  const format = options.out === undefined ? undefined : outputFormat(options.out);
  const growthGroup = options.vekstklasse === undefined ? undefined : parseGrowthGroup(options.vekstklasse);
  const model = await readModel(options.config ?? relative(process.cwd(), DEFAULT_INDICATOR_MODEL));
  const dataset = await loadDataset(options.data);
  requireUsable(dataset, (text) => process.stderr.write(text));
  const all = rankMunicipalities(dataset.records, model, {
    damaged: dataset.regionErrors,
    ...(county === undefined ? {} : { region: county }),
  });
  const ranking =
    growthGroup === undefined ? all : filterRankingByGrowth(all, dataset.records, await readGrowthRule(), growthGroup);
  const regionName = `${nameRegion(dataset, county)}${growthGroup === undefined ? "" : `, vekstklasse ${growthGroup}`}`;
  if (ranking.rows.length === 0) throw new UserError(modelMessages.nothingRanked(regionName));
  const shown: Ranking = top === undefined ? ranking : { ...ranking, rows: ranking.rows.slice(0, top) };
  const lines = formatRankingText(ranking, regionName, top);
  if (options.out !== undefined && format !== undefined) {
    const content =
      format === "csv"
        ? formatRankingCsv(shown)
        : await renderRankingPdf(shown, {
            regionName,
            dataYear: dataset.dataYear,
            isSample: dataset.isSample,
            modelFile: model.file,
            now: reportDate(),
            publisher: (await readSheetSettings()).publisher,
          });
    await writeFileAtomic(options.out, content);
    lines.push("", `Skrev ${options.out} (${shown.rows.length} kommuner).`);
  }
  return { lines, damaged: ranking.damaged };
}

function parseTop(text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new UserError(modelMessages.badTop(text));
  return Number(text);
}

function outputFormat(file: string): "csv" | "pdf" {
  const extension = extname(file).toLowerCase();
  if (extension === ".csv") return "csv";
  if (extension === ".pdf") return "pdf";
  throw new UserError(modelMessages.badOutExtension(file));
}

async function readModel(file: string): Promise<IndicatorModel> {
  try {
    return parseIndicatorModel(await readFile(file, "utf8"), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UserError(modelMessages.modelFileMissing(file));
    throw error;
  }
}

function nameRegion(dataset: Dataset, county: string | undefined): string {
  if (county === undefined) return "hele landet";
  return dataset.records.find((record) => record.county.code === county)?.county.name ?? `fylke ${county}`;
}

/** SOURCE_DATE_EPOCH pins the PDF's dates for reproducible files, as reproducible-builds.org defines it. */
function reportDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
