// Whether a dataset can make sheets: the one rule of `check`, `build` and `serve`. Unusable when the register
// (KLASS 131) or the population (SSB 07459) is missing, or when any file has an error: an error means figures were
// dropped or would be wrong (a file that cannot be read, labels that match nothing, two values for one cell), and
// the user should fix the file, or pass it over with --ignore, before sheets are printed. Warnings (tables faktaark
// does not use, years outside the range it reads, unknown codes, encoding doubts) leave the dataset usable.
import * as message from "./messages.js";
import type { RawDataset } from "./read-dataset.js";
import { isMunicipalityCode } from "./regions.js";
import { findTableSpec } from "./tables.js";
import type { Diagnostic } from "./types.js";

export interface Usability {
  readonly usable: boolean;
  /** Why not, in Norwegian, one line each. */
  readonly reasons: readonly string[];
}

/** What the rule looks at, from the raw tables (`check`) or from the joined records (`build`, `serve`). */
export interface UsabilityFacts {
  readonly hasRegister: boolean;
  readonly hasPopulation: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

export function judgeUsability(facts: UsabilityFacts): Usability {
  const reasons: string[] = [];
  if (!facts.hasRegister) reasons.push(message.noRegister());
  if (!facts.hasPopulation) reasons.push(message.noPopulation());
  // A row-level error spoils one municipality's sheet, not the dataset: those sheets fail, the others are built.
  const errors = listFileErrors(facts.diagnostics).length;
  if (errors > 0) reasons.push(message.errorsFound(errors));
  return { usable: reasons.length === 0, reasons };
}

/** Errors that belong to a file rather than to one municipality's rows. */
export function listFileErrors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "error" && d.region === undefined);
}

/** Whether the dataset has the municipality register (a KLASS 131 file with municipality numbers). */
export function hasRegister(raw: RawDataset): boolean {
  return raw.classifications.some(
    (table) => table.classification === "131" && table.codes.some((code) => isMunicipalityCode(code.code)),
  );
}

export function assessUsability(raw: RawDataset): Usability {
  return judgeUsability({
    hasRegister: hasRegister(raw),
    hasPopulation: raw.tables.some(
      (table) =>
        findTableSpec(table.source.table)?.topics.includes("population") === true &&
        table.observations.some((observation) => isMunicipalityCode(observation.region)),
    ),
    diagnostics: raw.diagnostics,
  });
}
