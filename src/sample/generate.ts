// The whole sample dataset as files (path → bytes): every table faktaark reads, for all 357 municipalities,
// in the formats SSB, KLASS and Husbanken publish. Codes and labels come from the catalogue (src/data/tables.ts).
import { KOSTRA_GROUPING } from "../data/kostra-groups.js";
import { AREA_CODES, ageCode, findTableSpec } from "../data/tables.js";
import type { Cell } from "../data/types.js";
import { listBuiltinChanges } from "../model/changes.js";
import { COUNTIES, MUNICIPALITIES } from "../model/municipalities.js";
import { findValue } from "../model/parts.js";
import { AGE_GROUPS, BUILDING_TYPES, HOUSEHOLD_TYPES } from "../model/record.js";
import { AGE_SEX_YEAR, type Figures, makeFigures, range, YEARS } from "./figures.js";
import {
  type Category,
  formatFaktaarkCsv,
  formatJsonStat,
  formatKlassCsv,
  formatKostraGroupCsv,
  formatStatbankCsv,
  type JsonStatDimension,
} from "./formats.js";
import { assignSampleKostraGroups } from "./kostra-groups.js";
import {
  LIVING_YEARS,
  type LivingFigures,
  lowIncomeShare,
  makeLivingFigures,
  meanPrice,
  recipientsPer1000,
  SAMPLE_PRICE_MIN_SALES,
  SAMPLE_SOCIAL_MIN_RECIPIENTS,
} from "./living-conditions.js";
import { makeProfile, type Profile } from "./profile.js";
import { randomFor } from "./random.js";
import { formatSettlementPage, makeSettled, SETTLEMENT_PAGES } from "./refugees.js";

const NOTE = "Eksempeldata laget av faktaark (scripts/generate-sample.ts). Tallene er oppdiktet og er ikke SSBs tall.";
const UPDATED = "2026-03-01T07:00:00Z";

interface Municipality {
  readonly profile: Profile;
  readonly figures: Figures;
  readonly living: LivingFigures;
  /** Refugees settled per year (IMDi), before IMDi hides small numbers. */
  readonly settled: ReadonlyMap<number, number>;
}

function codeOf(table: string, key: string): Category {
  const { value } = findValue(table, key);
  return { code: value.code, label: value.label };
}

/** The dimension id the catalogue gives the value `key` of a table. */
const dimensionOf = (table: string, key: string): string => findValue(table, key).dimension;

const years = (list: readonly number[]): JsonStatDimension => ({
  id: "Tid",
  label: "år",
  categories: list.map((y) => ({ code: String(y), label: String(y) })),
});

const contents = (table: string, keys: readonly string[], base: string, decimals = 0): JsonStatDimension => ({
  id: dimensionOf(table, keys[0] as string),
  label: "statistikkvariabel",
  categories: keys.map((key) => codeOf(table, key)),
  unit: { base, decimals },
});

function regions(list: readonly Municipality[], id = "Region", prefix = ""): JsonStatDimension {
  return {
    id,
    label: "region",
    categories: list.map(({ profile }) => ({ code: `${prefix}${profile.entry.code}`, label: profile.entry.name })),
  };
}

/** SSB suppresses (":") small counts in some tables; zero is printed as "-". */
const suppressSmall = (n: number): Cell => (n < 5 ? ":" : n);
const dashZero = (n: number): Cell => (n === 0 ? "-" : n);

