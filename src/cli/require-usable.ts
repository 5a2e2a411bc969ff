// The usability rule (src/data/usability.ts) for commands that make sheets from the joined dataset, `build` and
// `serve`: an unusable dataset stops the command with exit 2 before any sheet is made.
import * as message from "../data/messages.js";
import { judgeUsability, listFileErrors } from "../data/usability.js";
import { UserError } from "../errors.js";
import type { Dataset } from "../model/dataset.js";

/** Errors listed before the count of the rest. */
const SHOWN_ERRORS = 5;

/** Writes the first file errors to `writeError` and throws when the dataset cannot make correct sheets. A file
 * error cannot be traced to one municipality, so it stops the run rather than letting sheets print wrong figures;
 * errors in one municipality's rows fail that sheet alone (runBatch). */
export function requireUsable(dataset: Dataset, writeError: (text: string) => void): void {
  const { usable, reasons } = judgeUsability({
    // The same facts `check` judges from the files (usability.ts), so the two never disagree.
    hasRegister: dataset.hasRegister,
    hasPopulation: dataset.records.some((record) => record.population !== null),
    diagnostics: dataset.diagnostics,
  });
  if (usable) return;
  const errors = listFileErrors(dataset.diagnostics);
  if (errors.length > 0) {
    const shown = errors.slice(0, SHOWN_ERRORS).map((error) => `  ${message.formatDiagnostic(error)}`);
    if (errors.length > SHOWN_ERRORS) shown.push(`  … og ${errors.length - SHOWN_ERRORS} til`);
    writeError(`${shown.join("\n")}\n`);
  }
  throw new UserError(
    `Datagrunnlaget ${dataset.dir} kan ikke brukes: ${reasons.join("; ")}. Se «faktaark check --data ${dataset.dir}».`,
  );
}
