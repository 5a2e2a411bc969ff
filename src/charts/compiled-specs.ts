// Vega-Lite's compilation of the chart templates, kept on disk between runs.
//
// A process that draws charts compiles each template once. Compiling means loading Vega-Lite (~0.1-0.3 s) and
// ~10 ms a template; a single cold sheet and each batch worker paid both. The compiled Vega spec depends only on
// what goes in (the template, the chart config, the box size) and on Vega-Lite's version, so it is kept under a
// hash of those: a changed template, config or Vega-Lite gets a new entry and never reads an old one. The cache
// is an optimisation only: an entry that cannot be read or written is compiled anew.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sha256, writeFileAtomic } from "../batch/files.js";
import { installedVersion } from "../installed-version.js";

/** What Vega-Lite gives for a template: the Vega spec and the warnings it logged while compiling. */
export interface CompiledSpec {
  readonly spec: Record<string, unknown>;
  readonly warnings: readonly string[];
}

function isCompiledSpec(value: unknown): value is CompiledSpec {
  const entry = value as Partial<CompiledSpec> | null;
  return (
    typeof entry === "object" &&
    entry !== null &&
    typeof entry.spec === "object" &&
    entry.spec !== null &&
    Array.isArray(entry.warnings) &&
    entry.warnings.every((warning) => typeof warning === "string")
  );
}

/** Compiled specs in `dir` (null: none kept, every template compiled in the process that draws it). */
export class CompiledSpecs {
  readonly #dir: string | null;

  constructor(dir: string | null) {
    this.#dir = dir;
  }

  /** The file an input's compilation is kept in (null without a directory). */
  fileOf(input: unknown): string | null {
    if (this.#dir === null) return null;
    const key = sha256(`vega-lite ${installedVersion("vega-lite")}\n${JSON.stringify(input)}`);
    return join(this.#dir, `vega-lite-${key.slice(0, 32)}.json`);
  }

  /** The kept compilation of `input`, else `compile()`'s, which is then kept. */
  async get(input: unknown, compile: () => Promise<CompiledSpec>): Promise<CompiledSpec> {
    const file = this.fileOf(input);
    if (file === null) return compile();
    const kept = await readKept(file);
    if (kept !== null) return kept;
    const compiled = await compile();
    // A read-only or full disk only costs the next run the compilation.
    await writeFileAtomic(file, JSON.stringify(compiled)).catch(() => {});
    return compiled;
  }
}

/** The entry in `file`, or null when there is none or it is not whole (a file cut short, edited, …). */
async function readKept(file: string): Promise<CompiledSpec | null> {
  try {
    const kept: unknown = JSON.parse(await readFile(file, "utf8"));
    return isCompiledSpec(kept) ? kept : null;
  } catch {
    return null;
  }
}
