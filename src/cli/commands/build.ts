// `faktaark build`: sheets for municipalities named by number or name, a county, or all of them.
import { join } from "node:path";
import type { Command } from "commander";
import { defaultCacheDir } from "../../batch/cache-dir.js";
import { chooseOutputYear, findBuiltYears, parseYearOption } from "../../batch/data-year.js";
import { loadDatasetCached } from "../../batch/dataset-cache.js";
import { fingerprintRenderer } from "../../batch/fingerprint.js";
import { acquireOutputLock } from "../../batch/lock.js";
import { createRenderPool } from "../../batch/pool.js";
import { createReporter, type LogFormat, type RunSummary } from "../../batch/report.js";
import { runBatch } from "../../batch/run.js";
import * as dataMessage from "../../data/messages.js";
import { UserError } from "../../errors.js";
import type { Dataset } from "../../model/dataset.js";
import type { MunicipalityRecord } from "../../model/record.js";
import { SheetPlanner } from "../../pipeline.js";
import type { Lang } from "../../sheet/format.js";

/** Below this many sheets the pool's start-up costs more than it saves. */
const POOL_THRESHOLD = 6;

interface BuildOptions {
  readonly all?: boolean;
  readonly fylke?: string;
  readonly data: string;
  readonly out: string;
  readonly lang?: string;
  readonly json?: string | boolean;
  readonly quiet?: boolean;
  readonly count?: string;
  readonly changedOnly?: boolean;
  readonly logFormat: string;
  /** False with --no-cache. */
  readonly cache: boolean;
  readonly year?: string;
}

export function register(program: Command): void {
  program
    .command("build")
    .description("lag faktaark (PDF) for kommuner, et fylke eller alle")
    .argument("[kommuner...]", 'kommunenummer eller navn, f.eks. 5001, trondheim, "Nord-Fron"')
    .option("--all", "alle kommuner")
    .option("--fylke <nr>", "alle kommuner i et fylke, f.eks. 50")
    .option("--data <dir>", "datagrunnlaget", "data/sample")
    .option("--out <dir>", "mappen arkene skrives til", "output")
    .option("--lang <nb|nn>", "målform (standard: kommunens egen)")
    .option("--json [fil]", "skriv arkmodellen som JSON ved siden av PDF-en, eller til stdout med «-»")
    .option("--count <n>", "antall sammenligningskommuner")
    .option("--year <år>", "dataåret arkene lages for; trengs for å lage et tidligere år på nytt")
    .option("--changed-only", "lag bare ark der data, maler, oppsett eller programversjon er endret siden sist")
    .option("--quiet", "bare feil og oppsummering")
    .option("--no-cache", "les datagrunnlaget på nytt uten hurtiglageret (se FAKTAARK_CACHE_DIR)")
    .option(
      "--log-format <text|json>",
      "logg som tekst, eller som JSON-linjer på stdout (for planlagte kjøringer)",
      "text",
    )
    .action(async (queries: string[], options: BuildOptions) => {
      const summary = await build(queries, options);
      process.exitCode = summary.failed.length > 0 ? 1 : 0;
    });
}

function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === "nb" || value === "nn") return value;
  throw new UserError(`--lang må være «nb» (bokmål) eller «nn» (nynorsk), ikke «${value}».`);
}

function parseLogFormat(value: string): LogFormat {
  if (value === "text" || value === "json") return value;
  throw new UserError(`--log-format må være «text» eller «json», ikke «${value}».`);
}

function parseCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new UserError(`--count må være et helt tall fra 1 og opp, ikke «${value}».`);
  }
  return count;
}

