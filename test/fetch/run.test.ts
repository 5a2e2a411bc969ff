// `faktaark fetch` end to end against a local server on 127.0.0.1 that replays SSB-shaped answers: retries,
// SSB's errors, broken bodies, files that must survive a failure, and a dataset the readers recognise.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireOutputLock } from "../../src/batch/lock.js";
import { runFetchCommand } from "../../src/cli/commands/fetch.js";
import { readDataset } from "../../src/data/read-dataset.js";
import { SsbClient } from "../../src/fetch/client.js";
import type { FetchLog, FetchRunEffects } from "../../src/fetch/run.js";
import { loadDataset } from "../../src/model/load.js";
import {
  areaRoute,
  edited,
  fixture,
  type Json,
  KLASS_OK,
  klassRoute,
  metadataRoute,
  ok,
  parameterError,
  type Route,
  searchRoute,
  startServer,
  status,
  type TestServer,
  tableRoute,
} from "./server.js";

const NOW = new Date("2026-11-12T02:30:00Z");

let dir: string;
let server: TestServer | undefined;
let lines: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "faktaark-fetch-"));
  lines = [];
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** KLASS, 06265's metadata and its country and county answer as recorded: what most single-table tests need besides
 * the municipalities' data answer. */
const DWELLINGS_READY: Route[] = [
  ...KLASS_OK,
  metadataRoute("06265", [ok("ssb-06265-metadata.json")]),
  areaRoute("06265", [ok("ssb-06265-landet-fylker.json")]),
];

/** A one-part table's metadata and both its data answers (municipalities, country and counties) as recorded. */
const recorded = (table: string): Route[] => [
  metadataRoute(table, [ok(`ssb-${table}-metadata.json`)]),
  tableRoute(table, [ok(`ssb-${table}.json`)]),
  areaRoute(table, [ok(`ssb-${table}-landet-fylker.json`)]),
];

/** 07459's country and county answers for both its parts, as recorded. */
const POPULATION_AREAS: Route[] = [
  areaRoute("07459", [ok("ssb-07459-totalt-landet-fylker.json")], { alder: false }),
  areaRoute("07459", [ok("ssb-07459-alder-kjonn-landet-fylker.json")], { alder: true }),
];

/** KLASS and 06265's metadata differing from the recorded one in one respect, and its recorded data answers. */
const dwellingsWithMetadata = (edit: (doc: Json) => void): Route[] => [
  ...KLASS_OK,
  metadataRoute("06265", [edited("ssb-06265-metadata.json", edit)]),
  tableRoute("06265", [ok("ssb-06265.json")]),
  areaRoute("06265", [ok("ssb-06265-landet-fylker.json")]),
];

/** Fast settings: no real waiting, three attempts in all. */
function effects(): Partial<FetchRunEffects> {
  return {
    client: new SsbClient({
      retries: 2,
      backoffMs: 1,
      maxBackoffMs: 5,
      timeoutMs: 5000,
      seed: 1,
      rateLimit: { capacity: 100, refillMs: 0 },
    }),
    now: () => NOW,
    log: (line) => lines.push(line),
    lock: (target) => acquireOutputLock(target, { handleSignals: false }),
  };
}

async function run(routes: readonly Route[], tables: string, limits: { maxMb?: string; maxMinutes?: string } = {}) {
  server = await startServer(routes);
  return runFetchCommand(
    { out: dir, tables, baseUrl: `${server.origin}/px`, klassUrl: `${server.origin}/klass`, ...limits },
    effects(),
  );
}

/** The paths asked for, with their decoded queries, in order. */
const asked = (): string[] => server!.requests.map((url) => decodeURIComponent(url.pathname + url.search));
const dataRequests = (table: string): URL[] =>
  server!.requests.filter((url) => url.pathname === `/px/tables/${table}/data`);
/** Data requests for a table's municipalities (all regions, with or without a codelist), not its areas' twin. */
const municipalityRequests = (table: string): URL[] =>
  dataRequests(table).filter((url) => url.searchParams.get("valueCodes[Region]") === "*");

const readLog = async (): Promise<FetchLog> => JSON.parse(await readFile(join(dir, "fetch-log.json"), "utf8"));
const sha = (data: Buffer): string => createHash("sha256").update(data).digest("hex");

