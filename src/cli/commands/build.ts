// `faktaark build`: sheets for municipalities named by number or name, a county, or all of them.
import { join } from "node:path";
import type { Command } from "commander";
import { defaultCacheDir } from "../../batch/cache-dir.js";
import { chooseOutputYear, findBuiltYears, parseYearOption } from "../../batch/data-year.js";
import { loadDatasetCached } from "../../batch/dataset-cache.js";
import { fingerprintRenderer } from "../../batch/fingerprint.js";
import { acquireOutputLock } from "../../batch/lock.js";
import { createRenderPool } from "../../batch/pool.js";
import { openPreviousEdition } from "../../batch/previous.js";
import { createReporter, type LogFormat, type RunSummary } from "../../batch/report.js";
import { runBatch } from "../../batch/run.js";
import { fileDatasetEffects } from "../../data/dataset-files.js";
import { ENVIRONMENT_EXIT_CODE } from "../../environment.js";
import { UserError } from "../../errors.js";
import { createChangeMap } from "../../model/changes.js";
import { SheetPlanner } from "../../pipeline.js";
import { createPdfReader } from "../../verify/pdf-reader.js";
import { COMPARISON_RULE_HELP, parseComparisonRuleOption } from "../comparison-option.js";
import { parseCountOption } from "../count-option.js";
import { collectIgnored, IGNORE_HELP } from "../ignore-option.js";
import { parseLangOption } from "../lang-option.js";
import { requireUsable } from "../require-usable.js";
import { requireSelection, selectRecords } from "../select-records.js";

/** Below this many sheets the pool's start-up costs more than it saves. */
const POOL_THRESHOLD = 6;

interface BuildOptions {
  readonly all?: boolean;
  readonly fylke?: string;
  readonly data: string;
  readonly out: string;
  readonly lang?: string;
  readonly json?: string | boolean;
  readonly xlsx?: boolean;
  readonly quiet?: boolean;
  readonly count?: string;
  readonly sammenligning?: string;
  readonly changedOnly?: boolean;
  readonly logFormat: string;
  /** False with --no-cache. */
  readonly cache: boolean;
  /** False with --no-verify. */
  readonly verify: boolean;
  readonly year?: string;
  readonly forrige?: string;
  readonly ignore: string[];
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
    .option("--xlsx", "skriv tallene på arket som Excel-regneark ved siden av PDF-en (<knr>-<navn>.xlsx)")
    .option("--count <n>", "antall sammenligningskommuner")
    .option("--sammenligning <regel>", COMPARISON_RULE_HELP)
    .option("--year <år>", "dataåret arkene lages for; trengs for å lage et tidligere år på nytt")
    .option("--changed-only", "lag bare ark der data, maler, oppsett eller programversjon er endret siden sist")
    .option(
      "--forrige <dir>",
      "forrige årgangs ark (årsmappen, eller utmappen for nyeste år før dataåret): legg til «Endringer siden forrige faktaark»",
    )
    .option("--quiet", "bare feil og oppsummering")
    .option("--no-cache", "les datagrunnlaget på nytt uten hurtiglageret (se FAKTAARK_CACHE_DIR)")
    .option("--no-verify", "ikke les PDF-ene tilbake og kontroller dem mot arkmodellen (se faktaark verify)")
    .option("--ignore <fil>", IGNORE_HELP, collectIgnored, [])
    .option(
      "--log-format <text|json>",
      "logg som tekst, eller som JSON-linjer på stdout (for planlagte kjøringer)",
      "text",
    )
    .action(async (queries: string[], options: BuildOptions) => {
      const summary = await build(queries, options);
      const problems = summary.verify?.problems.length ?? 0;
      if (summary.stopped) process.exitCode = ENVIRONMENT_EXIT_CODE;
      else process.exitCode = summary.failed.length > 0 || problems > 0 || summary.damaged.length > 0 ? 1 : 0;
    });
}

function parseLogFormat(value: string): LogFormat {
  if (value === "text" || value === "json") return value;
  throw new UserError(`--log-format må være «text» eller «json», ikke «${value}».`);
}

async function build(queries: readonly string[], options: BuildOptions): Promise<RunSummary> {
  const lang = parseLangOption(options.lang);
  const logFormat = parseLogFormat(options.logFormat);
  const count = options.count === undefined ? undefined : parseCountOption(options.count);
  const rule = parseComparisonRuleOption(options.sammenligning);
  const explicitYear = parseYearOption(options.year);
  requireSelection(queries, options);
  const jsonToStdout = options.json === "-";
  if (jsonToStdout && logFormat === "json") {
    throw new UserError("--json - og --log-format json skriver begge til stdout: velg én av dem.");
  }
  // The whole output folder (all years), taken before the slow part so that a second run stops at once.
  const lock = await acquireOutputLock(options.out);
  // The workers load Vega, the chart templates and the fonts while this thread reads the dataset.
  let pool = options.all || options.fylke || queries.length >= POOL_THRESHOLD ? createRenderPool() : null;
  // pdf.js loads on its own thread meanwhile (src/verify/pdf-reader.ts).
  const reader = options.verify ? createPdfReader() : null;
  try {
    const renderer = fingerprintRenderer();
    const cacheDir = options.cache === false ? null : defaultCacheDir();
    const dataset = await loadDatasetCached(options.data, renderer, cacheDir, fileDatasetEffects, options.ignore);
    requireUsable(dataset, (text) => process.stderr.write(text));
    const year = chooseOutputYear(dataset.dataYear, await findBuiltYears(options.out), explicitYear, options.out);
    const planner = await SheetPlanner.create(dataset, {
      ...(count === undefined ? {} : { comparisonCount: count }),
      ...(rule === undefined ? {} : { comparisonRule: rule }),
    });
    const records = selectRecords(planner, queries, options);
    const outDir = join(options.out, String(year));
    const previous = options.forrige
      ? await openPreviousEdition(options.forrige, {
          dataYear: year,
          outDir,
          sheets: records.map((record) => ({ record, lang: planner.languageOf(record, lang) })),
          changes: createChangeMap(planner.records),
        })
      : null;
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
      outDir,
      renderer,
      reporter,
      ...(lang ? { lang } : {}),
      changedOnly: Boolean(options.changedOnly),
      writeJson: options.json === true,
      writeWorkbook: options.xlsx === true,
      pool,
      reader,
      previous,
      ...(jsonToStdout ? { onModel: (model) => process.stdout.write(`${JSON.stringify(model, null, 2)}\n`) } : {}),
    });
    reporter.finish(summary);
    return summary;
  } finally {
    await pool?.destroy();
    await reader?.close();
    await lock.release();
  }
}
