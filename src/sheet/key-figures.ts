// The first page: six key figures and the key findings, computed from the same figures as the sections.

import { numericValue } from "../data/types.js";
import { computeProjectedChange } from "../indicators/catalogue.js";
import type { Change } from "../indicators/growth-classes.js";
import type { MunicipalityRecord } from "../model/record.js";
import type { SheetContext } from "./context.js";
import { changeBetween, indicator, indicatorNumber, latestNumber } from "./figures.js";
import { formatNumber, formatPercent, formatSigned } from "./format.js";
import { estimateHousingNeed } from "./housing-need.js";
import type { FigureFormat, KeyFigure, KeyFigureId, KeyFinding, YearSpan } from "./model.js";
import { printFigure, printPercent } from "./sections/common.js";
import { describeCompletions, describeNeed, formatYears, recentCompletions } from "./sections/construction.js";
import { buildingTypeShare } from "./sections/housing.js";
import { husbankenPer1000 } from "./sections/husbanken.js";
import { signOfValue } from "./statements.js";

/** Years back for the growth figure on the first page. */
const GROWTH_YEARS = 10;

export function buildKeyFigures(ctx: SheetContext): KeyFigure[] {
  const { record, country } = ctx.input;
  const figures: KeyFigure[] = [];
  const population = latestNumber(record.population?.data.total);
  if (population) {
    const fromYear = population.year - GROWTH_YEARS;
    const change = changeBetween(record.population?.data.total, fromYear, population.year);
    figures.push(
      keyFigure(
        "population",
        ctx.t("keyFigures.population"),
        WHOLE,
        inYear(population.value, population.year),
        ctx.t("keyFigures.populationDetail", {
          year: population.year,
          change: change ? formatSigned(change.percent, 1, "\u00a0%") : "..",
          fromYear,
        }),
      ),
    );
  }
  if (record.population) {
    figures.push(
      keyFigure(
        "elderly",
        ctx.t("keyFigures.elderly"),
        PERCENT,
        indicatorFigure(record, "andel_67_pluss"),
        ctx.t("keyFigures.versusCountry", { value: printPercent(indicatorNumber(country, "andel_67_pluss")) }),
      ),
    );
  }
  if (record.immigrants) {
    figures.push(
      keyFigure(
        "immigrants",
        ctx.t("keyFigures.immigrants"),
        PERCENT,
        indicatorFigure(record, "andel_innvandrere"),
        ctx.t("keyFigures.shareOfPopulation", {
          value: printPercent(indicatorNumber(country, "andel_innvandrere")),
        }),
      ),
    );
  }
  const completions = recentCompletions(record);
  if (record.construction) {
    const measured = completions
      ? { number: completions.meanPer1000, years: { from: completions.from, to: completions.to } }
      : NOTHING;
    figures.push(
      keyFigure(
        "completed",
        ctx.t("keyFigures.completed"),
        ONE_DECIMAL,
        measured,
        completions
          ? ctx.t("keyFigures.completedDetail", {
              years: formatYears(completions),
              single: completions.yearCount === 1,
              allYears: completions.allYears,
              yearCount: completions.yearCount,
            })
          : "",
      ),
    );
  }
  const startLoans = latestNumber(record.husbanken?.data.startLoanCount);
  if (startLoans) {
    const per1000 = husbankenPer1000(record, "startLoanCount", startLoans.year);
    figures.push(
      keyFigure(
        "startLoans",
        ctx.t("keyFigures.startLoans"),
        ONE_DECIMAL,
        inYear(per1000, startLoans.year),
        ctx.t("keyFigures.startLoansDetail", { year: startLoans.year }),
      ),
    );
  }
  const last = record.projection?.data.main.at(-1);
  if (last) {
    // The same start as the chart and the findings: the latest registered figure, not the projection's base year.
    const change = computeProjectedChange(record, null, last.year);
    const label = ctx.t("keyFigures.projection", { year: last.year });
    figures.push(
      keyFigure(
        "projection",
        label,
        WHOLE,
        inYear(numericValue(last.value), last.year),
        change
          ? `${formatSigned(change.percent, 1, "\u00a0%")} ${ctx.t("keyFigures.fromNow", { year: change.fromYear })}`
          : "",
      ),
    );
  }
  return figures;
}

const WHOLE: FigureFormat = { decimals: 0, percent: false };
const ONE_DECIMAL: FigureFormat = { decimals: 1, percent: false };
const PERCENT: FigureFormat = { decimals: 1, percent: true };

/** A key figure's number and the years it refers to. */
interface Measured {
  readonly number: number | null;
  readonly years: YearSpan | null;
}

const NOTHING: Measured = { number: null, years: null };

function inYear(number: number | null, year: number): Measured {
  return { number, years: { from: year, to: year } };
}

/** An indicator of the catalogue (the same number the comparison and the ranking use), with its years. */
function indicatorFigure(record: MunicipalityRecord, id: string): Measured {
  const value = indicator(record, id);
  const { fromYear, toYear } = value?.source ?? { fromYear: null, toYear: null };
  return {
    number: value?.value ?? null,
    years: fromYear === null || toYear === null ? null : { from: fromYear, to: toYear },
  };
}

/** A key figure whose printed value is its number in its format, so the two can never disagree. */
function keyFigure(
  id: KeyFigureId,
  label: string,
  format: FigureFormat,
  { number, years }: Measured,
  detail: string,
): KeyFigure {
  return { id, label, value: printFigure(number, format), detail, number, format, years, previous: null };
}

