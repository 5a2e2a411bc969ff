// Whether a dataset can make sheets. Unusable when the register (KLASS 131) or the population (SSB 07459)
// is missing, or when any file has an error: an error means figures were dropped or would be wrong, and the
// user should fix the file before sheets are printed. Warnings (unrecognised files, years outside the range
// faktaark reads, unknown codes, encoding doubts) leave the dataset usable.
import * as message from "./messages.js";
import type { RawDataset } from "./read-dataset.js";
import { isMunicipalityCode } from "./regions.js";
import { findTableSpec } from "./tables.js";

export interface Usability {
  readonly usable: boolean;
  /** Why not, in Norwegian, one line each. */
  readonly reasons: readonly string[];
}

export function assessUsability(raw: RawDataset): Usability {
  const reasons: string[] = [];
  const hasRegister = raw.classifications.some(
    (table) => table.classification === "131" && table.codes.some((code) => isMunicipalityCode(code.code)),
  );
  if (!hasRegister) reasons.push(message.noRegister());
  const hasPopulation = raw.tables.some(
    (table) =>
      findTableSpec(table.source.table)?.topics.includes("population") === true &&
      table.observations.some((observation) => isMunicipalityCode(observation.region)),
  );
  if (!hasPopulation) reasons.push(message.noPopulation());
  // A row-level error spoils one municipality's sheet, not the dataset: those sheets fail, the others are built.
  const errors = raw.diagnostics.filter((d) => d.severity === "error" && d.region === undefined).length;
  if (errors > 0) reasons.push(message.errorsFound(errors));
  return { usable: reasons.length === 0, reasons };
}
