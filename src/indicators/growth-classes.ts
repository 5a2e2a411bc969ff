// Growth pressure against decline: each municipality put in one named group from its registered population
// change, SSB's projected change and its centrality, by the rule in data/config/vekstklasser.csv
// (docs/vekstklasser.md). A missing input leaves the municipality unclassified with the reason, never guessed.
import { numericValue } from "../data/types.js";
import { UserError } from "../errors.js";
import type { MunicipalityRecord } from "../model/record.js";
import { computeProjectedChange } from "./catalogue.js";
import { readConfigTable } from "./config-csv.js";
import { modelMessages } from "./messages.js";
import type { Ranking } from "./rank.js";

/** The groups, most growth first, by the names advisers use (`rank --vekstklasse`, `/rangering?vekstklasse=`). */
export const GROWTH_GROUPS = ["vekstpress", "vekst", "stabil", "nedgang", "sterk-nedgang"] as const;
export type GrowthGroup = (typeof GROWTH_GROUPS)[number];

/** The group named with `--vekstklasse`, or a UserError naming the groups. */
export function parseGrowthGroup(name: string): GrowthGroup {
  const group = GROWTH_GROUPS.find((known) => known === name.trim().toLowerCase());
  if (!group) throw new UserError(modelMessages.unknownGrowthGroup(name, GROWTH_GROUPS));
  return group;
}

export interface GrowthRule {
  readonly file: string;
  /** Registered change is measured over this many years, up to the latest year with a population figure. */
  readonly yearsBack: number;
  /** Projected change is measured from the latest registered year to this year (SSB's main alternative). */
  readonly horizon: number;
  /** Thresholds in per cent, each counting when the change is at it or beyond: strongGrowth ≥ growth ≥ 0 ≥ decline
   * ≥ strongDecline. */
  readonly strongGrowth: number;
  readonly growth: number;
  readonly decline: number;
  readonly strongDecline: number;
  /** Centrality classes 1 up to this count as central: strong projected growth there is growth pressure. */
  readonly centralUpTo: number;
}

export interface Change {
  readonly fromYear: number;
  readonly toYear: number;
  readonly percent: number;
}

export type GrowthClass =
  | {
      readonly kind: "classified";
      readonly group: GrowthGroup;
      readonly registered: Change;
      readonly projected: Change;
      /** The centrality class when it decided the group (growth pressure by projection alone), else null. */
      readonly centralClass: number | null;
    }
  | {
      readonly kind: "unclassified";
      /** What is missing: the population at either end, the projection to the horizon, or the centrality class. */
      readonly missing: "population" | "projection" | "centrality";
      /** The year the missing figure is for; null for centrality, and for a record with no population at all. */
      readonly year: number | null;
    };

/** The rule's lines by their name in the file. */
const NAMES = {
  år_tilbake: "yearsBack",
  framskrevet_til: "horizon",
  sterk_vekst: "strongGrowth",
  vekst: "growth",
  nedgang: "decline",
  sterk_nedgang: "strongDecline",
  sentral_til_og_med: "centralUpTo",
} as const satisfies Record<string, Exclude<keyof GrowthRule, "file">>;

type RuleName = keyof typeof NAMES;

