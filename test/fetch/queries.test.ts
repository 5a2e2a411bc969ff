// The requests come from the catalogue: its dimension ids and codes, today's municipalities, the right years.
import { describe, expect, it } from "vitest";
import { TABLES } from "../../src/data/tables.js";
import { FETCHABLE_TABLES, listFetchRequests } from "../../src/fetch/queries.js";

const BASE = "https://data.ssb.no/api/pxwebapi/v2";
const KLASS = "https://data.ssb.no/api/klass/v1";

describe("listFetchRequests", () => {
  const requests = listFetchRequests({ baseUrl: `${BASE}/`, klassUrl: KLASS, year: 2026 });
  const byFile = new Map(requests.map((r) => [r.file, r]));

  it("fetches every SSB table of the catalogue, and only those", () => {
    const ssb = TABLES.filter((t) => t.publisher === "SSB").map((t) => t.id);
    expect([...FETCHABLE_TABLES].sort()).toEqual([...ssb].sort());
    expect(requests.map((r) => r.file)).toEqual([
      "klass-131.json",
      "klass-131-endringer.json",
      "klass-128.json",
      "ssb-07459-totalt.json",
      "ssb-07459-alder-kjonn.json",
      "ssb-09817.json",
      "ssb-06070.json",
      "ssb-06265.json",
      "ssb-11084.json",
      "ssb-11036.json",
      "ssb-05940.json",
      "ssb-14288.json",
      "ssb-12913.json",
    ]);
  });

  it("asks for municipalities on today's borders with the catalogue's codes, and every region as fallback", () => {
    const households = byFile.get("ssb-06070.json")!;
    expect(households.url).toBe(
      `${BASE}/tables/06070/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_KommSummer` +
        "&outputValues[Region]=aggregated&valueCodes[HushType]=001,002,003,004,005,006,007" +
        "&valueCodes[ContentsCode]=Husholdninger,Personer&valueCodes[Tid]=top(5)",
    );
    expect(households.fallback).toEqual({
      codelist: "agg_KommSummer",
      url:
        `${BASE}/tables/06070/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*` +
        "&valueCodes[HushType]=001,002,003,004,005,006,007&valueCodes[ContentsCode]=Husholdninger,Personer&valueCodes[Tid]=top(5)",
    });
  });

  it("uses the KOSTRA region dimension for KOSTRA tables, without a fallback", () => {
    const kostra = byFile.get("ssb-12913.json")!;
    expect(kostra.url).toBe(
      `${BASE}/tables/12913/data?lang=no&outputFormat=json-stat2&valueCodes[KOKkommuneregion0000]=*` +
        "&valueCodes[ContentsCode]=KOSantallkombolig0000,KOSkombolig10000000&valueCodes[Tid]=top(10)",
    );
    expect(kostra.fallback).toBeUndefined();
  });

  it("asks KLASS for the register of 1 January and the changes since 2018", () => {
    expect(byFile.get("klass-131.json")!.url).toBe(`${KLASS}/classifications/131/codesAt?date=2026-01-01&language=nb`);
    expect(byFile.get("klass-128.json")!.url).toBe(`${KLASS}/classifications/128/codesAt?date=2026-01-01&language=nb`);
    expect(byFile.get("klass-131-endringer.json")!.url).toBe(
      `${KLASS}/classifications/131/changes?from=2018-01-01&to=2026-01-02&language=nb`,
    );
  });

  it("limits the SSB tables to --tables but always fetches KLASS", () => {
    const some = listFetchRequests({ baseUrl: BASE, klassUrl: KLASS, year: 2026, tables: ["14288"] });
    expect(some.map((r) => r.file)).toEqual([
      "klass-131.json",
      "klass-131-endringer.json",
      "klass-128.json",
      "ssb-14288.json",
    ]);
    expect(some[3]!.url).toContain("&valueCodes[ContentsCode]=Personer,Personer1,Personer2&valueCodes[Tid]=*");
  });
});
