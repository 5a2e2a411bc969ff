// Which municipalities a command is for, read one way by `build` and `tall`: names or numbers, --fylke NR, or --all.
import { UserError } from "../errors.js";
import { resolveMunicipality } from "../model/find.js";
import type { MunicipalityRecord } from "../model/record.js";
import type { SheetPlanner } from "../pipeline.js";
import { selectCounty } from "./county-option.js";

export interface SelectionOptions {
  readonly all?: boolean;
  readonly fylke?: string;
}

/** A UserError (exit 2) when no municipality is asked for: checked before the dataset is read. */
export function requireSelection(queries: readonly string[], options: SelectionOptions): void {
  if (queries.length === 0 && !options.all && !options.fylke) {
    throw new UserError("Si hvilke kommuner: kommunenummer eller navn, --fylke NR eller --all.");
  }
}

/** The municipalities asked for, each once; a UserError (exit 2) for an unknown name or an empty county. */
export function selectRecords(
  planner: SheetPlanner,
  queries: readonly string[],
  options: SelectionOptions,
): MunicipalityRecord[] {
  if (options.all) return [...planner.records];
  const chosen = new Map<string, MunicipalityRecord>();
  if (options.fylke) {
    for (const record of selectCounty(planner, options.fylke)) chosen.set(record.code, record);
  }
  for (const query of queries) {
    const record = resolveMunicipality(planner.records, query);
    chosen.set(record.code, record);
  }
  return [...chosen.values()];
}
