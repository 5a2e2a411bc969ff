// Collects the problems found in one file. A big file with one systematic fault (say 11 000 rows before 1950)
// would drown the report, so each kind of problem is kept for its first rows and then counted.
import * as message from "./messages.js";
import type { Diagnostic } from "./types.js";

/** How many problems of one kind are reported row by row before the rest are counted. */
const ROWS_PER_KIND = 10;

export type Severity = Diagnostic["severity"];

/** The problems of one kind past the cap: counted, with the first of them, and whether each belonged to a region. */
interface Overflow {
  readonly severity: Severity;
  count: number;
  readonly first: string;
  readonly text: string;
  /** The first region, while every problem counted has one; null once one belongs to the file. */
  region: string | null;
}

export class DiagnosticSink {
  readonly #file: string;
  readonly #kept: Diagnostic[] = [];
  readonly #overflow = new Map<string, Overflow>();
  readonly #perKind = new Map<string, number>();
  readonly #errorRegions = new Map<string, string>();
  #errors = 0;

  constructor(file: string) {
    this.#file = file;
  }

  get file(): string {
    return this.#file;
  }

  /** `kind` groups problems for capping (e.g. "year"); `at` is "line 12" or a JSON path. */
  add(severity: Severity, kind: string, at: string | undefined, text: string, region?: string): void {
    if (severity === "error") this.#errors += 1;
    // Every region with an error is remembered, also past the cap: its sheet must not be printed from bad data.
    if (severity === "error" && region !== undefined && !this.#errorRegions.has(region)) {
      this.#errorRegions.set(region, `${this.#file}${at === undefined ? "" : `, ${at}`}: ${text}`);
    }
    const seen = this.#perKind.get(kind) ?? 0;
    this.#perKind.set(kind, seen + 1);
    if (seen < ROWS_PER_KIND) {
      this.#kept.push(
        at === undefined
          ? { severity, file: this.#file, message: text, ...(region ? { region } : {}) }
          : { severity, file: this.#file, at, message: text, ...(region ? { region } : {}) },
      );
      return;
    }
    const overflow = this.#overflow.get(kind);
    if (overflow) {
      overflow.count += 1;
      if (region === undefined) overflow.region = null;
    } else {
      this.#overflow.set(kind, { severity, count: 1, first: at ?? this.#file, text, region: region ?? null });
    }
  }

  error(kind: string, at: string | undefined, text: string, region?: string): void {
    this.add("error", kind, at, text, region);
  }

  /** Regions with a row-level error, each with its first problem ("file, linje 12: …"). */
  errorRegions(): ReadonlyMap<string, string> {
    return this.#errorRegions;
  }

  warning(kind: string, at: string | undefined, text: string): void {
    this.add("warning", kind, at, text);
  }

  hasErrors(): boolean {
    return this.#errors > 0;
  }

  /**
   * The problems, with one summary line per kind that overflowed. The summary names the problem, and is a
   * region's problem when every row it counts was one: how many rows are shown never changes what the rule
   * (usability.ts) makes of them.
   */
  list(): Diagnostic[] {
    const summaries: Diagnostic[] = [...this.#overflow.values()].map(({ severity, count, first, text, region }) => ({
      severity,
      file: this.#file,
      message: message.moreOfTheSame(count, first, text),
      ...(region === null ? {} : { region }),
    }));
    return [...this.#kept, ...summaries];
  }
}

/** "line 12" as the Diagnostic `at` field names a line. */
export const lineAt = (line: number): string => `linje ${line}`;