async function build(queries: readonly string[], options: BuildOptions): Promise<RunSummary> {
  const lang = parseLang(options.lang);
  const logFormat = parseLogFormat(options.logFormat);
  const count = parseCount(options.count);
  const explicitYear = parseYearOption(options.year);
  if (queries.length === 0 && !options.all && !options.fylke) {
    throw new UserError("Si hvilke kommuner: kommunenummer eller navn, --fylke NR eller --all.");
  }
  const jsonToStdout = options.json === "-";
  if (jsonToStdout && logFormat === "json") {
    throw new UserError("--json - og --log-format json skriver begge til stdout: velg én av dem.");
  }
  // The whole output folder (all years), taken before the slow part so that a second run stops at once.
  const lock = await acquireOutputLock(options.out);
  // The workers load Vega, the chart templates and the fonts while this thread reads the dataset.
  let pool = options.all || options.fylke || queries.length >= POOL_THRESHOLD ? createRenderPool() : null;
  try {
    const renderer = await fingerprintRenderer();
    const dataset = await loadDatasetCached(options.data, renderer, options.cache === false ? null : defaultCacheDir());
    checkUsable(dataset);
    const year = chooseOutputYear(dataset.dataYear, await findBuiltYears(options.out), explicitYear, options.out);
    const planner = await SheetPlanner.create(dataset, count === undefined ? {} : { comparisonCount: count });
    const records = selectRecords(planner, queries, options);
    if (pool && records.length < POOL_THRESHOLD) {
      // A small county: rendering here is quicker, and the workers would only compete for the cores.
      await pool.destroy();
      pool = null;
    }
    const reporter = createReporter({
      format: logFormat,
      quiet: Boolean(options.quiet) || jsonToStdout,
      stream: process.stderr,
      jsonStream: process.stdout,
    });
    const summary = await runBatch(planner, records, {
      outDir: join(options.out, String(year)),
      renderer,
      reporter,
      ...(lang ? { lang } : {}),
      changedOnly: Boolean(options.changedOnly),
      writeJson: options.json === true,
      pool,
      ...(jsonToStdout ? { onModel: (model) => process.stdout.write(`${JSON.stringify(model, null, 2)}\n`) } : {}),
    });
    reporter.finish(summary);
    return summary;
  } finally {
    await pool?.destroy();
    await lock.release();
  }
}

/** Diagnostics listed before the count of the rest. */
const SHOWN_ERRORS = 5;

/**
 * Exit 2 when the dataset cannot make correct sheets: no municipalities, no population figures, or errors in its
 * files (figures dropped or wrong), the same rule as `faktaark check` (src/data/usability.ts). A reading error
 * cannot be traced to one municipality, so it stops the run rather than letting sheets print wrong figures.
 */
function checkUsable(dataset: Dataset): void {
  const reasons: string[] = [];
  if (dataset.records.length === 0) reasons.push(dataMessage.noRegister());
  else if (!dataset.records.some((record) => record.population !== null)) reasons.push(dataMessage.noPopulation());
  // Errors in one municipality's rows fail that sheet alone (runBatch); errors in a file's structure stop the run.
  const errors = dataset.diagnostics.filter((diagnostic) => diagnostic.severity === "error" && !diagnostic.region);
  if (errors.length > 0) {
    const shown = errors.slice(0, SHOWN_ERRORS).map((error) => `  ${dataMessage.formatDiagnostic(error)}`);
    if (errors.length > SHOWN_ERRORS) shown.push(`  … og ${errors.length - SHOWN_ERRORS} til`);
    process.stderr.write(`${shown.join("\n")}\n`);
    reasons.push(dataMessage.errorsFound(errors.length));
  }
  if (reasons.length > 0) {
    throw new UserError(
      `Datagrunnlaget ${dataset.dir} kan ikke brukes: ${reasons.join("; ")}. Se «faktaark check ${dataset.dir}».`,
    );
  }
}

function selectRecords(planner: SheetPlanner, queries: readonly string[], options: BuildOptions): MunicipalityRecord[] {
  if (options.all) return [...planner.records];
  const chosen = new Map<string, MunicipalityRecord>();
  if (options.fylke) {
    const county = options.fylke.padStart(2, "0");
    const inCounty = planner.inCounty(county);
    if (inCounty.length === 0) throw new UserError(`Fylke ${options.fylke} har ingen kommuner i datagrunnlaget.`);
    for (const record of inCounty) chosen.set(record.code, record);
  }
  for (const query of queries) {
    const record = planner.resolve(query);
    chosen.set(record.code, record);
  }
  return [...chosen.values()];
}