export function generateSample(): Map<string, Buffer> {
  const municipalities: Municipality[] = MUNICIPALITIES.map((entry) => {
    const profile = makeProfile(entry);
    const figures = makeFigures(profile);
    return {
      profile,
      figures,
      living: makeLivingFigures(profile, figures.population),
      settled: makeSettled(entry, figures.population),
    };
  });
  const byCode = new Map(municipalities.map((m) => [m.profile.entry.code, m]));
  const get = (prefixed: string): Municipality => {
    const m = byCode.get(prefixed.replace(/^K-/, ""));
    if (!m) throw new Error(`ukjent kommune ${prefixed}`);
    return m;
  };
  const files = new Map<string, Buffer>();
  const put = (path: string, content: string | Buffer): void => {
    files.set(path, typeof content === "string" ? Buffer.from(content, "utf8") : content);
  };

  put(
    "dataset.json",
    `${JSON.stringify({ name: "Eksempeldata", sample: true, files: CROWDING_DECLARATION }, null, 2)}\n`,
  );
  put("klass/klass131-kommuner-2026-01-01.json", formatKlass131(municipalities));
  put("klass/klass128-sentralitet.csv", formatKlass128(municipalities));
  put("klass/klass131-endringer-2017-2024.json", formatKlassChanges());
  put("klass/kostragrupper-2024.csv", formatKostraGroups(municipalities));

  const year = (codes: readonly string[]): number => Number(codes.at(-1));
  put(
    "ssb/07459-folkemengde-2000-2026.json",
    formatJsonStat({
      table: "07459",
      title: "Befolkning, etter region, statistikkvariabel og år",
      updated: UPDATED,
      note: [NOTE],
      dimensions: [
        regions(municipalities, "Region", "K-"),
        contents("07459", ["persons"], "personer"),
        years(YEARS.population),
      ],
      value: (c) => get(c[0] as string).figures.population.get(year(c)) ?? "..",
    }),
  );
  const male = codeOf("07459", "male").code;
  put(
    `ssb/07459-alder-kjonn-${AGE_SEX_YEAR}.json`,
    formatJsonStat({
      table: "07459",
      title: "Befolkning, etter region, kjønn, alder, statistikkvariabel og år",
      updated: UPDATED,
      note: [NOTE],
      dimensions: [
        regions(municipalities),
        {
          id: dimensionOf("07459", "male"),
          label: "kjønn",
          categories: [codeOf("07459", "male"), codeOf("07459", "female")],
        },
        {
          id: "Alder",
          label: "alder",
          categories: range(0, 105).map((a) => ({
            code: ageCode(a),
            label: a >= 105 ? "105 år eller eldre" : `${a} år`,
          })),
        },
        contents("07459", ["persons"], "personer"),
        years([AGE_SEX_YEAR]),
      ],
      value: ([region, sex, age]) => {
        const figures = get(region as string).figures;
        const index = age === "105+" ? 105 : Number(age);
        return (sex === male ? figures.male : figures.female)[index] ?? "..";
      },
    }),
  );
  put(
    "ssb/09817-innvandrere.json",
    formatJsonStat({
      table: "09817",
      title: findTableSpec("09817")?.title ?? "",
      updated: UPDATED,
      note: [NOTE],
      dimensions: [
        regions(municipalities),
        {
          id: dimensionOf("09817", "immigrants"),
          label: "innvandringskategori",
          categories: [codeOf("09817", "immigrants"), codeOf("09817", "norwegianBornToImmigrantParents")],
        },
        {
          id: dimensionOf("09817", "allCountries"),
          label: "landbakgrunn",
          categories: [codeOf("09817", "allCountries")],
        },
        contents("09817", ["persons"], "personer"),
        years(YEARS.immigrants),
      ],
      value: ([region, category, , , y]) => {
        const row = get(region as string).figures.immigrants.get(Number(y));
        if (!row) return "..";
        return category === codeOf("09817", "immigrants").code ? row.immigrants : dashZero(row.born);
      },
    }),
  );
  put("ssb/06070-husholdninger.csv", formatHouseholds(municipalities));
  put(
    "ssb/06265-boliger.json",
    formatJsonStat({
      table: "06265",
      title: findTableSpec("06265")?.title ?? "",
      updated: UPDATED,
      note: [NOTE],
      dimensions: [
        regions(municipalities),
        {
          id: dimensionOf("06265", "detached"),
          label: "bygningstype",
          categories: BUILDING_TYPES.map((t) => codeOf("06265", t)),
        },
        contents("06265", ["dwellings"], "boliger"),
        years(YEARS.dwellings),
      ],
      value: ([region, type, , y]) => {
        const key = BUILDING_TYPES.find((t) => codeOf("06265", t).code === type);
        const row = get(region as string).figures.dwellings.get(Number(y));
        return key && row ? dashZero(row[key]) : "..";
      },
    }),
  );
  const tenureKeys = ["owner", "cooperative", "renter"] as const;
  put(
    "ssb/11084-eierstatus.json",
    formatJsonStat({
      table: "11084",
      title: findTableSpec("11084")?.title ?? "",
      updated: UPDATED,
      note: [NOTE],
      dimensions: [
        regions(municipalities),
        {
          id: dimensionOf("11084", "owner"),
          label: "eierstatus",
          categories: tenureKeys.map((k) => codeOf("11084", k)),
        },
        contents("11084", ["households"], "husholdninger"),
        years(YEARS.tenure),
      ],
      value: ([region, status, , y]) => {
        const key = tenureKeys.find((k) => codeOf("11084", k).code === status);
        const row = get(region as string).figures.tenure.get(Number(y));
        return key && row ? suppressSmall(row[key]) : "..";
      },
    }),
  );
  put(CROWDING_FILE, formatCrowding(municipalities));
  put("ssb/05940-boligbygging.csv", formatConstruction(municipalities));
  const alternatives = ["main", "low", "high"] as const;
  put(
    "ssb/14746-framskriving-2026.json",
    formatJsonStat({
      table: "14746",
      title: "Framskrevet folkemengde 1. januar, etter region, statistikkvariabel og år",
      updated: "2026-06-12T06:00:00Z",
      note: [NOTE],
      dimensions: [regions(municipalities), contents("14746", alternatives, "personer"), years(YEARS.projection)],
      value: ([region, alternative, y]) => {
        const key = alternatives.find((k) => codeOf("14746", k).code === alternative) ?? "main";
        return get(region as string).figures.projection[key].get(Number(y)) ?? "..";
      },
    }),
  );
  put(
    "ssb/14746-framskriving-2026-aldersgrupper.json",
    formatJsonStat({
      table: "14746",
      title: "Framskrevet folkemengde 1. januar, etter region, alder, statistikkvariabel og år",
      updated: "2026-06-12T06:00:00Z",
      note: [NOTE],
      dimensions: [
        regions(municipalities),
        { id: "Alder", label: "alder", categories: AGE_GROUPS.map(ageGroupCategory) },
        contents("14746", ["main"], "personer"),
        years(YEARS.projection),
      ],
      value: ([region, group, , y]) => {
        const key = AGE_GROUPS.find((g) => ageGroupCategory(g).code === group) ?? "0";
        return (
          get(region as string)
            .figures.projection.byAgeGroup.get(key)
            ?.get(Number(y)) ?? ".."
        );
      },
    }),
  );
  put(
    "ssb/12008-kommunale-boliger.json",
    formatJsonStat({
      table: "12008",
      title: findTableSpec("12008")?.title ?? "",
      updated: UPDATED,
      note: [NOTE, "Kommuner som ikke har rapportert til KOSTRA, har «..»."],
      dimensions: [
        regions(municipalities, "KOKkommuneregion0000"),
        contents("12008", ["per1000"], "per 1000 innbyggere", 1),
        years(YEARS.kostra),
      ],
      value: ([region, , y]) => {
        const m = get(region as string);
        if (Number(y) === 2025 && randomFor(m.profile.entry.code, "kostra-missing")() < 0.02) return "..";
        return m.figures.municipalDwellings.get(Number(y))?.per1000 ?? "..";
      },
    }),
  );
  put("ssb/12944-vedvarende-lavinntekt.json", formatLowIncome(municipalities));
  put("ssb/14545-kvadratmeterpris.json", formatHousePrices(municipalities));
  put("ssb/13995-sosialhjelp.json", formatSocialAssistance(municipalities));
  for (const year of SETTLEMENT_PAGES) {
    const page = municipalities.map(({ profile, settled }) => ({ entry: profile.entry, settled }));
    put(`imdi/nokkeltall-bosetting-${year}.html`, formatSettlementPage(page, year));
  }
  put("husbanken/husbanken-virkemidler.csv", formatHusbanken(municipalities));
  return files;
}

