// What a batch run prints: the closing summary, lines or a progress bar, and JSON lines.
import { PassThrough } from "node:stream";
import { expect, it } from "vitest";
import { createReporter, describeSummary, type RunSummary } from "../../src/batch/report.js";

const summary = (over: Partial<RunSummary>): RunSummary => ({
  outDir: "output/2026",
  total: 357,
  built: 0,
  unchanged: 0,
  failed: [],
  verify: null,
  stopped: null,
  damaged: [],
  journalFailures: 0,
  retired: [],
  previous: null,
  seconds: 7.94,
  maxRssMb: 380,
  cpuSeconds: 15.123,
  ...over,
});

function capture(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  stream.isTTY = isTTY;
  let text = "";
  stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  return { stream, text: () => text };
}

it("says there is nothing to do when every sheet is up to date", () => {
  expect(describeSummary(summary({ unchanged: 357 }))).toEqual([
    "Ingen endringer: 357 ark er oppdatert (output/2026).",
  ]);
});

it("counts built, unchanged and failed sheets and names each failure with its reason", () => {
  const failed = [{ code: "5001", name: "Trondheim", reason: "EISDIR: illegal operation on a directory" }];
  expect(describeSummary(summary({ built: 1200, unchanged: 3, failed }))).toEqual([
    "Ferdig på 7,9 s: 1\u00a0200 laget, 3 uendret, 1 feilet. Filer i output/2026",
    "  feilet: 5001 Trondheim: EISDIR: illegal operation on a directory",
  ]);
});

it("says which edition --forrige compared with, and how many sheets had none there", () => {
  const previous = { dir: "output/2025", year: 2025, without: 2 };
  expect(describeSummary(summary({ built: 357, previous })).at(-1)).toBe(
    "Endringer sammenlignet med faktaarkene i output/2025 (årgang 2025); 2 ark har ikke noe forrige ark å sammenligne med.",
  );
  expect(describeSummary(summary({ unchanged: 357, previous: { ...previous, without: 0 } }))).toEqual([
    "Ingen endringer: 357 ark er oppdatert (output/2026).",
    "Endringer sammenlignet med faktaarkene i output/2025 (årgang 2025).",
  ]);
});

it("prints a line per built sheet when stderr is not a terminal, and only failures with --quiet", () => {
  const plain = capture(false);
  const reporter = createReporter({ format: "text", quiet: false, stream: plain.stream, jsonStream: plain.stream });
  reporter.start(2);
  reporter.sheet({ event: "built", code: "0301", name: "Oslo", file: "0301-oslo.pdf", ms: 80, bytes: 1, problems: [] });
  reporter.sheet({ event: "failed", code: "4601", name: "Bergen", reason: "brutt" });
  expect(plain.text()).toBe("1/2 0301-oslo.pdf\nFEIL 4601 Bergen: brutt\n");

  const quiet = capture(false);
  const silent = createReporter({ format: "text", quiet: true, stream: quiet.stream, jsonStream: quiet.stream });
  silent.start(2);
  silent.sheet({ event: "built", code: "0301", name: "Oslo", file: "0301-oslo.pdf", ms: 80, bytes: 1, problems: [] });
  silent.sheet({ event: "failed", code: "4601", name: "Bergen", reason: "brutt" });
  expect(quiet.text()).toBe("FEIL 4601 Bergen: brutt\n");
});

it("prints what the statement check found, even with --quiet, and counts it in the summary", () => {
  const quiet = capture(false);
  const reporter = createReporter({ format: "text", quiet: true, stream: quiet.stream, jsonStream: quiet.stream });
  const problems = [{ file: "1580-haram.pdf", page: 2, message: "34 % av siden står tom under innholdet" }];
  reporter.start(1);
  reporter.sheet({ event: "built", code: "1580", name: "Haram", file: "1580-haram.pdf", ms: 80, bytes: 1, problems });
  reporter.finish(summary({ total: 1, built: 1, verify: { checked: 1, problems } }));
  expect(quiet.text()).toBe(
    "KONTROLL 1580-haram.pdf side 2: 34 % av siden står tom under innholdet\n" +
      "Ferdig på 7,9 s: 1 laget, 0 feilet. Filer i output/2026\n" +
      "Kontroll: 1 ark lest tilbake, 1 feil i 1 ark.\n",
  );
});

it("redraws one progress line on a terminal and clears it before the summary", () => {
  const tty = capture(true);
  const reporter = createReporter({ format: "text", quiet: false, stream: tty.stream, jsonStream: tty.stream });
  reporter.start(2);
  reporter.sheet({ event: "built", code: "0301", name: "Oslo", file: "0301-oslo.pdf", ms: 80, bytes: 1, problems: [] });
  reporter.sheet({ event: "unchanged", code: "4601", name: "Bergen", file: "4601-bergen.pdf" });
  reporter.finish(summary({ total: 2, built: 1, unchanged: 1 }));
  const text = tty.text();
  expect(text).not.toContain("\n[");
  expect(text).toContain(`\r\x1b[2K[${"█".repeat(12)}${"░".repeat(12)}] 1/2 ark  `);
  expect(text).toContain(" ark/s  ca. 0,0 s igjen");
  expect(text).toContain("[████████████████████████] 2/2 ark");
  expect(text.endsWith("\r\x1b[2KFerdig på 7,9 s: 1 laget, 1 uendret, 0 feilet. Filer i output/2026\n")).toBe(true);
});

it("writes one JSON object per sheet event and a summary object", () => {
  const out = capture(false);
  const reporter = createReporter({ format: "json", quiet: false, stream: out.stream, jsonStream: out.stream });
  reporter.start(1);
  reporter.sheet({
    event: "built",
    code: "0301",
    name: "Oslo",
    file: "0301-oslo.pdf",
    ms: 80.4,
    bytes: 75000,
    problems: [],
  });
  reporter.finish(summary({ total: 1, built: 1, verify: { checked: 1, problems: [] } }));
  const lines = out
    .text()
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines.map(({ time: _time, ...rest }) => rest)).toEqual([
    { event: "start", total: 1 },
    { event: "built", code: "0301", name: "Oslo", file: "0301-oslo.pdf", ms: 80, bytes: 75000, problems: [] },
    {
      event: "summary",
      outDir: "output/2026",
      total: 1,
      built: 1,
      unchanged: 0,
      failed: 0,
      failures: [],
      verify: { checked: 1, problems: [] },
      stopped: null,
      damaged: [],
      journalFailures: 0,
      retired: [],
      previous: null,
      seconds: 7.94,
      maxRssMb: 380,
      cpuSeconds: 15.12,
    },
  ]);
});

it("names the regions with damaged rows, and what that does to the sheets and the sums", () => {
  const lines = describeSummary(
    summary({
      built: 1,
      damaged: [
        { code: "4001", name: "Porsgrunn", reason: "husbanken/husbanken-virkemidler.csv, linje 12: fant «12a»" },
      ],
    }),
  );
  expect(lines.at(-1)).toBe(
    "Feil i datagrunnlaget: 4001 Porsgrunn (husbanken/husbanken-virkemidler.csv, linje 12: fant «12a»). " +
      "Arkene som trenger radene, lages ikke, og fylkets og landets summer av kommunene viser «..» der tallene mangler. " +
      "Rett radene og kjør på nytt.",
  );
});
