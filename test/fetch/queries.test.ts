// The requests come from the catalogue: its dimension ids and codes, today's municipalities, the right years; and
// the metadata check decides what a data URL may hold.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requireTableSpec, TABLES } from "../../src/data/tables.js";
import { parseTableMetadata, planSelection } from "../../src/fetch/metadata.js";
import { dataUrl, FETCHABLE_TABLES, klassRequests, QUERIES } from "../../src/fetch/queries.js";
import { FIXTURES } from "./server.js";

const BASE = "https://data.ssb.no/api/pxwebapi/v2";
const KLASS = "https://data.ssb.no/api/klass/v1";

const metadata = (name: string) => parseTableMetadata(JSON.parse(readFileSync(join(FIXTURES, name), "utf8")))!;

/** Metadata that lists exactly the catalogue's codes of a table, every other variable eliminable. */
function catalogueMetadata(table: string) {
  const spec = requireTableSpec(table);
  const variable = (id: string, codes: string[], eliminable: boolean) => ({ id, codes, eliminable, codelists: [] });
  const variables = [
    variable(spec.regionDimension ?? "Region", ["K-0301"], false),
    ...Object.entries(spec.dimensions).map(([id, d]) =>
      variable(
        id,
        Object.values(d.values).map((v) => v.code),
        false,
      ),
    ),
    variable("Alder", ["000"], true),
    variable("Tid", ["2025"], false),
  ];
  return { variables: new Map(variables.map((v) => [v.id, v])) };
}