/** The country, the counties and the municipalities, as SSB lists a table's regions without a codelist; `of` gives
 * each area its municipalities. The country's and counties' codes are the region variable's (AREA_CODES). */
function areasAndMunicipalities<T>(
  list: readonly Municipality[],
  of: (members: readonly Municipality[]) => T,
  regionDimension = "Region",
): { dimension: JsonStatDimension; byCode: Map<string, T> } {
  const area = AREA_CODES[regionDimension];
  if (area === undefined) throw new Error(`ingen landet- og fylkeskoder for ${regionDimension}`);
  const areas = [
    { code: area.country, label: "Hele landet", members: list },
    ...COUNTIES.map(({ code, name }) => ({
      code: area.county(code),
      label: name,
      members: list.filter((m) => m.profile.entry.countyCode === code),
    })),
    ...list.map((m) => ({ code: m.profile.entry.code, label: m.profile.entry.name, members: [m] })),
  ].filter((area) => area.members.length > 0);
  return {
    dimension: { id: regionDimension, label: "region", categories: areas.map(({ code, label }) => ({ code, label })) },
    byCode: new Map(areas.map((area) => [area.code, of(area.members)])),
  };
}

function formatLowIncome(list: readonly Municipality[]): string {
  // An area's share is its persons over its base, as SSB computes it, not a mean of the municipalities' shares.
  const { dimension, byCode } = areasAndMunicipalities(list, (members) => (year: number) => {
    const rows = members.flatMap((m) => m.living.lowIncome.get(year) ?? []);
    const persons = rows.reduce((sum, row) => sum + row.persons, 0);
    const base = rows.reduce((sum, row) => sum + row.base, 0);
    return { persons, share: base === 0 ? null : lowIncomeShare(persons, base) };
  });
  const share = codeOf("12944", "share").code;
  return formatJsonStat({
    table: "12944",
    title: findTableSpec("12944")?.title ?? "",
    updated: UPDATED,
    note: [NOTE, "Treårsperioder: 2022-2024 er de tre årene 2022, 2023 og 2024."],
    dimensions: [
      dimension,
      { id: dimensionOf("12944", "allAges"), label: "alder", categories: [codeOf("12944", "allAges")] },
      { ...contents("12944", ["share", "persons"], "prosent", 1), unit: undefined },
      {
        id: "Tid",
        label: "tid",
        categories: LIVING_YEARS.lowIncome.map((y) => ({ code: `${y - 2}-${y}`, label: `${y - 2}-${y}` })),
      },
    ],
    value: ([region, , content, period]) => {
      const figures = byCode.get(region as string)?.(Number(period?.slice(5)));
      if (!figures || figures.share === null) return "..";
      // Fewer than five persons: SSB's rule for small counts, both cells hidden.
      if (figures.persons < 5) return ":";
      return content === share ? figures.share : figures.persons;
    },
  });
}

