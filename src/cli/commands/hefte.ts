// `faktaark hefte --fylke NR | --kommuner FIL [--tittel …]`: one PDF with a cover, contents, a summary with the
// selection's ranking, then the sheet of each municipality. A municipality whose sheet cannot be made is named, left
// out and listed in the contents, and the run ends with 1; the booklet is written whole or not at all.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { defaultCacheDir } from "../../batch/cache-dir.js";
import { loadDatasetCached } from "../../batch/dataset-cache.js";
import { slugify, writeFileAtomic } from "../../batch/files.js";
import { fingerprintRenderer } from "../../batch/fingerprint.js";
import { describeProblem } from "../../batch/report.js";
import { buildBookletModel } from "../../booklet/build.js";
import * as message from "../../booklet/messages.js";
import { resolveList } from "../../booklet/select.js";
import { ChartRenderer } from "../../charts/renderer.js";
import { fileDatasetEffects } from "../../data/dataset-files.js";
import { UserError } from "../../errors.js";
import type { MunicipalityRecord } from "../../model/record.js";
import { renderBookletPdf } from "../../pdf/booklet/render.js";
import { readSheetSettings, SheetPlanner } from "../../pipeline.js";
import { formatNumber, type Lang } from "../../sheet/format.js";
import type { SheetModel } from "../../sheet/model.js";
import { UNSAFE_IN_XMP } from "../../sheet/settings.js";
import { selectCounty } from "../county-option.js";
import { collectIgnored, IGNORE_HELP } from "../ignore-option.js";
import { parseLangOption } from "../lang-option.js";
import { requireUsable } from "../require-usable.js";

interface HefteOptions {
  readonly fylke?: string;
  readonly kommuner?: string;
  readonly tittel?: string;
  readonly data: string;
  readonly out: string;
  readonly lang?: string;
  /** False with --no-verify. */
  readonly verify: boolean;
  readonly ignore: string[];
}

export function register(program: Command): void {
  program
    .command("hefte")
    .description(
      "lag ett hefte (PDF) med forside, innhold, sammendrag og rangering og arkene for et fylke eller en liste",
    )
    .option("--fylke <nr>", "alle kommuner i et fylke, f.eks. 40")
    .option("--kommuner <fil>", "en liste med ett kommunenummer eller navn per linje")
    .option("--tittel <tekst>", "heftets tittel (standard: «Faktaark <år> – <fylke>»)")
    .option("--data <dir>", "datagrunnlaget", "data/sample")
    .option("--out <dir>", "utmappen; heftet skrives til <dir>/<år>/hefter/<tittel>.pdf", "output")
    .option("--lang <nb|nn>", "målform for heftet og alle arkene (standard: bokmål, og hvert ark i kommunens egen)")
    .option("--no-verify", "ikke les heftet tilbake og kontroller arkene og setningene mot modellene")
    .option("--ignore <fil>", IGNORE_HELP, collectIgnored, [])
    .action(async (options: HefteOptions) => {
      process.exitCode = (await makeBooklet(options)) ? 0 : 1;
    });
}

/** Writes the booklet; true when every sheet is in it and the check found nothing. */
async function makeBooklet(options: HefteOptions): Promise<boolean> {
  const started = performance.now();
  if ((options.fylke === undefined) === (options.kommuner === undefined)) {
    throw new UserError(message.chooseSelection());
  }
  const lang = parseLangOption(options.lang);
  const title = options.tittel?.trim() || null;
  if (title !== null && UNSAFE_IN_XMP.test(title)) throw new UserError(message.unsafeTitle(title));
  const list = options.kommuner === undefined ? null : await readList(options.kommuner);
  // Vega and the chart templates load while the dataset is read.
  const charts = ChartRenderer.create({ compiledSpecsDir: defaultCacheDir() });
  charts.catch(() => {});
  const program = fingerprintRenderer();
  const dataset = await loadDatasetCached(options.data, program, defaultCacheDir(), fileDatasetEffects, options.ignore);
  requireUsable(dataset, (text) => process.stderr.write(text));
  const planner = await SheetPlanner.create(dataset);
  const records =
    list === null ? selectCounty(planner, options.fylke as string) : resolveList(planner.records, list.text, list.file);

  const { sheets, leftOut } = makeSheets(planner, records, lang);
  if (sheets.length === 0) throw new UserError(message.noSheets(records.length), 1);
  const { ranking, nationalCount } = planner.rankSelection(records.map((record) => record.code));
  const model = buildBookletModel({
    lang: lang ?? "nb",
    title,
    regionName: list === null ? countyName(records) : null,
    records,
    sheets,
    leftOut: leftOut.map((entry) => entry.record),
    ranking,
    nationalCount,
    dataYear: dataset.dataYear,
    isSample: dataset.isSample,
    publisher: (await readSheetSettings()).publisher,
  });
  const rendered = await renderBookletPdf(model, await charts);
  const path = join(options.out, String(dataset.dataYear), "hefter", `${slugify(model.title) || "hefte"}.pdf`);
  await writeFileAtomic(path, rendered.pdf);

  const problems = options.verify
    ? await (await import("../../verify/verify-booklet.js")).verifyBooklet(model, rendered)
    : [];
  for (const problem of problems) {
    process.stderr.write(`KONTROLL ${describeProblem({ ...problem, file: `${path} (${problem.part})` })}\n`);
  }
  const seconds = formatNumber((performance.now() - started) / 1000, 1);
  const megabytes = formatNumber(rendered.pdf.length / 1_000_000, 1);
  process.stdout.write(`${message.written(path, rendered.pages, sheets.length, megabytes, seconds)}\n`);
  return leftOut.length === 0 && problems.length === 0;
}

async function readList(file: string): Promise<{ file: string; text: string }> {
  try {
    return { file, text: await readFile(file, "utf8") };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UserError(message.listMissing(file));
    throw error;
  }
}

/** Each municipality's sheet model, in its own written form unless one is asked for; one that cannot be made is
 * named on stderr and left out. */
function makeSheets(planner: SheetPlanner, records: readonly MunicipalityRecord[], lang: Lang | undefined) {
  const sheets: SheetModel[] = [];
  const leftOut: { record: MunicipalityRecord; reason: string }[] = [];
  for (const record of records) {
    const made = planner.modelOrFailure(record, planner.languageOf(record, lang));
    if ("model" in made) sheets.push(made.model);
    else {
      leftOut.push({ record, reason: made.reason });
      process.stderr.write(`${message.leftOut(record.code, record.shortName, made.reason)}\n`);
    }
  }
  return { sheets, leftOut };
}

/** The county's Norwegian name ("Troms", not "Troms - Romsa - Tromssa"), as the sheets' charts name it. */
function countyName(records: readonly MunicipalityRecord[]): string {
  const name = records[0]?.county.name ?? "";
  return name.split(" - ")[0] ?? name;
}
