// The sample's KOSTRA groups, made by SSB's published criteria for the grouping per 2020 (ssb.no, «KOSTRA-gruppene»,
// «Kriterier for kommunegrupperingen per 2020»): bands of population, bound costs and free disposable income per
// inhabitant, Oslo alone in group 13, and the eight municipalities with the highest tax income in group 17. The
// population is the sample's own for the grouping's year. The two economic criteria are not in the sample: bound
// costs are taken as high in remote municipalities (sample centrality index under 670, SSB's classes 5 and 6), and
// income is drawn per municipality, in thirds, the eight highest draws standing for the highest tax income. Made-up
// groups, like every figure of the sample.
import { randomFor } from "./random.js";

export interface GroupingInput {
  readonly code: string;
  readonly name: string;
  /** The sample's population in the grouping's year. */
  readonly population: number;
  readonly centralityIndex: number;
}

type Level = "low" | "middle" | "high";

/** SSB's group 17 holds this many municipalities. */
const RICHEST = 8;
/** Centrality index below which the sample takes a municipality's bound costs as high (SSB's classes 5 and 6). */
const REMOTE_BELOW = 670;

/** SSB's criteria table, band by band: the group of a municipality of this size, bound costs and income. */
function chooseGroup(population: number, highBoundCosts: boolean, income: Level): number {
  if (population < 600) return 16;
  if (population < 2000) return income === "high" ? 15 : 14;
  if (population < 10_000) return (highBoundCosts ? 4 : 1) + ["low", "middle", "high"].indexOf(income);
  if (population < 20_000) return income === "low" ? 7 : 8;
  if (population < 30_000) return 9;
  if (population < 45_000) return 10;
  if (population < 75_000) return 11;
  return 12;
}

/** Each municipality as `[code, name, group]`, in the order given. */
export function assignSampleKostraGroups(municipalities: readonly GroupingInput[]): [string, string, number][] {
  const draws = municipalities.map((m) => ({ ...m, income: randomFor(m.code, "kostra-income")() }));
  const richest = new Set(
    draws
      .filter((m) => m.code !== "0301")
      .sort((a, b) => b.income - a.income)
      .slice(0, RICHEST)
      .map((m) => m.code),
  );
  const level = (draw: number): Level => (draw < 1 / 3 ? "low" : draw < 2 / 3 ? "middle" : "high");
  return draws.map((m) => {
    if (m.code === "0301") return [m.code, m.name, 13];
    if (richest.has(m.code)) return [m.code, m.name, 17];
    return [m.code, m.name, chooseGroup(m.population, m.centralityIndex < REMOTE_BELOW, level(m.income))];
  });
}