function formatHousePrices(list: readonly Municipality[]): string {
  const { dimension, byCode } = areasAndMunicipalities(list, (members) => (year: number) => {
    const rows = members.flatMap((m) => m.living.housePrices.get(year) ?? []);
    const transactions = rows.reduce((sum, row) => sum + row.transactions, 0);
    return { price: meanPrice(rows), transactions };
  });
  const price = codeOf("14545", "pricePerM2").code;
  return formatJsonStat({
    table: "14545",
    title: findTableSpec("14545")?.title ?? "",
    updated: UPDATED,
    note: [NOTE, `Kvadratmeterprisen er skjult («:») der færre enn ${SAMPLE_PRICE_MIN_SALES} boliger ble solgt.`],
    dimensions: [
      dimension,
      { id: dimensionOf("14545", "all"), label: "boligtype", categories: [codeOf("14545", "all")] },
      { ...contents("14545", ["pricePerM2", "transactions"], "kroner"), unit: undefined },
      years(LIVING_YEARS.housePrices),
    ],
    value: ([region, , content, y]) => {
      const figures = byCode.get(region as string)?.(Number(y));
      if (!figures) return "..";
      if (content !== price) return dashZero(figures.transactions);
      return figures.transactions < SAMPLE_PRICE_MIN_SALES ? ":" : figures.price;
    },
  });
}

