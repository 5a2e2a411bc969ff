// `faktaark tall [kommuner...] [--fylke NR | --all] --xlsx FIL`: the numbers of many municipalities' sheets in one
// Excel workbook, a row per municipality (src/xlsx/summary-workbook.ts). A municipality whose own rows are bad is
// left out and named, as `build` fails its sheet, and the command exits 1.
import { extname } from "node:path";
import type { Command } from "commander";
import { defaultCacheDir } from "../../batch/cache-dir.js";
import { loadDatasetCached } from "../../batch/dataset-cache.js";
import { writeFileAtomic } from "../../batch/files.js";
import { fingerprintRenderer } from "../../batch/fingerprint.js";
import { fileDatasetEffects } from "../../data/dataset-files.js";
import { UserError } from "../../errors.js";
import { SheetPlanner } from "../../pipeline.js";
import type { SheetModel } from "../../sheet/model.js";
import { loadSheetTexts } from "../../sheet/texts.js";
import { buildSummaryWorkbook } from "../../xlsx/summary-workbook.js";
import { parseCountOption } from "../count-option.js";
import { collectIgnored, IGNORE_HELP } from "../ignore-option.js";
import { parseLangOption } from "../lang-option.js";
import { requireUsable } from "../require-usable.js";
import { requireSelection, selectRecords } from "../select-records.js";

interface TallOptions {
  readonly all?: boolean;
  readonly fylke?: string;
  readonly xlsx: string;
  readonly lang?: string;
  readonly data: string;
  readonly count?: string;
  readonly ignore: string[];
}

export function register(program: Command): void {
  program
    .command("tall")
    .description("tallene fra arkene for mange kommuner i ett Excel-regneark, én rad per kommune")
    .argument("[kommuner...]", 'kommunenummer eller navn, f.eks. 5001, trondheim, "Nord-Fron"')
    .option("--all", "alle kommuner")
    .option("--fylke <nr>", "alle kommuner i et fylke, f.eks. 40")
    .requiredOption("--xlsx <fil>", "regnearket som skrives, f.eks. telemark.xlsx")
    .option("--lang <nb|nn>", "målform for overskriftene (standard: nb)")
    .option("--data <dir>", "datagrunnlaget", "data/sample")
    .option("--count <n>", "antall sammenligningskommuner")
    .option("--ignore <fil>", IGNORE_HELP, collectIgnored, [])
    .action(async (queries: string[], options: TallOptions) => {
      const { lines, failed } = await writeSummary(queries, options);
      for (const line of failed) process.stderr.write(`feilet: ${line}\n`);
      for (const line of lines) process.stdout.write(`${line}\n`);
      process.exitCode = failed.length > 0 ? 1 : 0;
    });
}

async function writeSummary(
  queries: readonly string[],
  options: TallOptions,
): Promise<{ lines: string[]; failed: string[] }> {
  requireSelection(queries, options);
  if (extname(options.xlsx).toLowerCase() !== ".xlsx") {
    throw new UserError(`--xlsx ${options.xlsx}: regnearket må ha et navn som slutter på .xlsx.`);
  }
  // One written form for every row: the headings are shared.
  const lang = parseLangOption(options.lang) ?? "nb";
  const count = options.count === undefined ? undefined : parseCountOption(options.count);
  const program = fingerprintRenderer();
  const dataset = await loadDatasetCached(options.data, program, defaultCacheDir(), fileDatasetEffects, options.ignore);
  requireUsable(dataset, (text) => process.stderr.write(text));
  const planner = await SheetPlanner.create(dataset, count === undefined ? {} : { comparisonCount: count });
  const models: SheetModel[] = [];
  const failed: string[] = [];
  for (const record of selectRecords(planner, queries, options)) {
    const name = `${record.code} ${record.shortName}`;
    const made = planner.modelOrFailure(record, lang);
    if ("model" in made) models.push(made.model);
    else failed.push(`${name}: ${made.reason}`);
  }
  if (models.length === 0) return { lines: [`Skrev ikke ${options.xlsx}: ingen av kommunene kunne tas med.`], failed };
  await writeFileAtomic(options.xlsx, await buildSummaryWorkbook(models, loadSheetTexts(lang)));
  return { lines: [`Skrev ${options.xlsx} (${models.length} kommuner).`], failed };
}
