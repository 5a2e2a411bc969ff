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
import {
  fixture,
  klassRoute,
  ok,
  parameterError,
  type Route,
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

const KLASS_OK: Route[] = [
  klassRoute("/classifications/131/codesAt", [ok("klass-131-codesAt.json")]),
  klassRoute("/classifications/131/changes", [ok("klass-131-changes.json")]),
  klassRoute("/classifications/128/codesAt", [ok("klass-128-codesAt.json")]),
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

async function run(routes: Route[], tables: string): Promise<number> {
  server = await startServer(routes);
  return runFetchCommand(
    { out: dir, tables, baseUrl: `${server.origin}/px`, klassUrl: `${server.origin}/klass` },
    effects(),
  );
}

const readLog = async (): Promise<FetchLog> => JSON.parse(await readFile(join(dir, "fetch-log.json"), "utf8"));
const sha = (data: Buffer): string => createHash("sha256").update(data).digest("hex");

describe("faktaark fetch", () => {
  it("fetches every file through a 429 and a 500, writes the log and dataset.json, and the readers recognise it", async () => {
    const code = await run(
      [
        klassRoute("/classifications/131/codesAt", [status(429, { "retry-after": "0" }), ok("klass-131-codesAt.json")]),
        klassRoute("/classifications/131/changes", [status(500), ok("klass-131-changes.json")]),
        klassRoute("/classifications/128/codesAt", [ok("klass-128-codesAt.json")]),
        tableRoute("07459", [ok("ssb-07459-totalt.json")], { alder: false }),
        tableRoute("07459", [ok("ssb-07459-alder-kjonn.json")], { alder: true }),
        tableRoute("06265", [ok("ssb-06265.json")]),
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
      "klass-131-endringer.json",
      "klass-131.json",
      "ssb-06265.json",
      "ssb-07459-alder-kjonn.json",
      "ssb-07459-totalt.json",
    ]);
    // Byte for byte what the server sent.
    expect(await readFile(join(dir, "ssb-07459-totalt.json"))).toEqual(fixture("ssb-07459-totalt.json"));
    expect(JSON.parse(await readFile(join(dir, "dataset.json"), "utf8"))).toEqual({
      name: "SSB 2026-11-12",
      sample: false,
    });

    const log = await readLog();
    expect(log.failed).toEqual([]);
    expect(log.startedAt).toBe("2026-11-12T02:30:00.000Z");
    expect(log.fetched.map((f) => [f.file, f.attempts])).toEqual([
      ["klass-131.json", 2],
      ["klass-131-endringer.json", 2],
      ["klass-128.json", 1],
      ["ssb-07459-totalt.json", 1],
      ["ssb-07459-alder-kjonn.json", 1],
      ["ssb-06265.json", 1],
    ]);
    for (const entry of log.fetched) {
      const bytes = await readFile(join(dir, entry.file));
      expect(entry.bytes).toBe(bytes.length);
      expect(entry.sha256).toBe(sha(bytes));
      expect(entry.url.startsWith(server!.origin)).toBe(true);
    }

    // What SSB was asked, exactly: catalogue codes, today's municipalities, the register of 1 January.
    const asked = server!.requests.map((url) => decodeURIComponent(url.pathname + url.search));
    expect(asked).toContain("/klass/classifications/131/codesAt?date=2026-01-01&language=nb");
    expect(asked).toContain("/klass/classifications/131/changes?from=2018-01-01&to=2026-01-02&language=nb");
    expect(asked).toContain(
      "/px/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_KommSummer" +
        "&outputValues[Region]=aggregated&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=from(2000)",
    );
    expect(asked).toContain(
      "/px/tables/07459/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_KommSummer" +
        "&outputValues[Region]=aggregated&valueCodes[Kjonn]=1,2&valueCodes[ContentsCode]=Personer1" +
        "&valueCodes[Alder]=*&valueCodes[Tid]=top(1)",
    );
    expect(asked).toHaveLength(8); // six files, two of them on the second attempt

    expect(lines[0]).toBe(`Henter 6 filer fra SSB til ${dir}`);
    expect(lines).toContain("[1/6] KLASS 131 (kommuner 2026-01-01): klass-131.json, 587 byte (2 forsøk)");
    expect(lines.at(-1)).toBe(`Ferdig: alle 6 filer er hentet til ${dir}.`);

    const raw = await readDataset(dir);
    const recognised = Object.fromEntries(raw.files.map((file) => [file.path, file.recognisedAs]));
    expect(recognised).toMatchObject({
      "klass-131.json": "KLASS 131 (JSON codesAt)",
      "klass-131-endringer.json": "KLASS 131 (JSON endringer)",
      "klass-128.json": "KLASS 128 (JSON codesAt)",
      "ssb-07459-totalt.json": "SSB 07459 (JSON-stat2)",
      "ssb-07459-alder-kjonn.json": "SSB 07459 (JSON-stat2)",
      "ssb-06265.json": "SSB 06265 (JSON-stat2)",
    });
    expect(raw.meta).toEqual({ name: "SSB 2026-11-12", sample: false });
    expect(raw.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const oslo = raw.tables
      .filter((t) => t.source.table === "07459")
      .flatMap((t) => t.observations)
      .filter((o) => o.region === "0301" && o.year === 2024);
    expect(oslo.map((o) => o.value)).toEqual([717710]);
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
        ...KLASS_OK,
        tableRoute("07459", [status(500)], { alder: false }),
        tableRoute("07459", [{ status: 200, body: truncated }], { alder: true }),
        tableRoute("06265", [parameterError()]),
      ],
      "07459,06265",
    );
    expect(code).toBe(1);
    for (const [name, bytes] of Object.entries(old)) expect(await readFile(join(dir, name))).toEqual(bytes);
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    const log = await readLog();
    expect(log.fetched.map((f) => f.file)).toEqual(["klass-131.json", "klass-131-endringer.json", "klass-128.json"]);
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
    // The codelist request was rejected, so the plain one was tried too; SSB's title is in the message.
    const dwellings = failed["ssb-06265.json"]!;
    expect(dwellings).toMatchObject({ status: 400, title: "Non-existent value", keptOld: true });
    expect(dwellings.url).not.toContain("codelist");
    expect(dwellings.message).toBe(
      `SSB avviste forespørselen for tabell 06265 (boliger etter bygningstype) (HTTP 400 «Non-existent value»): ${dwellings.url}. ` +
        "Sjekk kodene for tabellen i src/data/tables.ts og src/fetch/queries.ts mot tabellens metadata hos SSB.",
    );
    const asked = server!.requests.filter(
      (url) => url.pathname === "/px/tables/07459/data" && !url.searchParams.has("valueCodes[Alder]"),
    );
    expect(asked).toHaveLength(3);

    expect(lines).toContain(
      `[5/6] tabell 07459 (folkemengde etter alder og kjønn, siste år): FEIL: ${failed["ssb-07459-alder-kjonn.json"]!.message} Den gamle filen er beholdt.`,
    );
    expect(lines.at(-1)).toBe("Ferdig: 3 av 6 filer hentet, 3 feilet (se over og fetch-log.json).");
  });

  it("falls back to every region when SSB has no agg_KommSummer for a table", async () => {
    const code = await run(
      [
        ...KLASS_OK,
        {
          match: (url) => url.pathname === "/px/tables/06265/data" && url.searchParams.has("codelist[Region]"),
          replies: [{ status: 400, body: '{"type":"Parameter error","title":"Non-existent codelist","status":400}' }],
        },
        tableRoute("06265", [ok("ssb-06265.json")]),
      ],
      "06265",
    );
    expect(code).toBe(0);
    const log = await readLog();
    const entry = log.fetched.find((f) => f.file === "ssb-06265.json")!;
    expect(entry.url).toBe(
      `${server!.origin}/px/tables/06265/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*` +
        "&valueCodes[BygnType]=01,02,03,04,05,999&valueCodes[ContentsCode]=Boliger&valueCodes[Tid]=top(5)",
    );
    expect(entry.attempts).toBe(2);
    expect(lines).toContain(
      "  SSB godtok ikke kodelisten agg_KommSummer for tabell 06265 (boliger etter bygningstype); henter alle regioner " +
        "i stedet (faktaark legger gamle kommunenummer på dagens grenser selv).",
    );
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

  it("rejects bad options with exit code 2 before touching the network", async () => {
    const base = { out: dir, baseUrl: "http://127.0.0.1:9/px", klassUrl: "http://127.0.0.1:9/klass" };
    await expect(runFetchCommand({ ...base, tables: "07459,99999" }, effects())).rejects.toMatchObject({
      exitCode: 2,
      message:
        "Ukjent tabell «99999» i --tables. Tabeller faktaark kan hente: 07459, 09817, 06070, 06265, 11084, 11036, 05940, 14288, 12913.",
    });
    await expect(runFetchCommand({ ...base, baseUrl: "ftp://data.ssb.no" }, effects())).rejects.toMatchObject({
      exitCode: 2,
      message:
        "--base-url må være en http- eller https-adresse, f.eks. https://data.ssb.no/api/pxwebapi/v2, ikke «ftp://data.ssb.no».",
    });
    await expect(runFetchCommand({ ...base, tables: " , " }, effects())).rejects.toMatchObject({ exitCode: 2 });
    expect(await readdir(dir)).toEqual([]);
  });
});