export function parseGrowthRule(text: string, file: string): GrowthRule {
  const table = readConfigTable(text, file, ["grense", "verdi"]);
  const values = new Map<RuleName, { value: number; line: number }>();
  for (const row of table.rows) {
    const name = (row.cells.grense ?? "").toLowerCase();
    const raw = row.cells.verdi ?? "";
    const fail = (problem: string) => new UserError(`${file}, linje ${row.line}: ${problem}`);
    if (!Object.hasOwn(NAMES, name))
      throw fail(`ukjent grense «${name}». Kjente grenser: ${Object.keys(NAMES).join(", ")}.`);
    const known = name as RuleName;
    if (values.has(known)) throw fail(`«${name}» står her for andre gang; behold én linje.`);
    const value = Number(raw.replace(",", "."));
    if (raw === "" || !Number.isFinite(value)) throw fail(`${name} må være et tall, fant «${raw}».`);
    const whole = known === "år_tilbake" || known === "framskrevet_til" || known === "sentral_til_og_med";
    if (whole && !Number.isInteger(value)) throw fail(`${name} må være et helt tall, fant «${raw}».`);
    if (known === "år_tilbake" && value < 1) throw fail(`år_tilbake må være minst 1, fant «${raw}».`);
    if (known === "sentral_til_og_med" && (value < 1 || value > 6))
      throw fail(`sentral_til_og_med må være en sentralitetsklasse fra 1 til 6, fant «${raw}».`);
    values.set(known, { value, line: row.line });
  }
  const missing = Object.keys(NAMES).filter((name) => !values.has(name as RuleName));
  if (missing.length > 0) throw new UserError(`${file}: mangler grense ${missing.map((m) => `«${m}»`).join(", ")}.`);
  const get = (name: RuleName) => values.get(name)!.value;
  const order: RuleName[] = ["sterk_vekst", "vekst", "nedgang", "sterk_nedgang"];
  const bounds = [Number.POSITIVE_INFINITY, ...order.map(get)];
  order.forEach((name, index) => {
    const value = get(name);
    // Growth thresholds lie at 0 or above and decline thresholds at 0 or below, each no further out than the next.
    const wrongSide = index < 2 ? value < 0 : value > 0;
    if (wrongSide || value > bounds[index]!)
      throw new UserError(
        `${file}, linje ${values.get(name)!.line}: grensene må stå i rekkefølgen sterk_vekst ≥ vekst ≥ 0 ≥ nedgang ≥ sterk_nedgang; ${name} er ${String(value).replace(".", ",")}.`,
      );
  });
  return {
    file,
    yearsBack: get("år_tilbake"),
    horizon: get("framskrevet_til"),
    strongGrowth: get("sterk_vekst"),
    growth: get("vekst"),
    decline: get("nedgang"),
    strongDecline: get("sterk_nedgang"),
    centralUpTo: get("sentral_til_og_med"),
  };
}

/** The municipality's group by the rule, the first that fits: vekstpress, vekst, sterk nedgang, nedgang, stabil. */
export function classifyGrowth(record: MunicipalityRecord, rule: GrowthRule): GrowthClass {
  const registered = registeredChange(record, rule.yearsBack);
  if ("missingYear" in registered) return { kind: "unclassified", missing: "population", year: registered.missingYear };
  const change = computeProjectedChange(record, null, rule.horizon);
  if (!change) return { kind: "unclassified", missing: "projection", year: rule.horizon };
  const projected: Change = { fromYear: change.fromYear, toYear: change.toYear, percent: change.percent };
  const classified = (group: GrowthGroup, centralClass: number | null = null): GrowthClass => ({
    kind: "classified",
    group,
    registered,
    projected,
    centralClass,
  });
  const r = registered.percent;
  const p = projected.percent;
  if (p >= rule.strongGrowth) {
    if (r >= rule.strongGrowth) return classified("vekstpress");
    // Only here does centrality decide the group: without it the group is unknown.
    const central = record.centrality?.class;
    if (central === undefined) return { kind: "unclassified", missing: "centrality", year: null };
    if (central <= rule.centralUpTo) return classified("vekstpress", central);
  }
  if (r >= rule.growth && p >= rule.growth) return classified("vekst");
  if (r <= rule.strongDecline && p <= rule.strongDecline) return classified("sterk-nedgang");
  if (r <= rule.decline && p <= rule.decline) return classified("nedgang");
  return classified("stabil");
}

/** Change over `yearsBack` years up to the latest registered year, or the year whose figure is missing. */
function registeredChange(record: MunicipalityRecord, yearsBack: number): Change | { missingYear: number | null } {
  const total = record.population?.data.total ?? [];
  const latest = [...total].reverse().find((point) => numericValue(point.value) !== null);
  if (!latest) return { missingYear: null };
  const fromYear = latest.year - yearsBack;
  const start = numericValue(total.find((point) => point.year === fromYear)?.value ?? "..");
  const end = numericValue(latest.value)!;
  if (start === null || start === 0) return { missingYear: fromYear };
  return { fromYear, toYear: latest.year, percent: ((end - start) / start) * 100 };
}

/** The ranking with only the municipalities in one growth group; each keeps its rank among all it was ranked with. */
export function filterRankingByGrowth(
  ranking: Ranking,
  records: readonly MunicipalityRecord[],
  rule: GrowthRule,
  group: GrowthGroup,
): Ranking {
  const inGroup = new Set(
    records.filter((record) => isInGroup(classifyGrowth(record, rule), group)).map((record) => record.code),
  );
  return {
    ...ranking,
    rows: ranking.rows.filter((row) => inGroup.has(row.code)),
    unranked: ranking.unranked.filter((row) => inGroup.has(row.code)),
  };
}

function isInGroup(growth: GrowthClass, group: GrowthGroup): boolean {
  return growth.kind === "classified" && growth.group === group;
}