function formatSocialAssistance(list: readonly Municipality[]): string {
  // An area's rate is its recipients over its inhabitants, as SSB computes it, not a mean of the municipalities' rates.
  const regionDimension = findTableSpec("13995")?.regionDimension ?? "Region";
  const { dimension, byCode } = areasAndMunicipalities(
    list,
    (members) => (year: number) => members.flatMap((m) => m.living.socialAssistance.get(year) ?? []),
    regionDimension,
  );
  return formatJsonStat({
    table: "13995",
    title: findTableSpec("13995")?.title ?? "",
    updated: UPDATED,
    note: [
      NOTE,
      `Antallet per 1000 innbyggere er skjult («:») der færre enn ${SAMPLE_SOCIAL_MIN_RECIPIENTS} mottok sosialhjelp.`,
    ],
    dimensions: [
      dimension,
      contents("13995", ["per1000"], "per 1000 innbyggere", 1),
      years(LIVING_YEARS.socialAssistance),
    ],
    value: ([region, , y]) => {
      const rows = byCode.get(region as string)?.(Number(y)) ?? [];
      if (rows.length === 0) return "..";
      const recipients = rows.reduce((sum, row) => sum + row.recipients, 0);
      return recipients < SAMPLE_SOCIAL_MIN_RECIPIENTS ? ":" : recipientsPer1000(rows);
    },
  });
}

function ageGroupCategory(group: string): Category {
  if (group === "90+") return { code: "090+", label: "90 år eller eldre" };
  const [from = "", to] = group.split("-");
  const pad = (n: string): string => n.padStart(3, "0");
  return to === undefined
    ? { code: pad(from), label: `${from} år` }
    : { code: `${pad(from)}-${pad(to)}`, label: `${from}-${to} år` };
}

function formatKlass131(list: readonly Municipality[]): string {
  const codes = [...list.map(({ profile }) => profile.entry), { code: "9999", name: "Uoppgitt" }].map(
    ({ code, name }) => ({
      code,
      parentCode: null,
      level: "1",
      name,
      shortName: "",
      presentationName: "",
      validFrom: null,
      validTo: null,
      notes: "",
    }),
  );
  return `${JSON.stringify({ codes })}\n`;
}

const CENTRALITY_CLASSES = [
  "Sentralitet: 1 (925-1000) - høy",
  "Sentralitet: 2 (870-924)",
  "Sentralitet: 3 (775-869)",
  "Sentralitet: 4 (670-774)",
  "Sentralitet: 5 (565-669)",
  "Sentralitet: 6 (0-564) - lav",
];

function formatKlass128(list: readonly Municipality[]): string {
  const header = [
    "code",
    "parentCode",
    "level",
    "name",
    "shortName",
    "presentationName",
    "validFrom",
    "validTo",
    "validFromInRequestedRange",
    "validToInRequestedRange",
    "notes",
  ];
  const classes = CENTRALITY_CLASSES.map((name, i) => [`0${i + 1}`, "", "1", name, "", "", "", "", "", "", ""]);
  const rows = list.map(({ profile }) => [
    profile.entry.code,
    `0${profile.centralityClass}`,
    "2",
    profile.entry.name,
    "",
    "",
    "",
    "",
    "",
    "",
    String(profile.centralityIndex),
  ]);
  return formatKlassCsv(header, [...classes, ...rows]);
}

function formatKostraGroups(list: readonly Municipality[]): string {
  return formatKostraGroupCsv(
    assignSampleKostraGroups(
      list.map(({ profile, figures }) => {
        const population = figures.population.get(KOSTRA_GROUPING.year);
        if (population === undefined)
          throw new Error(`${profile.entry.code} mangler folketall for ${KOSTRA_GROUPING.year}`);
        return {
          code: profile.entry.code,
          name: profile.entry.name,
          population,
          centralityIndex: profile.centralityIndex,
        };
      }),
    ),
  );
}

