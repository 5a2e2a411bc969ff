// A Vega-Lite logger that collects warnings instead of printing them, so they can be reported with the
// template's name (Vega-Lite's default logger writes to the console without saying which spec it means).
import type { compile } from "vega-lite";

type Logger = NonNullable<NonNullable<Parameters<typeof compile>[1]>["logger"]>;

/** Pushes each warning (and error) Vega-Lite logs onto `warnings`. */
export function createWarningLogger(warnings: string[]): Logger {
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: readonly unknown[]) {
      warnings.push(args.map(String).join(" "));
      return logger;
    },
    warn(...args: readonly unknown[]) {
      warnings.push(args.map(String).join(" "));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger as unknown as Logger;
}
