// How a batch run tells what it does: a one-line progress bar on a terminal, a line per sheet otherwise, only
// failures with --quiet, or JSON lines (one object per sheet and a summary) with --log-format json.
import { formatNumber } from "../sheet/format.js";
import type { Problem } from "../verify/checks.js";
import * as message from "./messages.js";

const formatSeconds = (seconds: number): string => `${formatNumber(seconds, 1)} s`;

/** A problem the statement check found in one sheet's PDF. */
export interface SheetProblem extends Problem {
  readonly file: string;
}

export type SheetEvent =
  | {
      readonly event: "built";
      readonly code: string;
      readonly name: string;
      readonly file: string;
      readonly ms: number;
      readonly bytes: number;
      /** What reading the PDF back found (empty when nothing, or when not checked). */
      readonly problems: readonly SheetProblem[];
    }
  | { readonly event: "unchanged"; readonly code: string; readonly name: string; readonly file: string }
  | { readonly event: "failed"; readonly code: string; readonly name: string; readonly reason: string };

export interface RunSummary {
  readonly outDir: string;
  readonly total: number;
  readonly built: number;
  readonly unchanged: number;
  readonly failed: readonly { readonly code: string; readonly name: string; readonly reason: string }[];
  /** The statement check of the sheets built in this run, or null with `--no-verify`. */
  readonly verify: { readonly checked: number; readonly problems: readonly SheetProblem[] } | null;
  /** Sheets moved to `utgått/` because the register no longer has them under that name (retire.ts). */
  readonly retired: readonly { readonly file: string; readonly reason: string }[];
  /** With `--forrige`: the edition the sheets were compared with. */
  readonly previous: PreviousUse | null;
  /** Sheets whose journal line could not be written, even on a second try (their manifest entries stand). */
  readonly journalFailures: number;
  /** Why the run stopped before the end (a full disk, an unwritable folder), or null when it ran to the end. */
  readonly stopped: string | null;
  /** Regions with errors in their data rows anywhere in the dataset, each with its first error: their sheets fail,
   * and a county's or the country's sum of municipalities is «..» where their figures are missing, so the run
   * ends with 1 even when every sheet it was asked for was made. */
  readonly damaged: readonly { readonly code: string; readonly name: string; readonly reason: string }[];
  readonly seconds: number;
  /** Peak resident memory of the process (main thread and workers together), in MB. */
  readonly maxRssMb: number;
  /** CPU time of the process (all threads, user and system) since it started, in seconds. */
  readonly cpuSeconds: number;
}

export interface PreviousUse {
  /** The year folder read. */
  readonly dir: string;
  readonly year: number;
  /** Sheets of this run with no sheet of that edition to compare with. */
  readonly without: number;
}

export interface Reporter {
  start(total: number): void;
  sheet(event: SheetEvent): void;
  finish(summary: RunSummary): void;
}

export type LogFormat = "text" | "json";

export interface ReporterOptions {
  readonly format: LogFormat;
  readonly quiet: boolean;
  /** Where text goes; a TTY gets the progress bar. */
  readonly stream: NodeJS.WriteStream;
  /** Where JSON lines go. */
  readonly jsonStream: NodeJS.WritableStream;
}

export function createReporter(options: ReporterOptions): Reporter {
  if (options.format === "json") return new JsonReporter(options.jsonStream);
  return new TextReporter(options.stream, options.quiet, options.stream.isTTY === true && !options.quiet);
}

/** The closing lines of a run, in Norwegian. */
export function describeSummary(summary: RunSummary): string[] {
  const previous = summary.previous
    ? [message.previousUsed(summary.previous.dir, summary.previous.year, summary.previous.without)]
    : [];
  if (summary.built === 0 && summary.failed.length === 0 && summary.retired.length === 0 && !summary.stopped) {
    return [`Ingen endringer: ${formatNumber(summary.unchanged)} ark er oppdatert (${summary.outDir}).`, ...previous];
  }
  const parts = [`${formatNumber(summary.built)} laget`];
  if (summary.unchanged > 0) parts.push(`${formatNumber(summary.unchanged)} uendret`);
  parts.push(`${formatNumber(summary.failed.length)} feilet`);
  const lines = [`Ferdig på ${formatSeconds(summary.seconds)}: ${parts.join(", ")}. Filer i ${summary.outDir}`];
  for (const failure of summary.failed) lines.push(`  feilet: ${failure.code} ${failure.name}: ${failure.reason}`);
  for (const sheet of summary.retired) lines.push(`  flyttet til utgått/: ${sheet.file} (${sheet.reason})`);
  lines.push(...previous);
  if (summary.journalFailures > 0) {
    lines.push(
      `Merk: ${formatNumber(summary.journalFailures)} ark kom ikke i journalen (manifest.journal), heller ikke ved andre forsøk; manifest.json har dem.`,
    );
  }
  if (summary.stopped) lines.push(`Stoppet før slutten: ${summary.stopped}`);
  if (summary.damaged.length > 0) lines.push(message.damagedData(summary.damaged));
  if (summary.verify) lines.push(describeVerify(summary.verify.checked, summary.verify.problems));
  return lines;
}

