// `--lang nb|nn` (the sheet's written form), read one way by every command that takes it.
import { UserError } from "../errors.js";
import type { Lang } from "../sheet/format.js";

/** The written form asked for, or undefined for the municipality's own. */
export function parseLangOption(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === "nb" || value === "nn") return value;
  throw new UserError(`--lang må være «nb» (bokmål) eller «nn» (nynorsk), ikke «${value}».`);
}