export function buildKeyFindings(ctx: SheetContext): KeyFinding[] {
  const { record, country, rank } = ctx.input;
  const dataYear = ctx.input.dataset.dataYear;
  const population = latestNumber(record.population?.data.total);
  const growth = population
    ? changeBetween(record.population?.data.total, population.year - GROWTH_YEARS, population.year)
    : null;
  const countryGrowth = population
    ? changeBetween(country.population?.data.total, population.year - GROWTH_YEARS, population.year)
    : null;
  const elderlyShare = indicatorNumber(record, "andel_67_pluss");
  const countryElderly = indicatorNumber(country, "andel_67_pluss");
  // The same projected growth of the 80+ as the indicator model ranks on.
  const growth80 = indicator(record, "framskrevet_vekst_80_pluss");
  const need = estimateHousingNeed(record, dataYear);
  const recent = recentCompletions(record);
  const blockShare = buildingTypeShare(record, "block");
  const renters = indicatorNumber(record, "andel_leiere");
  const startLoans = latestNumber(record.husbanken?.data.startLoanCount);
  const startPer1000 = startLoans ? husbankenPer1000(record, "startLoanCount", startLoans.year) : null;
  const countryStart = startLoans ? husbankenPer1000(country, "startLoanCount", startLoans.year) : null;
  const allowanceYear = latestNumber(record.husbanken?.data.housingAllowanceHouseholds)?.year;
  const allowance = allowanceYear ? husbankenPer1000(record, "housingAllowanceHouseholds", allowanceYear) : null;
  const context = {
    name: ctx.name,
    growth:
      growth && countryGrowth && population
        ? {
            change: growth.absolute,
            percent: formatPercent(Math.abs(growth.percent), 1),
            fromYear: population.year - GROWTH_YEARS,
            toYear: population.year,
            countryChange: countryGrowth.absolute,
            countryPercent: formatPercent(Math.abs(countryGrowth.percent), 1),
          }
        : null,
    elderly:
      elderlyShare !== null && countryElderly !== null
        ? {
            share: formatPercent(elderlyShare, 1),
            difference: elderlyShare - countryElderly,
            // Shares that print the same get no direction word: "over 16,6 %" beside 16,6 % contradicts itself.
            same: formatPercent(elderlyShare, 1) === formatPercent(countryElderly, 1),
            countryShare: formatPercent(countryElderly, 1),
            projected80: growth80
              ? {
                  percent: formatPercent(Math.abs(growth80.value), 0),
                  change: growth80.value,
                  // Under half a per cent either way prints as 0 %: "about as many" reads better.
                  stable: Math.abs(growth80.value) < 0.5,
                  fromYear: growth80.source.fromYear,
                  toYear: growth80.source.toYear,
                }
              : null,
          }
        : null,
    need: need && recent ? { ...describeNeed(ctx, need), completions: describeCompletions(ctx, recent) } : null,
    housing:
      blockShare !== null && renters !== null
        ? {
            blockShare: formatPercent(blockShare, 0),
            renterShare: formatPercent(renters, 0),
            countryBlockShare: printPercent(buildingTypeShare(country, "block"), 0),
            countryRenterShare: printPercent(indicatorNumber(country, "andel_leiere"), 0),
          }
        : null,
    husbanken:
      startPer1000 !== null && countryStart !== null && startLoans
        ? {
            startLoans: formatNumber(startPer1000, 1),
            year: startLoans.year,
            difference: startPer1000 - countryStart,
            // As for the 67+: numbers that print the same are "like mange", whatever the decimals behind them.
            same: formatNumber(startPer1000, 1) === formatNumber(countryStart, 1),
            countryStartLoans: formatNumber(countryStart, 1),
            allowance: allowance === null ? null : formatNumber(allowance, 1),
          }
        : null,
    rank: rank ? { national: rank.national, count: rank.nationalCount } : null,
  };
  // The class rests on the registered change that the first finding already states (the same years and printed
  // per cent): the class's sentence then refers to it rather than saying it twice.
  const classed = ctx.input.growth.kind === "unclassified" ? null : ctx.input.growth.registered;
  const registeredStated =
    classed !== null &&
    context.growth !== null &&
    classed.fromYear === context.growth.fromYear &&
    classed.toYear === context.growth.toYear &&
    formatPercent(Math.abs(classed.percent), 1) === context.growth.percent &&
    Math.sign(classed.percent) === Math.sign(context.growth.change);
  const findingsContext = { ...context, growthClass: { ...describeGrowthClass(ctx), registeredStated } };
  return ctx.texts.findings(findingsContext).map(({ id, statement }) => {
    const kept = ctx.keep(statement, findingsContext);
    const signs = kept.directions.map((direction) => signOfValue(direction.value));
    return { id, signs, text: kept.text, isNew: false };
  });
}

/** The growth class with the changes it rests on, or why the municipality has none (see funn.hbs). */
function describeGrowthClass(ctx: SheetContext) {
  const growth = ctx.input.growth;
  if (growth.kind === "unclassified") {
    const key = growth.missing === "population" && growth.year !== null ? "populationYear" : growth.missing;
    return { reason: ctx.t(`growthMissing.${key}`, { year: growth.year ?? "" }) };
  }
  const change = (prefix: "registered" | "projected", { fromYear, toYear, percent }: Change) => ({
    [`${prefix}Change`]: percent,
    [`${prefix}Percent`]: formatPercent(Math.abs(percent), 1),
    [`${prefix}From`]: fromYear,
    [`${prefix}To`]: toYear,
  });
  return {
    group: ctx.texts.text(`growthClasses.${growth.group}`),
    ...change("registered", growth.registered),
    ...change("projected", growth.projected),
    centralClass: growth.centralClass,
  };
}