describe("queries", () => {
  it("fetch every SSB table of the catalogue, and only those", () => {
    const ssb = TABLES.filter((t) => t.publisher === "SSB").map((t) => t.id);
    expect([...FETCHABLE_TABLES].sort()).toEqual([...ssb].sort());
  });

  it("follow each municipality query with a codelist by its twin for the country and the counties: same selection, no codelist", () => {
    const twins = QUERIES.filter((query) => query.areasBeside !== undefined);
    const withCodelist = QUERIES.filter((query) => query.codelist !== undefined);
    expect(twins).toHaveLength(withCodelist.length);
    // KOSTRA 12008 asks for every region, the country and the counties among them: no twin.
    expect(QUERIES.filter((query) => query.table === "12008")).toHaveLength(1);
    for (const twin of twins) {
      const query = QUERIES[QUERIES.indexOf(twin) - 1]!;
      const { codelist, part, what, areasBeside, ...rest } = twin;
      const { codelist: ownCodelist, part: ownPart, what: ownWhat, ...own } = query;
      expect([codelist, areasBeside, part, what]).toEqual([
        undefined,
        ownCodelist,
        ownPart ? `${ownPart}-landet-fylker` : "landet-fylker",
        `${ownWhat}, landet og fylkene`,
      ]);
      expect(rest).toEqual(own);
    }
  });

  it("select 09817's Landbakgrunn 999 (the catalogue's `select` dimension) with its categories", () => {
    const query = QUERIES.find((q) => q.table === "09817")!;
    const planned = planSelection(query, requireTableSpec("09817"), "09817", catalogueMetadata("09817"));
    if (!("plan" in planned)) throw new Error(JSON.stringify(planned));
    expect(dataUrl(`${BASE}/`, "09817", planned.plan.selection)).toBe(
      `${BASE}/tables/09817/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*` +
        "&valueCodes[InnvandrKat]=B,C&valueCodes[Landbakgrunn]=999&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=top(15)",
    );
  });

  it("use KOSTRA's region variable from the catalogue for 12008, and refuse it when SSB's metadata has another", () => {
    const query = QUERIES.find((q) => q.table === "12008")!;
    const planned = planSelection(query, requireTableSpec("12008"), "12008", catalogueMetadata("12008"));
    if (!("plan" in planned)) throw new Error(JSON.stringify(planned));
    expect(dataUrl(BASE, "12008", planned.plan.selection)).toBe(
      `${BASE}/tables/12008/data?lang=no&outputFormat=json-stat2&valueCodes[KOKkommuneregion0000]=*` +
        "&valueCodes[ContentsCode]=KOSboligSper10000000&valueCodes[Tid]=top(10)",
    );
    expect(planSelection(query, requireTableSpec("12008"), "12008", metadata("ssb-06265-metadata.json"))).toEqual({
      refusal:
        "SSB har ikke variabelen KOKkommuneregion0000 i tabell 12008 (SSB har: Region, BygnType, ContentsCode, Tid).",
    });
  });

  it("ask 12944 for all ages and both contents, and 14545 for all dwelling types only when SSB lists the unconfirmed 00", () => {
    const variable = (id: string, codes: string[], codelists: string[] = []) => ({
      id,
      codes,
      eliminable: false,
      codelists,
    });
    const withVariables = (...variables: ReturnType<typeof variable>[]) => ({
      variables: new Map(variables.map((v) => [v.id, v])),
    });
    const lowIncome = QUERIES.find((q) => q.table === "12944" && q.areasBeside === undefined)!;
    const planned = planSelection(
      lowIncome,
      requireTableSpec("12944"),
      "12944",
      withVariables(
        variable("Region", ["0", "4001"], ["agg_KommSummer"]),
        variable("Alder", ["999A", "00-17"]),
        variable("ContentsCode", ["PersonerSeksti", "EUskalaSeksti"]),
        variable("Tid", ["2021-2023", "2022-2024"]),
      ),
    );
    if (!("plan" in planned)) throw new Error(JSON.stringify(planned));
    expect(dataUrl(BASE, "12944", planned.plan.selection)).toBe(
      `${BASE}/tables/12944/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=*&codelist[Region]=agg_KommSummer` +
        "&outputValues[Region]=aggregated" +
        "&valueCodes[Alder]=999A&valueCodes[ContentsCode]=EUskalaSeksti,PersonerSeksti&valueCodes[Tid]=top(5)",
    );
    const prices = QUERIES.find((q) => q.table === "14545" && q.areasBeside === undefined)!;
    const pricesMetadata = (types: string[]) =>
      withVariables(
        variable("Region", ["0", "4001"], ["agg_KommSummer"]),
        variable("Boligtype", types),
        variable("ContentsCode", ["KvPris", "Omsetninger"]),
        variable("Tid", ["2025"]),
      );
    expect(planSelection(prices, requireTableSpec("14545"), "14545", pricesMetadata(["01", "02", "03"]))).toEqual({
      refusal: "SSB har ikke kode 00 i variabelen Boligtype i tabell 14545 (SSB har: 01, 02, 03).",
    });
    expect("plan" in planSelection(prices, requireTableSpec("14545"), "14545", pricesMetadata(["00", "01"]))).toBe(
      true,
    );
  });

  it("ask KOSTRA 13995 for recipients per 1000 only when SSB lists the unconfirmed code and calls it a rate per 1000", () => {
    const query = QUERIES.find((q) => q.table === "13995")!;
    // A metadata answer as SSB writes it (JSON-stat2 without values), with the label SSB gives each content.
    const answer = (contents: Record<string, string>) =>
      parseTableMetadata({
        id: ["KOKkommuneregion0000", "ContentsCode", "Tid"],
        dimension: {
          KOKkommuneregion0000: { category: { index: { EAK: 0, EKA40: 1, "4001": 2 } } },
          ContentsCode: {
            category: {
              index: Object.fromEntries(Object.keys(contents).map((code, i) => [code, i])),
              label: contents,
            },
          },
          Tid: { category: { index: { "2024": 0, "2025": 1 } } },
        },
      })!;
    const plan = (contents: Record<string, string>) =>
      planSelection(query, requireTableSpec("13995"), "13995", answer(contents));
    const planned = plan({ KOSsosantkliente0000: "Sosialhjelpsmottakere per 1000 innbyggere" });
    if (!("plan" in planned)) throw new Error(JSON.stringify(planned));
    expect(dataUrl(BASE, "13995", planned.plan.selection)).toBe(
      `${BASE}/tables/13995/data?lang=no&outputFormat=json-stat2&valueCodes[KOKkommuneregion0000]=*` +
        "&valueCodes[ContentsCode]=KOSsosantkliente0000&valueCodes[Tid]=top(4)",
    );
    expect(plan({ KOSsosgjantmnd0000: "mean duration (TABLES.md §10; not SSB's label)" })).toEqual({
      refusal:
        "SSB har ikke kode KOSsosantkliente0000 i variabelen ContentsCode i tabell 13995 (SSB har: KOSsosgjantmnd0000).",
    });
    // A count under the same code would be printed as a rate per 1000: refused before any data request.
    expect(plan({ KOSsosantkliente0000: "Sosialhjelpsmottakere" })).toEqual({
      refusal:
        "SSB kaller kode KOSsosantkliente0000 i variabelen ContentsCode i tabell 13995 «Sosialhjelpsmottakere», " +
        "ikke «Sosialhjelpsmottakere per 1000 innbyggere»; katalogen (src/data/tables.ts) må rettes før tallet brukes.",
    });
  });

  it("refuse a confirmed code SSB does not list, naming what SSB does list, shortened", () => {
    const query = QUERIES.find((q) => q.table === "06070")!;
    const meta = metadata("ssb-06070-metadata.json");
    const hushType = meta.variables.get("HushType")!;
    const without = new Map(meta.variables).set("HushType", { ...hushType, codes: hushType.codes.slice(1) });
    expect(planSelection(query, requireTableSpec("06070"), "06070", { variables: without })).toEqual({
      refusal:
        "SSB har ikke kode 000 i variabelen HushType i tabell 06070 " +
        "(SSB har: 001, 002, 003, 004, 005, 006, 007, 008, 009, 010).",
    });
  });

  it("ask KLASS for the register of 1 January, the changes since 2018 and 131's correspondence to 128", () => {
    expect(klassRequests(KLASS, 2026).map((r) => [r.file, r.url])).toEqual([
      ["klass-131.json", `${KLASS}/classifications/131/codesAt?date=2026-01-01&language=nb`],
      ["klass-131-endringer.json", `${KLASS}/classifications/131/changes?from=2018-01-01&to=2026-01-02&language=nb`],
      ["klass-128.json", `${KLASS}/classifications/128/codesAt?date=2026-01-01&language=nb`],
      [
        "klass-131-128.json",
        `${KLASS}/classifications/131/corresponds?targetClassificationId=128&from=2018-01-01&to=2026-01-02&language=nb`,
      ],
    ]);
  });
});
