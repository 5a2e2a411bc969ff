// `faktaark list [--data DIR] [--search TEXT]`: the municipalities of a dataset with number, name, county and
// written form; --search finds by number or any form of the name.
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { findMunicipalities } from "../../model/find.js";
import { loadDataset } from "../../model/load.js";
import type { MunicipalityRecord, WrittenForm } from "../../model/record.js";

interface ListOptions {
  readonly data: string;
  readonly search?: string;
}

const WRITTEN_FORMS: Readonly<Record<WrittenForm, string>> = { nb: "bokmål", nn: "nynorsk", neutral: "nøytral" };

export function register(program: Command): void {
  program
    .command("list")
    .description("list kommunene i datagrunnlaget: nummer, navn, fylke og målform")
    .option("--data <dir>", "datamappen", "data/sample")
    .option(
      "--search <tekst>",
      "vis bare kommuner med dette nummeret eller navnet (store/små bokstaver og aksenter spiller ingen rolle)",
    )
    .action(async (options: ListOptions) => {
      const dataset = await loadDataset(options.data);
      process.stdout.write(`${listMunicipalities(dataset.records, options.search).join("\n")}\n`);
    });
}

/** The lines `list` prints; throws a UserError when a search finds nothing. */
export function listMunicipalities(records: readonly MunicipalityRecord[], search?: string): string[] {
  let shown: readonly MunicipalityRecord[] = records;
  if (search !== undefined) {
    const { exact, candidates } = findMunicipalities(records, search);
    shown = exact.length > 0 ? exact : candidates;
    if (shown.length === 0)
      throw new UserError(`Fant ingen kommune som passer «${search}». Kjør faktaark list for å se alle.`);
  }
  const rows = shown.map((r) => [r.code, r.name, r.county.name, WRITTEN_FORMS[r.writtenForm]] as const);
  const width = (i: number): number => Math.max(...rows.map((row) => (row[i] ?? "").length), (HEADER[i] ?? "").length);
  const format = (row: readonly string[]): string =>
    row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(width(i)))).join("  ");
  const count = search === undefined ? `${shown.length} kommuner` : `${shown.length} treff på «${search}»`;
  return [format(HEADER), ...rows.map(format), "", count];
}

const HEADER = ["Nr.", "Kommune", "Fylke", "Målform"] as const;
