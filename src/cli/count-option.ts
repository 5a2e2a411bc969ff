// `--count N` (how many comparison municipalities), read one way by every command that takes it.
import { UserError } from "../errors.js";

/** A whole number from 1 ("3", not "3.5", "0" or "fem"). */
export function parseCountOption(value: string): number {
  const count = Number(value.trim());
  if (value.trim() === "" || !Number.isInteger(count) || count < 1) {
    throw new UserError(`--count må være et helt tall fra 1 og opp, ikke «${value}».`);
  }
  return count;
}
