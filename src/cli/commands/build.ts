// `faktaark build`: sheets for municipalities named by number or name, a county, or all of them.
import { join } from "node:path";
import type { Command } from "commander";
import { runBatch, type BatchSummary } from "../../batch/run.js";
import { UserError } from "../../errors.js";
import { loadDataset } from "../../model/load.js";
import type { MunicipalityRecord } from "../../model/record.js";
import { SheetPlanner } from "../../pipeline.js";
import type { Lang } from "../../sheet/format.js";

interface BuildOptions {
  readonly all?: boolean;
  readonly fylke?: string;
  readonly data: string;
  readonly out: string;
  readonly lang?: string;
  readonly json?: string | boolean;
  readonly quiet?: boolean;
  readonly count?: string;
}

export function register(program: Command): void {
  program
    .command("build")
    .description("lag faktaark (PDF) for kommuner, et fylke eller alle")
    .argument("[kommuner...]", "kommunenummer eller navn, f.eks. 5001, trondheim, \"Nord-Fron\"")
    .option("--all", "alle kommuner")
    .option("--fylke <nr>", "alle kommuner i et fylke, f.eks. 50")
    .option("--data <dir>", "datagrunnlaget", "data/sample")
    .option("--out <dir>", "mappen arkene skrives til", "output")
    .option("--lang <nb|nn>", "målform (standard: kommunens egen)")
    .option("--json [fil]", "skriv arkmodellen som JSON ved siden av PDF-en, eller til stdout med «-»")
    .option("--count <n>", "antall sammenligningskommuner")
    .option("--quiet", "bare feil og oppsummering")
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

async function build(queries: readonly string[], options: BuildOptions): Promise<BatchSummary> {
  const lang = parseLang(options.lang);
  if (queries.length === 0 && !options.all && !options.fylke) {
    throw new UserError("Si hvilke kommuner: kommunenummer eller navn, --fylke NR eller --all.");
  }
  const dataset = await loadDataset(options.data);
  const count = options.count === undefined ? undefined : Number(options.count);
  const planner = await SheetPlanner.create(dataset, count === undefined ? {} : { comparisonCount: count });
  const records = selectRecords(planner, queries, options);
  const jsonToStdout = options.json === "-";
  const summary = await runBatch(planner, records, {
    outDir: join(options.out, String(dataset.dataYear)),
    ...(lang ? { lang } : {}),
    writeJson: options.json === true,
    quiet: Boolean(options.quiet) || jsonToStdout,
    ...(jsonToStdout ? { onModel: (model) => process.stdout.write(`${JSON.stringify(model, null, 2)}\n`) } : {}),
  });
  return summary;
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
