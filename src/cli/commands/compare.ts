// `faktaark compare <kommune>`: the comparison municipalities of one municipality, with distance and likenesses.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import type { Command } from "commander";
import { formatComparisonText } from "../../compare/format-text.js";
import { type ManualComparisons, parseManualComparisons } from "../../compare/manual.js";
import { compareMessages } from "../../compare/messages.js";
import { requireRuleData } from "../../compare/rules.js";
import { DEFAULT_COMPARISON_COUNT, selectComparisons } from "../../compare/select.js";
import { DEFAULT_MANUAL_COMPARISONS } from "../../data/config-files.js";
import { UserError } from "../../errors.js";
import { resolveMunicipality } from "../../model/find.js";
import { loadDataset } from "../../model/load.js";
import { readSheetSettings } from "../../pipeline.js";
import { COMPARISON_RULE_HELP, parseComparisonRuleOption } from "../comparison-option.js";
import { parseCountOption } from "../count-option.js";

interface CompareOptions {
  readonly data: string;
  readonly count: string;
  readonly json?: boolean;
  readonly sammenligning?: string;
  readonly sammenligningsliste?: string;
}

export function register(program: Command): void {
  program
    .command("compare")
    .description("vis sammenligningskommunene for en kommune, med avstand og hva som gjør dem like")
    .argument("<kommune>", "kommunenavn eller firesifret kommunenummer")
    .option("--data <dir>", "datamappen", "data/sample")
    .option("--count <n>", "antall sammenligningskommuner", String(DEFAULT_COMPARISON_COUNT))
    .option("--sammenligning <regel>", COMPARISON_RULE_HELP)
    .option(
      "--sammenligningsliste <fil>",
      "rådgivernes egne sammenligningskommuner (standard: data/config/sammenligning.csv i faktaark-mappen)",
    )
    .option("--json", "skriv resultatet som JSON")
    .action(async (query: string, options: CompareOptions) => {
      const lines = await runCompare(query, options);
      process.stdout.write(`${lines.join("\n")}\n`);
      process.exitCode = 0;
    });
}

export async function runCompare(query: string, options: CompareOptions): Promise<string[]> {
  const count = parseCountOption(options.count);
  const rule = parseComparisonRuleOption(options.sammenligning) ?? (await readSheetSettings()).comparisonRule;
  const manualLists = await readManualComparisons(options.sammenligningsliste);
  const dataset = await loadDataset(options.data);
  requireRuleData(rule, dataset.records, options.data);
  const record = resolveMunicipality(dataset.records, query);
  const manual = manualLists.get(record.code) ?? [];
  const result = selectComparisons(dataset.records, record.code, {
    count,
    manual,
    rule,
    damaged: dataset.regionErrors,
  });
  if (options.json) return [JSON.stringify({ name: record.name, county: record.county, ...result }, null, 2)];
  return formatComparisonText(record, result);
}

/** The advisers' list; used when it exists, silently skipped when the default file is absent. */
async function readManualComparisons(file: string | undefined): Promise<ManualComparisons> {
  // The project's own list by default, wherever faktaark is run from, as `build` finds it.
  const path = file ?? relative(process.cwd(), DEFAULT_MANUAL_COMPARISONS);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      if (file === undefined) return new Map();
      throw new UserError(compareMessages.manualFileMissing(path));
    }
    throw error;
  }
  return parseManualComparisons(text, path);
}

/** One municipality for a name or code; a UserError (exit 2) with the closest candidates otherwise. */
