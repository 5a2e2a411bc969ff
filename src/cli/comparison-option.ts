// `--sammenligning <regel>` (the rule the comparison municipalities are chosen by), read one way by every command
// that takes it.
import { compareMessages } from "../compare/messages.js";
import { COMPARISON_RULES, type ComparisonRule, isComparisonRule } from "../compare/rules.js";
import { UserError } from "../errors.js";

export const COMPARISON_RULE_HELP =
  `regelen sammenligningskommunene velges etter: ${COMPARISON_RULES.join(", ")} ` +
  "(standard: «sammenligning» i data/config/ark.csv)";

/** The rule asked for, or undefined for the one in the sheet settings. */
export function parseComparisonRuleOption(value: string | undefined): ComparisonRule | undefined {
  if (value === undefined) return undefined;
  if (isComparisonRule(value)) return value;
  throw new UserError(compareMessages.unknownRule(value, COMPARISON_RULES));
}
