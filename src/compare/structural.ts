// The structural indicators the comparison municipalities are chosen on (after CIPFA's nearest-neighbour model).
import { findIndicator, type IndicatorSource } from "../indicators/catalogue.js";
import type { MunicipalityRecord } from "../model/record.js";

/** The indicators, in the order they are shown; ids from the indicator catalogue. */
export const STRUCTURAL_INDICATOR_IDS = [
  "folketall",
  "sentralitet",
  "vekst_5ar",
  "vekst_10ar",
  "andel_67_pluss",
  "andel_80_pluss",
  "andel_innvandrere",
  "husholdningsstorrelse",
  "andel_blokk",
  "andel_leiere",
  "boligbygging_per_1000",
] as const;

export interface StructuralIndicator {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly decimals: number;
  readonly scale: "linear" | "log";
  /** The value, or null when the record lacks it. */
  readonly value: number | null;
  readonly source: IndicatorSource | null;
}

export interface StructuralIndicators {
  readonly code: string;
  readonly indicators: readonly StructuralIndicator[];
}

export function computeStructuralIndicators(record: MunicipalityRecord): StructuralIndicators {
  const indicators = STRUCTURAL_INDICATOR_IDS.map((id): StructuralIndicator => {
    const definition = findIndicator(id);
    if (!definition) throw new Error(`structural indicator ${id} is missing from the catalogue`);
    const computed = definition.compute(record);
    return {
      id,
      label: definition.label,
      unit: definition.unit,
      decimals: definition.decimals,
      scale: definition.scale,
      value: computed?.value ?? null,
      source: computed?.source ?? null,
    };
  });
  return { code: record.code, indicators };
}
