// `faktaark figur <kommune> --figur <navn> [--png] [--svg] [--out FIL]`: one chart of a sheet, or all of them, as a
// file to paste into a report, drawn from the same Vega view as the sheet's PDF. PNGs are drawn in this, the main
// thread: node-canvas must never be loaded in a worker thread (charts/png.ts).
import { stat } from "node:fs/promises";
import { join, sep } from "node:path";
import type { Command } from "commander";
import { defaultCacheDir } from "../../batch/cache-dir.js";
import { loadDatasetCached } from "../../batch/dataset-cache.js";
import { slugify, writeFileAtomic } from "../../batch/files.js";
import { fingerprintRenderer } from "../../batch/fingerprint.js";
import { drawChartPng, PRINT_DPI, pngSizeOf } from "../../charts/png.js";
import { ChartRenderer } from "../../charts/renderer.js";
import { fileDatasetEffects } from "../../data/dataset-files.js";
import { UserError } from "../../errors.js";
import { resolveMunicipality } from "../../model/find.js";
import { SheetPlanner } from "../../pipeline.js";
import { listChartBlocks } from "../../sheet/chart-blocks.js";
import { CHART_IDS, type ChartBlock } from "../../sheet/model.js";
import { COMPARISON_RULE_HELP, parseComparisonRuleOption } from "../comparison-option.js";
import { parseCountOption } from "../count-option.js";
import { collectIgnored, IGNORE_HELP } from "../ignore-option.js";
import { parseLangOption } from "../lang-option.js";
import { requireUsable } from "../require-usable.js";

/** `--figur alle`: every chart on the sheet. */
const ALL = "alle";

interface FigurOptions {
  readonly figur: string;
  readonly png?: boolean;
  readonly svg?: boolean;
  readonly out?: string;
  readonly lang?: string;
  readonly data: string;
  readonly count?: string;
  readonly sammenligning?: string;
  readonly ignore: string[];
}

type Format = "png" | "svg";

export function register(program: Command): void {
  program
    .command("figur")
    .description("lagre en figur fra arket som PNG i 300 dpi (eller SVG), til å lime inn i egne rapporter")
    .argument("<kommune>", 'kommunenummer eller navn, f.eks. 5001, trondheim, "Nord-Fron"')
    .requiredOption("--figur <navn>", `figuren: ${CHART_IDS.join(", ")}; eller «${ALL}»`)
    .option("--png", `som PNG i ${PRINT_DPI} dpi på hvit bunn (standard)`)
    .option("--svg", "som SVG")
    .option(
      "--out <fil|mappe>",
      "filen figuren skrives til, eller en mappe; standard: <knr>-<kommune>-<figur>.png i mappen du står i",
    )
    .option("--lang <nb|nn>", "målform (standard: kommunens egen)")
    .option("--data <dir>", "datagrunnlaget", "data/sample")
    .option("--count <n>", "antall sammenligningskommuner")
    .option("--sammenligning <regel>", COMPARISON_RULE_HELP)
    .option("--ignore <fil>", IGNORE_HELP, collectIgnored, [])
    .action(async (query: string, options: FigurOptions) => {
      for (const line of await writeFigures(query, options)) process.stdout.write(`${line}\n`);
      process.exitCode = 0;
    });
}

/** Writes the figures asked for; returns one line per file written. */
async function writeFigures(query: string, options: FigurOptions): Promise<string[]> {
  const name = options.figur === ALL ? ALL : slugify(options.figur);
  if (name !== ALL && !(CHART_IDS as readonly string[]).includes(name)) {
    throw new UserError(unknownFigure(options.figur, CHART_IDS));
  }
  const formats: Format[] = [
    ...(options.png || !options.svg ? ["png" as const] : []),
    ...(options.svg ? ["svg" as const] : []),
  ];
  const outDir = await chooseOutDir(options.out, name === ALL || formats.length > 1);
  const lang = parseLangOption(options.lang);
  const count = options.count === undefined ? undefined : parseCountOption(options.count);
  const rule = parseComparisonRuleOption(options.sammenligning);
  // Vega and the templates load while the dataset is read.
  const charts = ChartRenderer.create({ compiledSpecsDir: defaultCacheDir() });
  charts.catch(() => {});
  const program = fingerprintRenderer();
  const dataset = await loadDatasetCached(options.data, program, defaultCacheDir(), fileDatasetEffects, options.ignore);
  requireUsable(dataset, (text) => process.stderr.write(text));
  const planner = await SheetPlanner.create(dataset, {
    ...(count === undefined ? {} : { comparisonCount: count }),
    ...(rule === undefined ? {} : { comparisonRule: rule }),
  });
  const record = resolveMunicipality(planner.records, query);
  const sheetLang = planner.languageOf(record, lang);
  const blocks = listChartBlocks(planner.model(record, sheetLang));
  const chosen = name === ALL ? blocks : blocks.filter((block) => block.id === name);
  if (chosen.length === 0) {
    throw new UserError(
      figureNotOnSheet(
        name,
        record.shortName,
        blocks.map((block) => block.id),
      ),
    );
  }
  const renderer = await charts;
  const lines: string[] = [];
  for (const block of chosen) {
    for (const format of formats) {
      const fileName = planner.figureFileNameFor(record, sheetLang, block.id, format);
      const path = outDir === null ? (options.out ?? fileName) : join(outDir, fileName);
      await writeFileAtomic(path, await drawFigure(renderer, block, format));
      lines.push(describeFile(path, block, format));
    }
  }
  return lines;
}

/**
 * The folder the figures are written to under their own names, or null when `out` is the one figure's file: a
 * folder that exists or ends in "/", or any name not taken when there are several figures (the folder is made).
 */
async function chooseOutDir(out: string | undefined, several: boolean): Promise<string | null> {
  if (out === undefined) return ".";
  if (out.endsWith("/") || out.endsWith(sep)) return out;
  const found = await stat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (found?.isDirectory()) return out;
  if (!several) return null;
  if (found) throw new UserError(`--out ${out} er en fil; flere figurer trenger en mappe å skrives i.`);
  return out;
}

function drawFigure(renderer: ChartRenderer, block: ChartBlock, format: Format): Promise<Buffer | string> {
  return format === "png" ? drawChartPng(renderer, block.chart) : renderer.toSvg(block.chart);
}

function describeFile(path: string, block: ChartBlock, format: Format): string {
  if (format === "svg") return `${path}: «${block.title}»`;
  const { width, height } = pngSizeOf(block.chart);
  return `${path}: «${block.title}», ${width} × ${height} piksler, ${PRINT_DPI} dpi`;
}

export function unknownFigure(asked: string, known: readonly string[]): string {
  return `Figuren «${asked}» finnes ikke. Figurene er ${known.join(", ")}; eller «${ALL}» for alle.`;
}

export function figureNotOnSheet(asked: string, municipality: string, onSheet: readonly string[]): string {
  return `Arket for ${municipality} har ikke figuren «${asked}»: det har ingen tall til den. Figurene på arket er ${onSheet.join(", ") || "ingen"}.`;
}