describe("faktaark fetch", () => {
  it("fetches every file through a 429 and a 500, metadata first, writes the log and dataset.json, and the readers recognise it", async () => {
    const code = await run(
      [
        klassRoute("/classifications/131/codesAt", [status(429, { "retry-after": "0" }), ok("klass-131-codesAt.json")]),
        klassRoute("/classifications/131/changes", [status(500), ok("klass-131-changes.json")]),
        klassRoute("/classifications/128/codesAt", [ok("klass-128-codesAt.json")]),
        klassRoute("/classifications/131/corresponds", [ok("klass-131-128-corresponds.json")]),
        metadataRoute("07459", [ok("ssb-07459-metadata.json")]),
        tableRoute("07459", [ok("ssb-07459-totalt.json")], { alder: false }),
        tableRoute("07459", [ok("ssb-07459-alder-kjonn.json")], { alder: true }),
        ...POPULATION_AREAS,
        metadataRoute("06265", [ok("ssb-06265-metadata.json")]),
        tableRoute("06265", [ok("ssb-06265.json")]),
        areaRoute("06265", [ok("ssb-06265-landet-fylker.json")]),
      ],
      "07459,06265",
    );
    expect(code).toBe(0);

    const files = (await readdir(dir)).sort();
    // The lock is gone and no temporary file is left behind.
    expect(files).toEqual([
      "dataset.json",
      "fetch-log.json",
      "klass-128.json",
      "klass-131-128.json",
      "klass-131-endringer.json",
      "klass-131.json",
      "ssb-06265-landet-fylker.json",
      "ssb-06265.json",
      "ssb-07459-alder-kjonn-landet-fylker.json",
      "ssb-07459-alder-kjonn.json",
      "ssb-07459-totalt-landet-fylker.json",
      "ssb-07459-totalt.json",
    ]);
    // Byte for byte what the server sent.
    expect(await readFile(join(dir, "ssb-07459-totalt.json"))).toEqual(fixture("ssb-07459-totalt.json"));
    expect(await readFile(join(dir, "ssb-07459-totalt-landet-fylker.json"))).toEqual(
      fixture("ssb-07459-totalt-landet-fylker.json"),
    );
    expect(JSON.parse(await readFile(join(dir, "dataset.json"), "utf8"))).toEqual({
      name: "SSB 2026-11-12",
      sample: false,
    });

    const log = await readLog();
    expect(log.failed).toEqual([]);
    expect(log.notFetched).toEqual([]);
    expect(log.startedAt).toBe("2026-11-12T02:30:00.000Z");
    // A table's attempts count its metadata request too; a table's metadata is read once for all its parts.
    expect(log.fetched.map((f) => [f.file, f.attempts])).toEqual([
      ["klass-131.json", 2],
      ["klass-131-endringer.json", 2],
      ["klass-128.json", 1],
      ["klass-131-128.json", 1],
      ["ssb-07459-totalt.json", 2],
      ["ssb-07459-totalt-landet-fylker.json", 1],
      ["ssb-07459-alder-kjonn.json", 1],
      ["ssb-07459-alder-kjonn-landet-fylker.json", 1],
      ["ssb-06265.json", 2],
      ["ssb-06265-landet-fylker.json", 1],
    ]);
    for (const entry of log.fetched) {
      const bytes = await readFile(join(dir, entry.file));
      expect(entry.bytes).toBe(bytes.length);
      expect(entry.sha256).toBe(sha(bytes));
      expect(entry.url.startsWith(server!.origin)).toBe(true);
    }

    // What SSB was asked, exactly and in order: the register first, each table's metadata before its data, each
    // municipality request followed by its twin for the country and the register's counties (03, 11, 31).
    expect(asked()).toEqual([
      "/klass/classifications/131/codesAt?date=2026-01-01&language=nb",
      "/klass/classifications/131/codesAt?date=2026-01-01&language=nb",
      "/klass/classifications/131/changes?from=2018-01-01&to=2026-01-02&language=nb",
      "/klass/classifications/131/changes?from=2018-01-01&to=2026-01-02&language=nb",
      "/klass/classifications/128/codesAt?date=2026-01-01&language=nb",
      "/klass/classifications/131/corresponds?targetClassificationId=128&from=2018-01-01&to=2026-01-02&language=nb",
      "/px/tables/07459/metadata?lang=no",
      "/px/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_KommSummer" +
        "&outputValues[Region]=aggregated&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=from(2000)",
      "/px/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=0,03,11,31" +
        "&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=from(2000)",
      "/px/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_KommSummer" +
        "&outputValues[Region]=aggregated&valueCodes[Kjonn]=1,2&valueCodes[ContentsCode]=Personer1" +
        "&valueCodes[Alder]=*&valueCodes[Tid]=top(1)",
      "/px/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=0,03,11,31" +
        "&valueCodes[Kjonn]=1,2&valueCodes[ContentsCode]=Personer1&valueCodes[Alder]=*&valueCodes[Tid]=top(1)",
      "/px/tables/06265/metadata?lang=no",
      "/px/tables/06265/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_KommSummer" +
        "&outputValues[Region]=aggregated&valueCodes[BygnType]=01,02,03,04,05,999&valueCodes[ContentsCode]=Boliger" +
        "&valueCodes[Tid]=top(5)",
      "/px/tables/06265/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=0,03,11,31" +
        "&valueCodes[BygnType]=01,02,03,04,05,999&valueCodes[ContentsCode]=Boliger&valueCodes[Tid]=top(5)",
    ]);

    expect(lines[0]).toBe(`Henter 10 filer fra SSB til ${dir}`);
    expect(lines).toContain("[1/10] KLASS 131 (kommuner 2026-01-01): klass-131.json, 587 byte (2 forsøk)");
    expect(lines).toContain("[9/10] tabell 06265 (boliger etter bygningstype): ssb-06265.json, 1,7 kB (2 forsøk)");
    expect(lines).toContain(
      "[10/10] tabell 06265 (boliger etter bygningstype, landet og fylkene): ssb-06265-landet-fylker.json, 1,8 kB",
    );
    // Every county of the register is listed in the recorded metadata: nothing is left out.
    expect(lines.filter((line) => line.includes("de hentes ikke"))).toEqual([]);
    expect(lines.at(-1)).toBe(`Ferdig: alle 10 filer er hentet til ${dir}.`);

    const raw = await readDataset(dir);
    const recognised = Object.fromEntries(raw.files.map((file) => [file.path, file.recognisedAs]));
    expect(recognised).toMatchObject({
      "klass-131.json": "KLASS 131 (JSON codesAt)",
      "klass-131-endringer.json": "KLASS 131 (JSON endringer)",
      "klass-128.json": "KLASS 128 (JSON codesAt)",
      "klass-131-128.json": "KLASS 128 (JSON korrespondanse fra 131)",
      "ssb-07459-totalt.json": "SSB 07459 (JSON-stat2)",
      "ssb-07459-alder-kjonn.json": "SSB 07459 (JSON-stat2)",
      "ssb-06265.json": "SSB 06265 (JSON-stat2)",
      "ssb-07459-totalt-landet-fylker.json": "SSB 07459 (JSON-stat2)",
      "ssb-07459-alder-kjonn-landet-fylker.json": "SSB 07459 (JSON-stat2)",
      "ssb-06265-landet-fylker.json": "SSB 06265 (JSON-stat2)",
    });
    expect(raw.meta).toEqual({ name: "SSB 2026-11-12", sample: false });
    expect(raw.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const oslo = raw.tables
      .filter((t) => t.source.table === "07459")
      .flatMap((t) => t.observations)
      .filter((o) => o.region === "0301" && o.year === 2024);
    expect(oslo.map((o) => o.value)).toEqual([717710]);
  });

  it("reads KLASS 131's correspondence to 128 as each municipality's centrality class, the one valid last", async () => {
    expect(await run(KLASS_OK, "06265")).toBe(1); // 06265 has no metadata route: 404, not this test's concern
    const raw = await readDataset(dir);
    const correspondence = raw.classifications.find((t) => t.source.file === "klass-131-128.json")!;
    expect(correspondence.classification).toBe("128");
    expect(correspondence.codes.map((c) => [c.code, c.parentCode, c.notes])).toEqual([
      ["0301", "01", ""],
      ["1124", "02", ""], // Sola: class 03 until 2024, 02 since (TABLES.md §11)
      ["1151", "06", ""],
      ["3002", "02", ""],
    ]);
  });

  it("refuses a code SSB does not list before asking for data, and keeps the old file", async () => {
    const old = Buffer.from('{"old":"06265"}\n');
    await writeFile(join(dir, "ssb-06265.json"), old);
    const code = await run(
      dwellingsWithMetadata((doc) => {
        delete doc.dimension.BygnType.category.index["999"];
        delete doc.dimension.BygnType.category.label["999"];
      }),
      "06265",
    );
    expect(code).toBe(1);
    expect(dataRequests("06265")).toEqual([]);
    expect(await readFile(join(dir, "ssb-06265.json"))).toEqual(old);
    const refusal = "SSB har ikke kode 999 i variabelen BygnType i tabell 06265 (SSB har: 01, 02, 03, 04, 05).";
    const [failed, twin] = (await readLog()).failed;
    expect(failed).toMatchObject({ file: "ssb-06265.json", keptOld: true, status: null, message: refusal });
    // The twin selects the same BygnType codes, so it is refused as well; it had no file to keep.
    expect(twin).toMatchObject({
      file: "ssb-06265-landet-fylker.json",
      keptOld: false,
      status: null,
      message: refusal,
    });
    expect(lines).toContain(
      "[5/6] tabell 06265 (boliger etter bygningstype): FEIL: SSB har ikke kode 999 i variabelen BygnType i tabell " +
        "06265 (SSB har: 01, 02, 03, 04, 05). Den gamle filen er beholdt.",
    );
    expect(lines).toContain(`[6/6] tabell 06265 (boliger etter bygningstype, landet og fylkene): FEIL: ${refusal}`);
  });

  it("refuses a query that leaves out a variable SSB's metadata does not let it leave out", async () => {
    const code = await run(
      [
        ...KLASS_OK,
        metadataRoute("07459", [
          edited("ssb-07459-metadata.json", (doc) => {
            doc.dimension.Alder.extension.elimination = false;
          }),
        ]),
        tableRoute("07459", [ok("ssb-07459-totalt.json")], { alder: false }),
        tableRoute("07459", [ok("ssb-07459-alder-kjonn.json")], { alder: true }),
        ...POPULATION_AREAS,
      ],
      "07459",
    );
    expect(code).toBe(1);
    const log = await readLog();
    const refusal =
      "Variabelen Alder i tabell 07459 kan ikke utelates etter SSBs metadata, men faktaark velger ingen verdier " +
      "i den; sjekk katalogen (src/data/tables.ts).";
    // The totals and their twin leave Alder out alike.
    expect(log.failed.map((f) => [f.file, f.message])).toEqual([
      ["ssb-07459-totalt.json", refusal],
      ["ssb-07459-totalt-landet-fylker.json", refusal],
    ]);
    // The parts that select Alder are fetched; the refused ones never asked for data.
    expect(log.fetched.map((f) => f.file)).toEqual([
      "klass-131.json",
      "klass-131-endringer.json",
      "klass-128.json",
      "klass-131-128.json",
      "ssb-07459-alder-kjonn.json",
      "ssb-07459-alder-kjonn-landet-fylker.json",
    ]);
    expect(dataRequests("07459").every((url) => url.searchParams.has("valueCodes[Alder]"))).toBe(true);
  });

  it("leaves out an unconfirmed code SSB does not list, says so, and fetches the rest", async () => {
    const code = await run([...KLASS_OK, ...recorded("06070")], "06070");
    expect(code).toBe(0);
    // Once for the municipalities, once for their twin.
    expect(
      lines.filter(
        (line) =>
          line ===
          "  SSB har ikke kode Personer i variabelen ContentsCode i tabell 06070; koden er ubekreftet i katalogen, så den hentes ikke.",
      ),
    ).toHaveLength(2);
    expect(dataRequests("06070").map((url) => decodeURIComponent(url.search))).toEqual([
      "?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_KommSummer" +
        "&outputValues[Region]=aggregated&valueCodes[HushType]=000,001,002,003,004,005,006,007,008,009,010" +
        "&valueCodes[ContentsCode]=Husholdninger&valueCodes[Tid]=top(5)",
      "?lang=no&outputFormat=json-stat2&valueCodes[Region]=0,03,11,31" +
        "&valueCodes[HushType]=000,001,002,003,004,005,006,007,008,009,010" +
        "&valueCodes[ContentsCode]=Husholdninger&valueCodes[Tid]=top(5)",
    ]);
  });

  it("asks for every region when the metadata does not offer agg_KommSummer", async () => {
    const code = await run(
      dwellingsWithMetadata((doc) => {
        doc.dimension.Region.extension.codelists = [];
      }),
      "06265",
    );
    expect(code).toBe(0);
    const entry = (await readLog()).fetched.find((f) => f.file === "ssb-06265.json")!;
    expect(entry.url).toBe(
      `${server!.origin}/px/tables/06265/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*` +
        "&valueCodes[BygnType]=01,02,03,04,05,999&valueCodes[ContentsCode]=Boliger&valueCodes[Tid]=top(5)",
    );
    expect(lines.filter((line) => line.includes("agg_KommSummer"))).toEqual([
      "  SSB har ikke kodelisten agg_KommSummer for tabell 06265 (boliger etter bygningstype); henter alle regioner " +
        "i stedet (faktaark legger gamle kommunenummer på dagens grenser selv).",
    ]);
  });

  describe("refuses an answer that is not what was asked for, and keeps yesterday's file", () => {
    const old = Buffer.from('{"old":"06265"}\n');
    const answer = (edit: (doc: Json) => void): Route => tableRoute("06265", [edited("ssb-06265.json", edit)]);
    const cases: [string, Route, (url: string) => string][] = [
      [
        "another table",
        tableRoute("06265", [ok("ssb-07459-totalt.json")]),
        (url) =>
          "Svaret for tabell 06265 (boliger etter bygningstype) er ikke tabellen det ble bedt om: fant tabell 07459; " +
          `ingenting er skrevet: ${url}`,
      ],
      [
        "an empty cube",
        answer((doc) => {
          doc.value = doc.value.map(() => null);
          doc.status = Object.fromEntries(doc.value.map((_: null, i: number) => [String(i), ".."]));
        }),
        (url) =>
          "Svaret for tabell 06265 (boliger etter bygningstype) har ingen tall (alle verdier mangler); " +
          `ingenting er skrevet: ${url}`,
      ],
      [
        "a cube without a municipality of the register",
        answer((doc) => {
          doc.dimension.Region.category.index = { "K-0301": 0, "K-3103": 1 };
          doc.size[0] = 2;
          doc.value = doc.value.slice(0, 12);
        }),
        (url) =>
          "Svaret for tabell 06265 (boliger etter bygningstype) mangler 1 av 3 kommuner i KLASS 131 (1151); " +
          `ingenting er skrevet: ${url}`,
      ],
      [
        "a JSON-stat 1 answer",
        answer((doc) => delete doc.version),
        (url) =>
          "Svaret for tabell 06265 (boliger etter bygningstype) har ikke forventet innhold: ventet JSON-stat2 med " +
          `«version»: «2.0», fant undefined; ingenting er skrevet: ${url}`,
      ],
    ];
    it.each(cases)("%s", async (_name, route, expected) => {
      await writeFile(join(dir, "ssb-06265.json"), old);
      expect(await run([...DWELLINGS_READY, route], "06265")).toBe(1);
      expect(await readFile(join(dir, "ssb-06265.json"))).toEqual(old);
      const log = await readLog();
      const failed = log.failed[0]!;
      expect(failed.message).toBe(expected(failed.url));
      expect(failed.url).toContain("/px/tables/06265/data?");
      expect(municipalityRequests("06265")).toHaveLength(1); // a wrong answer is not retried
      // The twin's good answer is written; only the municipalities' file failed.
      expect(log.failed).toHaveLength(1);
      expect(log.fetched.map((f) => f.file)).toContain("ssb-06265-landet-fylker.json");
    });
  });

  it("refuses an answer larger than --max-mb as it streams in, without retrying", async () => {
    const old = Buffer.from('{"old":"06265"}\n');
    await writeFile(join(dir, "ssb-06265.json"), old);
    const padded = Buffer.concat([fixture("ssb-06265.json"), Buffer.alloc(1_200_000, " ")]);
    const code = await run(
      [...DWELLINGS_READY, tableRoute("06265", [{ status: 200, body: padded, chunked: true }])],
      "06265",
      {
        maxMb: "1",
      },
    );
    expect(code).toBe(1);
    expect(await readFile(join(dir, "ssb-06265.json"))).toEqual(old);
    const failed = (await readLog()).failed[0]!;
    expect(failed.message).toBe(
      `Svaret for tabell 06265 (boliger etter bygningstype) er større enn grensen på 1 MB (--max-mb); ingenting er skrevet: ${failed.url}`,
    );
    expect(municipalityRequests("06265")).toHaveLength(1);
    expect((await readLog()).fetched.map((f) => f.file)).toContain("ssb-06265-landet-fylker.json");
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("stops at --max-minutes when an answer stalls, keeps the old files and names what was not fetched", async () => {
    const old = Buffer.from('{"old":"06265"}\n');
    await writeFile(join(dir, "ssb-06265.json"), old);
    // 0.005 minutes = 0.3 s, far below the client's own 5 s timeout: the run's limit is what ends the stall.
    const code = await run([...DWELLINGS_READY, tableRoute("06265", [{ status: 200, hang: true }])], "06265,11084", {
      maxMinutes: "0.005",
    });
    expect(code).toBe(1);
    expect(await readFile(join(dir, "ssb-06265.json"))).toEqual(old);
    const log = await readLog();
    // The twins come after the stalled request, so the limit leaves them unfetched too.
    expect(log.notFetched).toEqual([
      "tabell 06265 (boliger etter bygningstype)",
      "tabell 06265 (boliger etter bygningstype, landet og fylkene)",
      "tabell 11084 (eierstatus)",
      "tabell 11084 (eierstatus, landet og fylkene)",
    ]);
    expect(log.failed).toEqual([]);
    expect(lines).toContain(
      "Tidsgrensen på 0,005 min (--max-minutes) er nådd; ikke hentet: tabell 06265 (boliger etter bygningstype), " +
        "tabell 06265 (boliger etter bygningstype, landet og fylkene), tabell 11084 (eierstatus), " +
        "tabell 11084 (eierstatus, landet og fylkene). De gamle filene er beholdt.",
    );
    expect(lines.at(-1)).toBe("Ferdig: 4 av 8 filer hentet, 4 feilet (se over og fetch-log.json).");
    expect(dataRequests("06265")).toHaveLength(1); // the stalled one; its twin was never asked
    expect(server!.requests.some((url) => url.pathname.startsWith("/px/tables/11084"))).toBe(false);
  });

  describe("the projection edition", () => {
    const search = (edit: (doc: { tables: object[] }) => void = () => {}) =>
      searchRoute([edited("ssb-tables-framskrevet-folkemengde.json", edit)]);

    it("is the newest table the search finds by the catalogue's title rule, not a number in the code", async () => {
      // A made-up number for a next edition: the rule, not the number, must pick it. A national table with the same
      // title start (no region variable) and a discontinued one are passed over.
      const next = "99999";
      const code = await run(
        [
          ...KLASS_OK,
          search((doc) => {
            const hit = (id: string, firstPeriod: string, variableNames: string[]) => ({
              type: "Table",
              id,
              label: `${id}: Framskrevet folkemengde 1. januar, etter region, kjønn, alder, år og statistikkvariabel`,
              firstPeriod,
              lastPeriod: "2060",
              variableNames,
              discontinued: false,
            });
            doc.tables.push(hit(next, "2028", ["region", "kjønn", "alder", "år", "statistikkvariabel"]));
            doc.tables.push(hit("99998", "2030", ["kjønn", "alder", "år", "statistikkvariabel"]));
          }),
          metadataRoute(next, [edited("ssb-14746-metadata.json", (doc) => (doc.extension.px.tableid = next))]),
          tableRoute(next, [edited("ssb-14746.json", (doc) => (doc.extension.px.tableid = next))]),
          areaRoute(next, [edited("ssb-14746-landet-fylker.json", (doc) => (doc.extension.px.tableid = next))]),
        ],
        "14746",
      );
      expect(code).toBe(0);
      expect(lines).toContain(
        `  Nyeste tabell med tittel som begynner med «Framskrevet folkemengde»: ${next} (${next}: Framskrevet ` +
          "folkemengde 1. januar, etter region, kjønn, alder, år og statistikkvariabel).",
      );
      expect(lines).toContain(`[5/6] tabell ${next} (befolkningsframskriving): ssb-${next}.json, 1,4 kB (2 forsøk)`);
      expect(lines).toContain(
        `[6/6] tabell ${next} (befolkningsframskriving, landet og fylkene): ssb-${next}-landet-fylker.json, 1,4 kB`,
      );
      expect(asked()).toContain("/px/tables?lang=no&query=Framskrevet folkemengde&pageSize=100");
      expect(asked()).toContain(
        `/px/tables/${next}/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_KommSummer` +
          "&outputValues[Region]=aggregated&valueCodes[ContentsCode]=Personer,Personer1,Personer2&valueCodes[Tid]=*",
      );
      // The search is asked once: the twin uses the edition chosen for the municipalities.
      expect(asked().filter((path) => path.startsWith("/px/tables?"))).toHaveLength(1);
      expect(asked()).toContain(
        `/px/tables/${next}/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=0,03,11,31` +
          "&valueCodes[ContentsCode]=Personer,Personer1,Personer2&valueCodes[Tid]=*",
      );
    });

    it("is 14746 when the search lists it and the discontinued 14288", async () => {
      const code = await run([...KLASS_OK, search(), ...recorded("14746")], "14746");
      expect(code).toBe(0);
      expect((await readLog()).fetched.map((f) => f.file)).toEqual(
        expect.arrayContaining(["ssb-14746.json", "ssb-14746-landet-fylker.json"]),
      );
    });

    it("falls back to the catalogue's table when the search fails, and says so", async () => {
      const code = await run([...KLASS_OK, searchRoute([status(503)]), ...recorded("14746")], "14746");
      expect(code).toBe(0);
      const url = `${server!.origin}/px/tables?lang=no&query=Framskrevet%20folkemengde&pageSize=100`;
      expect(lines).toContain(
        "  Fant ingen nyere tabell med tittel som begynner med «Framskrevet folkemengde» (Ga opp søk etter " +
          `«Framskrevet folkemengde» etter 3 forsøk (HTTP 503): ${url}. Prøv igjen senere.); bruker katalogens 14746.`,
      );
    });
  });

  it("keeps the files on disk byte for byte when tables fail, and says why for each", async () => {
    const old = {
      "ssb-07459-totalt.json": Buffer.from('{"old":"07459 totalt"}\n'),
      "ssb-07459-alder-kjonn.json": Buffer.from('{"old":"07459 alder"}\n'),
      "ssb-06265.json": Buffer.from('{"old":"06265"}\n'),
    };
    for (const [name, bytes] of Object.entries(old)) await writeFile(join(dir, name), bytes);
    const truncated = fixture("ssb-07459-alder-kjonn.json").subarray(0, 700);
    const chars = truncated.toString("utf8").length; // "tegn" counts characters; æøå take two bytes

    const code = await run(
      [
        ...DWELLINGS_READY,
        metadataRoute("07459", [ok("ssb-07459-metadata.json")]),
        tableRoute("07459", [status(500)], { alder: false }),
        tableRoute("07459", [{ status: 200, body: truncated }], { alder: true }),
        ...POPULATION_AREAS,
        tableRoute("06265", [parameterError()]),
      ],
      "07459,06265",
    );
    expect(code).toBe(1);
    for (const [name, bytes] of Object.entries(old)) expect(await readFile(join(dir, name))).toEqual(bytes);
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    const log = await readLog();
    // The twins' good answers are written beside the municipalities' failures.
    expect(log.fetched.map((f) => f.file)).toEqual([
      "klass-131.json",
      "klass-131-endringer.json",
      "klass-128.json",
      "klass-131-128.json",
      "ssb-07459-totalt-landet-fylker.json",
      "ssb-07459-alder-kjonn-landet-fylker.json",
      "ssb-06265-landet-fylker.json",
    ]);
    expect(log.failed.map((f) => f.file)).toEqual([
      "ssb-07459-totalt.json",
      "ssb-07459-alder-kjonn.json",
      "ssb-06265.json",
    ]);
    const failed = Object.fromEntries(log.failed.map((f) => [f.file, f]));
    const totalsUrl = failed["ssb-07459-totalt.json"]!.url;
    expect(failed["ssb-07459-totalt.json"]).toMatchObject({ status: 500, keptOld: true, table: "07459" });
    expect(failed["ssb-07459-totalt.json"]!.message).toBe(
      `Ga opp tabell 07459 (folkemengde 2000–) etter 3 forsøk (HTTP 500): ${totalsUrl}. Prøv igjen senere.`,
    );
    const ageUrl = failed["ssb-07459-alder-kjonn.json"]!.url;
    expect(failed["ssb-07459-alder-kjonn.json"]!.message).toBe(
      "Svaret for tabell 07459 (folkemengde etter alder og kjønn, siste år) er ikke gyldig JSON " +
        `(stopper ved tegn ${chars} av ${chars}); ingenting er skrevet: ${ageUrl}`,
    );
    // SSB's title is in the message.
    const dwellings = failed["ssb-06265.json"]!;
    expect(dwellings).toMatchObject({ status: 400, title: "Non-existent value", keptOld: true });
    expect(dwellings.message).toBe(
      `SSB avviste forespørselen for tabell 06265 (boliger etter bygningstype) (HTTP 400 «Non-existent value»): ${dwellings.url}. ` +
        "Sjekk kodene for tabellen i src/data/tables.ts og src/fetch/queries.ts mot tabellens metadata hos SSB.",
    );
    expect(municipalityRequests("07459").filter((url) => !url.searchParams.has("valueCodes[Alder]"))).toHaveLength(3);

    expect(lines).toContain(
      `[7/10] tabell 07459 (folkemengde etter alder og kjønn, siste år): FEIL: ${failed["ssb-07459-alder-kjonn.json"]!.message} Den gamle filen er beholdt.`,
    );
    expect(lines.at(-1)).toBe("Ferdig: 7 av 10 filer hentet, 3 feilet (se over og fetch-log.json).");
  });

  it("refuses every table when the register could not be fetched, before asking SSB anything about them", async () => {
    const code = await run(
      [klassRoute("/classifications/131/codesAt", [status(404)]), ...KLASS_OK.slice(1), ...DWELLINGS_READY.slice(-1)],
      "06265",
    );
    expect(code).toBe(1);
    expect((await readLog()).failed.map((f) => f.message)).toContain(
      "Kan ikke sjekke at svaret for tabell 06265 (boliger etter bygningstype) dekker kommunene: KLASS 131 ble ikke " +
        "hentet i denne kjøringen; den gamle filen er beholdt.",
    );
    expect(server!.requests.some((url) => url.pathname.startsWith("/px/"))).toBe(false);
  });

  it("leaves an existing dataset.json alone and refuses a directory another run holds", async () => {
    await writeFile(join(dir, "dataset.json"), '{"name":"Min egen"}\n');
    expect(await run(KLASS_OK, "06265")).toBe(1); // 06265 has no route: 404
    expect(await readFile(join(dir, "dataset.json"), "utf8")).toBe('{"name":"Min egen"}\n');

    const held = await acquireOutputLock(dir, { handleSignals: false });
    try {
      await expect(
        runFetchCommand({ out: dir, baseUrl: `${server!.origin}/px`, klassUrl: `${server!.origin}/klass` }, effects()),
      ).rejects.toThrow(/^En annen faktaark-kjøring \(pid \d+, startet .*\) bruker allerede /);
    } finally {
      await held.release();
    }
  });

  describe("SSB's own country and county rows", () => {
    /** 06265's metadata with these region codes taken out of the Region variable. */
    const withoutRegions = (...codes: string[]) =>
      dwellingsWithMetadata((doc) => {
        const category = doc.dimension.Region.category;
        for (const code of codes) {
          delete category.index[code];
          delete category.label[code];
        }
        doc.size[0] = Object.keys(category.index).length;
      });
    const TWIN_06265 =
      "/px/tables/06265/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=0,03,31" +
      "&valueCodes[BygnType]=01,02,03,04,05,999&valueCodes[ContentsCode]=Boliger&valueCodes[Tid]=top(5)";

    it("are asked for after the metadata: the country and the register's counties, without a codelist", async () => {
      const code = await run([...DWELLINGS_READY, tableRoute("06265", [ok("ssb-06265.json")])], "06265");
      expect(code).toBe(0);
      // The register has 0301 Oslo, 1151 Utsira, 3103 Moss and 9999 Uoppgitt: counties 03, 11 and 31, no 99.
      const twin =
        "/px/tables/06265/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=0,03,11,31" +
        "&valueCodes[BygnType]=01,02,03,04,05,999&valueCodes[ContentsCode]=Boliger&valueCodes[Tid]=top(5)";
      expect(asked().filter((path) => path.startsWith("/px/"))).toEqual([
        "/px/tables/06265/metadata?lang=no",
        "/px/tables/06265/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_KommSummer" +
          "&outputValues[Region]=aggregated&valueCodes[BygnType]=01,02,03,04,05,999&valueCodes[ContentsCode]=Boliger" +
          "&valueCodes[Tid]=top(5)",
        twin,
      ]);
      const request = dataRequests("06265")[1]!;
      expect([...request.searchParams.keys()].filter((key) => key.includes("[Region]"))).toEqual([
        "valueCodes[Region]",
      ]);
      const entry = (await readLog()).fetched.find((f) => f.file === "ssb-06265-landet-fylker.json")!;
      expect(entry).toMatchObject({ table: "06265", attempts: 1 });
      expect(decodeURIComponent(entry.url)).toBe(server!.origin + twin);
      expect(await readFile(join(dir, "ssb-06265-landet-fylker.json"))).toEqual(
        fixture("ssb-06265-landet-fylker.json"),
      );
      expect(lines).toContain(
        "[6/6] tabell 06265 (boliger etter bygningstype, landet og fylkene): ssb-06265-landet-fylker.json, 1,8 kB",
      );
    });

    it("follow the register of the run, not a fixed list", async () => {
      const register = edited("klass-131-codesAt.json", (doc) => {
        doc.codes = doc.codes.filter((entry: { code: string }) => entry.code !== "1151");
      });
      const code = await run(
        [
          klassRoute("/classifications/131/codesAt", [register]),
          ...KLASS_OK.slice(1),
          metadataRoute("06265", [ok("ssb-06265-metadata.json")]),
          // Without Utsira the recorded municipality answer still covers the register; Rogaland is not asked for.
          tableRoute("06265", [ok("ssb-06265.json")]),
          areaRoute("06265", [ok("ssb-06265-landet-fylker.json")]),
        ],
        "06265",
      );
      expect(code).toBe(0);
      expect(asked().at(-1)).toBe(TWIN_06265);
      expect(lines.filter((line) => line.includes("de hentes ikke"))).toEqual([]);
    });

    it("come with the municipalities where a table is asked for every region (KOSTRA 12008: EAK and EKA..)", async () => {
      const code = await run(
        [
          ...KLASS_OK,
          metadataRoute("12008", [ok("ssb-12008-metadata.json")]),
          tableRoute("12008", [ok("ssb-12008.json")]),
        ],
        "12008",
      );
      expect(code).toBe(0);
      expect(asked().filter((path) => path.startsWith("/px/"))).toEqual([
        "/px/tables/12008/metadata?lang=no",
        "/px/tables/12008/data?lang=no&outputFormat=json-stat2&valueCodes[KOKkommuneregion0000]=*" +
          "&valueCodes[ContentsCode]=KOSboligSper10000000&valueCodes[Tid]=top(10)",
      ]);
      expect((await readLog()).fetched.map((f) => f.file).at(-1)).toBe("ssb-12008.json");
      const dataset = await loadDataset(dir);
      expect(dataset.areas.map((area) => area.code)).toEqual(["0", "03", "11", "31"]);
      expect(dataset.areas[0]?.parts.municipalDwellings?.source.file).toBe("ssb-12008.json");
    });

    it("are not asked for apart when the metadata has no codelist: the request for every region brings them", async () => {
      const code = await run(
        dwellingsWithMetadata((doc) => {
          doc.dimension.Region.extension.codelists = [];
        }),
        "06265",
      );
      expect(code).toBe(0);
      expect(dataRequests("06265")).toHaveLength(1);
      expect(lines).toContain(
        "[6/6] tabell 06265 (boliger etter bygningstype, landet og fylkene): hentes ikke for seg: landet og fylkene kom med kommunene, som ble hentet uten gruppering i tabell 06265",
      );
      expect((await readLog()).failed).toEqual([]);
    });

    it("leave out a county SSB's metadata does not list, with a line, and fetch the rest", async () => {
      const code = await run(withoutRegions("11"), "06265");
      expect(code).toBe(0);
      expect(lines).toContain("  SSB har ikke 11 i variabelen Region i tabell 06265; de hentes ikke.");
      expect(lines.filter((line) => line.includes("de hentes ikke"))).toHaveLength(1); // not for the municipalities
      expect(asked().at(-1)).toBe(TWIN_06265);
      expect((await readLog()).fetched.map((f) => f.file).slice(-2)).toEqual([
        "ssb-06265.json",
        "ssb-06265-landet-fylker.json",
      ]);
    });

    it("are refused when the metadata has neither the country nor a county; the municipalities are still fetched", async () => {
      const code = await run(withoutRegions("0", "03", "11", "31"), "06265");
      expect(code).toBe(1);
      const refusal = "SSB har verken landet eller fylkene (0, 03, 11, 31) i variabelen Region i tabell 06265.";
      const log = await readLog();
      expect(log.fetched.map((f) => f.file)).toContain("ssb-06265.json");
      expect(log.failed).toEqual([
        expect.objectContaining({
          file: "ssb-06265-landet-fylker.json",
          url: `${server!.origin}/px/tables/06265/metadata?lang=no`,
          message: refusal,
          status: null,
          keptOld: false,
        }),
      ]);
      expect(lines).toContain(`[6/6] tabell 06265 (boliger etter bygningstype, landet og fylkene): FEIL: ${refusal}`);
      expect(municipalityRequests("06265")).toHaveLength(1);
      expect(dataRequests("06265")).toHaveLength(1); // the twin never asked for data
    });

    it("reach the sheet: the readers turn the twin files into the dataset's own country and county figures", async () => {
      const code = await run(
        [
          ...KLASS_OK,
          metadataRoute("07459", [ok("ssb-07459-metadata.json")]),
          tableRoute("07459", [ok("ssb-07459-totalt.json")], { alder: false }),
          tableRoute("07459", [ok("ssb-07459-alder-kjonn.json")], { alder: true }),
          ...POPULATION_AREAS,
        ],
        "07459",
      );
      expect(code).toBe(0);
      const raw = await readDataset(dir);
      expect(raw.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const twin = raw.files.find((file) => file.path === "ssb-07459-totalt-landet-fylker.json")!;
      expect(twin.recognisedAs).toBe("SSB 07459 (JSON-stat2)");
      const countryRows = raw.tables
        .filter((t) => t.source.file === "ssb-07459-totalt-landet-fylker.json")
        .flatMap((t) => t.observations)
        .filter((o) => o.region === "0");
      expect(countryRows.map((o) => [o.year, o.value])).toEqual([
        [2024, 5550203],
        [2025, 5594340],
      ]);

      const dataset = await loadDataset(dir);
      expect(dataset.areas.map((area) => area.code)).toEqual(["0", "03", "11", "31"]);
      const country = dataset.areas.find((area) => area.code === "0")!;
      // SSB's "Hele landet", not the sum of the register's three municipalities (717 710 + 200 + 51 400 in 2024).
      expect(country.parts.population?.data.total).toEqual([
        { year: 2024, value: 5550203 },
        { year: 2025, value: 5594340 },
      ]);
      expect(country.parts.population?.source.file).toMatch(/^ssb-07459-.*-landet-fylker\.json$/);
      expect(dataset.areas.find((area) => area.code === "11")!.parts.population?.data.total).toEqual([
        { year: 2024, value: 499417 },
        { year: 2025, value: 503786 },
      ]);

      // Without the twin files the dataset has no rows of its own for the country: the sheet would sum.
      await rm(join(dir, "ssb-07459-totalt-landet-fylker.json"));
      await rm(join(dir, "ssb-07459-alder-kjonn-landet-fylker.json"));
      expect((await loadDataset(dir)).areas).toEqual([]);
    });
  });

  it("rejects bad options with exit code 2 before touching the network", async () => {
    const base = { out: dir, baseUrl: "http://127.0.0.1:9/px", klassUrl: "http://127.0.0.1:9/klass" };
    await expect(runFetchCommand({ ...base, tables: "07459,99999" }, effects())).rejects.toMatchObject({
      exitCode: 2,
      message:
        "Ukjent tabell «99999» i --tables. Tabeller faktaark kan hente: 07459, 09817, 06070, 06265, 11084, 05940, 14746, 12944, 14545, 12008, 13995, imdi-bosetting.",
    });
    await expect(runFetchCommand({ ...base, baseUrl: "ftp://data.ssb.no" }, effects())).rejects.toMatchObject({
      exitCode: 2,
      message:
        "--base-url må være en http- eller https-adresse, f.eks. https://data.ssb.no/api/pxwebapi/v2, ikke «ftp://data.ssb.no».",
    });
    await expect(runFetchCommand({ ...base, maxMb: "0" }, effects())).rejects.toMatchObject({
      exitCode: 2,
      message: "--max-mb må være et tall større enn 0, f.eks. --max-mb 50, ikke «0».",
    });
    await expect(runFetchCommand({ ...base, maxMinutes: "en time" }, effects())).rejects.toMatchObject({
      exitCode: 2,
      message: "--max-minutes må være et tall større enn 0, f.eks. --max-minutes 30, ikke «en time».",
    });
    await expect(runFetchCommand({ ...base, tables: " , " }, effects())).rejects.toMatchObject({ exitCode: 2 });
    expect(await readdir(dir)).toEqual([]);
  });
});
