// The indicator model a statistician edits (data/config/indikatormodell.csv): which indicators, in which group,
// which direction and weight. Read as text, normalised into a typed model with messages that name the line.

import { UserError } from "../errors.js";
import { findIndicator, INDICATORS } from "./catalogue.js";
import { readConfigTable } from "./config-csv.js";
import { modelMessages } from "./messages.js";

export type { Ranking, RankingOptions, RankingPart, RankingRow } from "./rank.js";
export { rankMunicipalities } from "./rank.js";

/** "høy er verre": a high value means a larger social-housing challenge; "høy er bedre": a smaller one. */
export type Direction = "higher-is-worse" | "higher-is-better";

export interface ModelIndicator {
  readonly id: string;
  readonly label: string;
  readonly shortLabel: string;
  readonly unit: string;
  readonly decimals: number;
  readonly group: string;
  readonly direction: Direction;
  /** The weight as written (not normalised); 0 keeps the indicator in the file but out of the score. */
  readonly weight: number;
  readonly description: string;
  /** Line in the config file, for messages. */
  readonly line: number;
}

export interface IndicatorModel {
  readonly file: string;
  readonly indicators: readonly ModelIndicator[];
}

export const MODEL_COLUMNS = ["id", "gruppe", "retning", "vekt", "beskrivelse"] as const;

const DIRECTIONS: Readonly<Record<string, Direction>> = {
  "høy er verre": "higher-is-worse",
  "høy er bedre": "higher-is-better",
};

/** Digits with an optional decimal comma or point; a sign is read so a negative weight gets its own message. */
const WEIGHT = /^[-+]?\d+(?:[.,]\d+)?$/;

export function parseIndicatorModel(text: string, file: string): IndicatorModel {
  const table = readConfigTable(text, file, MODEL_COLUMNS);
  const indicators: ModelIndicator[] = [];
  for (const row of table.rows) {
    const id = row.cells.id ?? "";
    if (row.width !== table.header.length) {
      throw new UserError(modelMessages.wrongWidth(file, row.line, table.header, row.width));
    }
    if (id === "") throw new UserError(modelMessages.missingId(file, row.line));
    const definition = findIndicator(id);
    if (!definition) {
      throw new UserError(
        modelMessages.unknownIndicator(
          file,
          row.line,
          id,
          INDICATORS.map((i) => i.id),
        ),
      );
    }
    const earlier = indicators.find((indicator) => indicator.id === id);
    if (earlier) throw new UserError(modelMessages.duplicateIndicator(file, row.line, id, earlier.line));
    const group = row.cells.gruppe ?? "";
    if (group === "") throw new UserError(modelMessages.missingGroup(file, row.line, id));
    const directionText = row.cells.retning ?? "";
    const direction = DIRECTIONS[directionText.toLowerCase().replace(/\s+/g, " ")];
    if (!direction) throw new UserError(modelMessages.badDirection(file, row.line, id, directionText));
    const weightText = row.cells.vekt ?? "";
    if (!WEIGHT.test(weightText)) throw new UserError(modelMessages.badWeight(file, row.line, id, weightText));
    const weight = Number(weightText.replace(",", "."));
    if (weight < 0) throw new UserError(modelMessages.negativeWeight(file, row.line, id, weightText));
    indicators.push({
      id,
      label: definition.label,
      shortLabel: definition.shortLabel,
      unit: definition.unit,
      decimals: definition.decimals,
      group,
      direction,
      weight,
      description: row.cells.beskrivelse ?? "",
      line: row.line,
    });
  }
  if (!indicators.some((indicator) => indicator.weight > 0)) throw new UserError(modelMessages.noWeight(file));
  return { file, indicators };
}
