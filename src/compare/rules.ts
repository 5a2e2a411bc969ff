// The rules that say among which municipalities the comparison municipalities are chosen: all of them (`nearest`),
// those of the same KOSTRA group (`kostra`), or those of the same county (`fylke`). Within them the nearest
// neighbours in the structural indicators are taken (select.ts). Husbanken's regions are no rule: no source names
// today's regions and their counties (docs/indikatormodell.md §3.4).
import { UserError } from "../errors.js";
import type { MunicipalityRecord } from "../model/record.js";
import { compareMessages } from "./messages.js";

export const COMPARISON_RULES = ["nearest", "kostra", "fylke"] as const;

export type ComparisonRule = (typeof COMPARISON_RULES)[number];

export function isComparisonRule(value: string): value is ComparisonRule {
  return (COMPARISON_RULES as readonly string[]).includes(value);
}

/** The municipalities a rule chooses among, as the sheet and `compare` describe them. */
export type ComparisonPool =
  | { readonly rule: "nearest" }
  /** `others`: how many other municipalities the group or county has. */
  | { readonly rule: "kostra"; readonly group: number; readonly others: number }
  | {
      readonly rule: "fylke";
      readonly county: { readonly code: string; readonly name: string };
      readonly others: number;
    };

export interface PoolChoice {
  readonly pool: ComparisonPool;
  /** Whether a municipality may be chosen under the rule. */
  readonly admits: (record: MunicipalityRecord) => boolean;
}

/** The pool of `record` under `rule`; a UserError when the record has no KOSTRA group for the `kostra` rule. */
export function choosePool(
  rule: ComparisonRule,
  record: MunicipalityRecord,
  records: readonly MunicipalityRecord[],
): PoolChoice {
  const othersWhere = (admits: (other: MunicipalityRecord) => boolean) =>
    records.filter((other) => other.code !== record.code && admits(other)).length;
  switch (rule) {
    case "nearest":
      return { pool: { rule }, admits: () => true };
    case "kostra": {
      const group = record.kostraGroup;
      if (group === null) throw new UserError(compareMessages.noKostraGroup(record.shortName, record.code));
      const admits = (other: MunicipalityRecord) => other.kostraGroup === group;
      return { pool: { rule, group, others: othersWhere(admits) }, admits };
    }
    case "fylke": {
      const admits = (other: MunicipalityRecord) => other.county.code === record.county.code;
      return { pool: { rule, county: record.county, others: othersWhere(admits) }, admits };
    }
  }
}

/** A dataset in which no municipality has a KOSTRA group cannot use the `kostra` rule at all: a UserError naming
 * the way out, before any sheet is attempted. */
export function requireRuleData(rule: ComparisonRule, records: readonly MunicipalityRecord[], dir: string): void {
  if (rule === "kostra" && !records.some((record) => record.kostraGroup !== null)) {
    throw new UserError(compareMessages.noKostraGroups(dir));
  }
}
