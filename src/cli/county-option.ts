// `--fylke NR`, read one way by every command that makes sheets for a county (`build`, `hefte`).
import { UserError } from "../errors.js";
import type { MunicipalityRecord } from "../model/record.js";
import type { SheetPlanner } from "../pipeline.js";

/** The county's municipalities, in the register's order; a county without any is the user's mistake. */
export function selectCounty(planner: SheetPlanner, value: string): MunicipalityRecord[] {
  const inCounty = planner.inCounty(value.padStart(2, "0"));
  if (inCounty.length === 0) throw new UserError(`Fylke ${value} har ingen kommuner i datagrunnlaget.`);
  return inCounty;
}