/** The statement check's closing line: how many sheets were read back and what was found. */
export function describeVerify(checked: number, problems: readonly SheetProblem[]): string {
  const sheets = new Set(problems.map((problem) => problem.file)).size;
  return problems.length === 0
    ? `Kontroll: ${formatNumber(checked)} ark lest tilbake, ingen feil.`
    : `Kontroll: ${formatNumber(checked)} ark lest tilbake, ${formatNumber(problems.length)} feil i ${formatNumber(sheets)} ark.`;
}

/** One problem of the statement check, as a line: "1580-haram.pdf side 2: …". */
export function describeProblem(problem: SheetProblem): string {
  return `${problem.file}${problem.page === null ? "" : ` side ${problem.page}`}: ${problem.message}`;
}

class TextReporter implements Reporter {
  private total = 0;
  private done = 0;
  private started = 0;
  private lastDraw = 0;
  private barShown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly quiet: boolean,
    private readonly bar: boolean,
  ) {}

  start(total: number): void {
    this.total = total;
    this.started = performance.now();
  }

  sheet(event: SheetEvent): void {
    this.done += 1;
    // What the statement check finds is printed as it comes, like a failure, even with --quiet.
    if (event.event === "built")
      for (const problem of event.problems) this.write(`KONTROLL ${describeProblem(problem)}`);
    if (event.event === "failed") {
      this.write(`FEIL ${event.code} ${event.name}: ${event.reason}`);
    } else if (this.bar) {
      const now = performance.now();
      // Redrawing more often than ten times a second only costs time.
      if (now - this.lastDraw >= 100 || this.done === this.total) this.draw(now);
    } else if (!this.quiet && event.event === "built") {
      const what = event.file;
      this.write(`${String(this.done).padStart(String(this.total).length)}/${this.total} ${what}`);
    }
  }

  finish(summary: RunSummary): void {
    this.clearBar();
    for (const line of describeSummary(summary)) this.stream.write(`${line}\n`);
  }

  private write(line: string): void {
    this.clearBar();
    this.stream.write(`${line}\n`);
  }

  private clearBar(): void {
    if (this.barShown) this.stream.write("\r\x1b[2K");
    this.barShown = false;
  }

  private draw(now: number): void {
    this.lastDraw = now;
    const width = 24;
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : Number.NaN;
    const line =
      `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${this.done}/${this.total} ark` +
      `  ${formatNumber(rate, 1)} ark/s` +
      (Number.isFinite(left) ? `  ca. ${formatSeconds(left)} igjen` : "");
    this.stream.write(`\r\x1b[2K${line}`);
    this.barShown = true;
  }
}

class JsonReporter implements Reporter {
  constructor(private readonly stream: NodeJS.WritableStream) {}

  start(total: number): void {
    this.emit({ event: "start", total });
  }

  sheet(event: SheetEvent): void {
    this.emit(event.event === "built" ? { ...event, ms: Math.round(event.ms) } : event);
  }

  finish(summary: RunSummary): void {
    this.emit({
      event: "summary",
      outDir: summary.outDir,
      total: summary.total,
      built: summary.built,
      unchanged: summary.unchanged,
      failed: summary.failed.length,
      failures: summary.failed,
      verify: summary.verify && { checked: summary.verify.checked, problems: summary.verify.problems },
      stopped: summary.stopped,
      damaged: summary.damaged,
      journalFailures: summary.journalFailures,
      retired: summary.retired,
      previous: summary.previous,
      seconds: Math.round(summary.seconds * 1000) / 1000,
      maxRssMb: summary.maxRssMb,
      cpuSeconds: Math.round(summary.cpuSeconds * 100) / 100,
    });
  }

  private emit(object: object): void {
    this.stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...object })}\n`);
  }
}