function formatKlassChanges(): string {
  const codeChanges = listBuiltinChanges().map((c) => ({
    oldCode: c.oldCode,
    oldName: c.oldName,
    oldShortName: "",
    newCode: c.newCode,
    newName: c.newName,
    newShortName: "",
    changeOccurred: c.changeOccurred,
  }));
  return `${JSON.stringify({ codeChanges })}\n`;
}

/** The share of a sheet category each of SSB's 06070 types gets in the sample (the catalogue's groups). */
const HOUSEHOLD_SPLIT: Readonly<Record<string, number>> = {
  "couple-small-children": 0.48,
  "couple-older-children": 0.52,
  "parent-small-children": 0.3,
  "parent-older-children": 0.7,
  "multi-family-no-children": 0.62,
  "multi-family-small-children": 0.16,
  "multi-family-older-children": 0.22,
};

/** SSB's eleven 06070 types with the sample's sheet category each belongs to, in SSB's code order. */
function householdTypes(): { key: string; category: (typeof HOUSEHOLD_TYPES)[number]; share: number }[] {
  const { groups = {}, values } = findHushType();
  return Object.keys(values)
    .map((key) => {
      const group = Object.entries(groups).find(([, g]) => g.members.includes(key))?.[0] ?? key;
      const category = HOUSEHOLD_TYPES.find((type) => type === group);
      if (category === undefined) throw new Error(`06070-typen ${key} hører ikke til noen husholdningstype på arket`);
      return { key, category, share: HOUSEHOLD_SPLIT[key] ?? 1 };
    })
    .sort((a, b) => codeOf("06070", a.key).code.localeCompare(codeOf("06070", b.key).code));
}

function findHushType() {
  const dimension = findTableSpec("06070")?.dimensions[dimensionOf("06070", "other")];
  if (!dimension) throw new Error("06070 mangler husholdningstype i katalogen");
  return dimension;
}

function formatHouseholds(list: readonly Municipality[]): Buffer {
  const households = codeOf("06070", "households").label;
  const persons = codeOf("06070", "persons").label;
  const types = householdTypes();
  const rows: (string | Cell)[][] = [];
  for (const { profile, figures } of list) {
    for (const { key, category, share } of types) {
      for (const y of YEARS.households) {
        const cell = figures.households.get(y)?.[category];
        rows.push([
          `${profile.entry.code} ${profile.entry.name}`,
          codeOf("06070", key).label,
          String(y),
          cell ? dashZero(splitCount(cell.households, share, key)) : "..",
          cell ? dashZero(splitCount(cell.persons, share, key)) : "..",
        ]);
      }
    }
  }
  return formatStatbankCsv(
    "06070",
    findTableSpec("06070")?.title ?? "",
    ["region", "husholdningstype", "år", households, persons],
    rows,
    3,
  );
}

/** A category's count shared out over its SSB types: each rounded down, the last member takes the rest. */
function splitCount(count: number, share: number, key: string): number {
  const group = Object.values(findHushType().groups ?? {}).find((g) => g.members.includes(key));
  if (group === undefined || group.members.length === 1) return count;
  const shares = group.members.map((member) => Math.floor(count * (HOUSEHOLD_SPLIT[member] ?? 0)));
  const index = group.members.indexOf(key);
  return index === group.members.length - 1
    ? count - shares.slice(0, -1).reduce((a, b) => a + b, 0)
    : Math.floor(count * share);
}

const CROWDING_FILE = "fhi/trangbodd.csv";
/** FHI's crowding export as analysts publish it (TEL's layout: share as a fraction, date as 1 January). Small
 * municipalities' shares are left empty, as FHI hides them; dataset.json says an empty cell is suppressed. */
const CROWDING_DECLARATION = {
  [CROWDING_FILE]: {
    table: "fhi-trangbodd",
    publisher: "FHI",
    title: "Trangboddhet, andel personer i privathusholdninger som bor trangt",
    region: "Kommunenummer",
    year: "År",
    value: "Andel",
    dimensions: { Innvandringsbakgrunn: "Innvandringsbakgrunn" },
    fraction: true,
    empty: ":",
  },
};

function formatCrowding(list: readonly Municipality[]): string {
  const all = codeOf("fhi-trangbodd", "all").label;
  const lines = ["Kommunenummer,Geografi,År,Alder,Innvandringsbakgrunn,Andel"];
  for (const { profile, figures } of list) {
    for (const y of YEARS.crowding) {
      const share = figures.crowding.get(y);
      const value = profile.entry.population < 1000 || share === undefined ? "" : (share / 100).toFixed(4);
      lines.push([profile.entry.code, `"${profile.entry.name}"`, `${y}-01-01`, "alle aldre", all, value].join(","));
    }
  }
  return `${lines.join("\n")}\n`;
}

/** 05940 as a wide download over the region list with historical municipalities: a municipality renumbered or
 * split in 2024 has its earlier years under its old number ("1507 Ålesund (2020-2023)"), as Statistikkbanken
 * shows them, and "." where a region did not exist. */
function formatConstruction(list: readonly Municipality[]): Buffer {
  const started = codeOf("05940", "started").label;
  const completed = codeOf("05940", "completed").label;
  const header = [
    "region",
    ...YEARS.construction.map((y) => `${started} ${y}`),
    ...YEARS.construction.map((y) => `${completed} ${y}`),
  ];
  const changes2024 = listBuiltinChanges().filter((c) => c.changeOccurred === "2024-01-01");
  const renumbered = new Set(changes2024.map((c) => c.newCode));
  const cell = (m: Municipality, y: number, what: "started" | "completed"): Cell =>
    dashZero(m.figures.construction.get(y)?.[what] ?? 0);
  const rows: (string | Cell)[][] = [];
  for (const m of list) {
    const code = m.profile.entry.code;
    const before2024 = renumbered.has(code);
    const values = (what: "started" | "completed"): Cell[] =>
      YEARS.construction.map((y) => (before2024 && y < 2024 ? "." : cell(m, y, what)));
    rows.push([`${code} ${m.profile.entry.name}`, ...values("started"), ...values("completed")]);
  }
  const byOld = new Map<string, { name: string; parts: Municipality[] }>();
  for (const change of changes2024) {
    const m = list.find((x) => x.profile.entry.code === change.newCode);
    if (!m) continue;
    const entry = byOld.get(change.oldCode) ?? { name: change.oldName, parts: [] };
    entry.parts.push(m);
    byOld.set(change.oldCode, entry);
  }
  for (const [oldCode, { name, parts }] of [...byOld.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const values = (what: "started" | "completed"): Cell[] =>
      YEARS.construction.map((y) =>
        y >= 2024
          ? "."
          : y < 2020 && oldCode === "1507"
            ? "."
            : dashZero(parts.reduce((s, p) => s + (p.figures.construction.get(y)?.[what] ?? 0), 0)),
      );
    rows.push([`${oldCode} ${name} (2020-2023)`, ...values("started"), ...values("completed")]);
  }
  return formatStatbankCsv("05940", findTableSpec("05940")?.title ?? "", header, rows, 1);
}

function formatHusbanken(list: readonly Municipality[]): string {
  const variable = (key: string): string => codeOf("husbanken", key).code;
  const rows: [string, string, string, number, string, Cell][] = [];
  for (const { profile, figures } of list) {
    for (const [y, row] of figures.husbanken) {
      const code = profile.entry.code;
      rows.push(["Husbanken", "husbanken", code, y, variable("startLoanCount"), row.startLoanCount]);
      rows.push(["Husbanken", "husbanken", code, y, variable("startLoanAmount"), row.startLoanAmount]);
      rows.push([
        "Husbanken",
        "husbanken",
        code,
        y,
        variable("housingAllowanceHouseholds"),
        row.housingAllowance === 0 ? 0 : suppressSmall(row.housingAllowance),
      ]);
      rows.push(["Husbanken", "husbanken", code, y, variable("rentalGrantDwellings"), row.rentalGrants]);
      rows.push(["Husbanken", "husbanken", code, y, variable("adaptationGrants"), row.adaptationGrants]);
    }
  }
  return formatFaktaarkCsv(rows);
}
