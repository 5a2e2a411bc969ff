// The first page: six key figures and the key findings, computed from the same figures as the sections.

import { numericValue } from "../data/types.js";
import { computeProjectedChange } from "../indicators/catalogue.js";
import type { Change } from "../indicators/growth-classes.js";
import type { MunicipalityRecord, Series } from "../model/record.js";
import type { SheetContext } from "./context.js";
import { makeFigure, PERCENT, printFigure, type TableRef, unitText } from "./figure.js";
import { changeBetween, indicator, indicatorNumber, latestNumber } from "./figures.js";
import { formatNumber, formatPercent, formatSigned } from "./format.js";
import { estimateHousingNeed } from "./housing-need.js";
import type { Figure, KeyFigure, KeyFigureId, KeyFinding } from "./model.js";
import { printPercent } from "./sections/common.js";
import { describeCompletions, describeNeed, formatYears, recentCompletions } from "./sections/construction.js";
import { buildingTypeShare } from "./sections/housing.js";
import { husbankenPer1000 } from "./sections/husbanken.js";
import { signOfValue } from "./statements.js";

/** Years back for the growth figure on the first page. */
const GROWTH_YEARS = 10;

export function buildKeyFigures(ctx: SheetContext): KeyFigure[] {
  const { record } = ctx.input;
  const own = ctx.ownRegion();
  const countryRegion = ctx.countryRegion();
  const figures: KeyFigure[] = [];
  /** A key figure whose value prints its first figure, so the two can never disagree. */
  const add = (id: KeyFigureId, label: string, detail: string, keyFigures: Figure[]) =>
    figures.push({ id, label, value: printFigure(keyFigures[0]!), detail, figures: keyFigures, previous: null });
  const population = latestNumber(record.population?.data.total);
  if (record.population && population) {
    const fromYear = population.year - GROWTH_YEARS;
    const change = changeBetween(record.population.data.total, fromYear, population.year);
    const source = record.population.source;
    const label = ctx.t("keyFigures.population");
    add(
      "population",
      label,
      ctx.t("keyFigures.populationDetail", {
        year: population.year,
        change: change ? formatSigned(change.percent, 1, "\u00a0%") : "..",
        fromYear,
      }),
      [
        makeFigure(ctx, {
          label,
          region: own,
          value: population.value,
          unit: unitText(ctx, "persons"),
          decimals: 0,
          year: population.year,
          source,
        }),
        makeFigure(ctx, {
          label: ctx.texts.text("figures.populationChange"),
          region: own,
          value: change?.percent ?? null,
          unit: PERCENT,
          decimals: 1,
          year: population.year,
          fromYear,
          source,
        }),
      ],
    );
  }
  if (record.population) {
    const label = ctx.t("keyFigures.elderly");
    const shares = [own, countryRegion].map((region) =>
      shareFigure(ctx, label, region, "andel_67_pluss", record.population!.source, record.population!.data.ageYear),
    );
    add("elderly", label, ctx.t("keyFigures.versusCountry", { value: printFigure(shares[1]!) }), shares);
  }
  if (record.immigrants) {
    const label = ctx.t("keyFigures.immigrants");
    const lastYear = record.immigrants.data.immigrants.at(-1)?.year ?? ctx.input.dataset.dataYear;
    const shares = [own, countryRegion].map((region) =>
      shareFigure(ctx, label, region, "andel_innvandrere", record.immigrants!.source, lastYear),
    );
    add("immigrants", label, ctx.t("keyFigures.shareOfPopulation", { value: printFigure(shares[1]!) }), shares);
  }
  const completions = recentCompletions(record);
  if (record.construction) {
    const label = ctx.t("keyFigures.completed");
    add(
      "completed",
      label,
      completions
        ? ctx.t("keyFigures.completedDetail", {
            years: formatYears(completions),
            single: completions.yearCount === 1,
            allYears: completions.allYears,
            yearCount: completions.yearCount,
          })
        : "",
      [
        makeFigure(ctx, {
          label,
          region: own,
          value: completions?.meanPer1000 ?? null,
          unit: unitText(ctx, "per1000PerYear"),
          decimals: 1,
          year: completions?.to ?? lastYearOf(record.construction.data.completed, ctx),
          fromYear: completions?.from,
          source: record.construction.source,
        }),
      ],
    );
  }
  const startLoans = latestNumber(record.husbanken?.data.startLoanCount);
  if (record.husbanken && startLoans) {
    const label = ctx.t("keyFigures.startLoans");
    add("startLoans", label, ctx.t("keyFigures.startLoansDetail", { year: startLoans.year }), [
      makeFigure(ctx, {
        label,
        region: own,
        value: husbankenPer1000(record, "startLoanCount", startLoans.year),
        unit: unitText(ctx, "per1000"),
        decimals: 1,
        year: startLoans.year,
        source: record.husbanken.source,
      }),
    ]);
  }
  const last = record.projection?.data.main.at(-1);
  if (record.projection && last) {
    // The same start as the chart and the findings: the latest registered figure, not the projection's base year.
    const change = computeProjectedChange(record, null, last.year);
    const label = ctx.t("keyFigures.projection", { year: last.year });
    const source = record.projection.source;
    add(
      "projection",
      label,
      change
        ? `${formatSigned(change.percent, 1, "\u00a0%")} ${ctx.t("keyFigures.fromNow", { year: change.fromYear })}`
        : "",
      [
        makeFigure(ctx, {
          label,
          region: own,
          value: numericValue(last.value),
          unit: unitText(ctx, "persons"),
          decimals: 0,
          year: last.year,
          source,
        }),
        ...(change
          ? [
              makeFigure(ctx, {
                label: ctx.texts.text("figures.projectedChange"),
                region: own,
                value: change.percent,
                unit: PERCENT,
                decimals: 1,
                year: last.year,
                fromYear: change.fromYear,
                source,
              }),
            ]
          : []),
      ],
    );
  }
  return figures;
}

/** A region's share from the indicator catalogue (the comparison and the ranking use the same), with its year; a
 * share that cannot be computed is missing for `fallbackYear`, the year the sheet looked in. */
function shareFigure(
  ctx: SheetContext,
  label: string,
  region: { readonly record: MunicipalityRecord; readonly label: string },
  id: string,
  source: TableRef,
  fallbackYear: number,
): Figure {
  const share = indicator(region.record, id);
  return makeFigure(ctx, {
    label,
    region,
    value: share?.value ?? null,
    unit: PERCENT,
    decimals: 1,
    year: share?.source.toYear ?? fallbackYear,
    source: share?.source ?? source,
  });
}

/** The last year of a series, where the sheet looked for a number; the data year before the series has any. */
function lastYearOf(series: Series, ctx: SheetContext): number {
  return series.at(-1)?.year ?? ctx.input.dataset.dataYear;
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
  // The numbers a finding rests on that the sheet shows nowhere else, for the workbook.
  const figuresOf: Readonly<Record<string, readonly Figure[]>> = {
    growth:
      population && countryGrowth && country.population
        ? [
            makeFigure(ctx, {
              label: ctx.texts.text("figures.populationChange"),
              region: ctx.countryRegion(),
              value: countryGrowth.percent,
              unit: PERCENT,
              decimals: 1,
              year: population.year,
              fromYear: population.year - GROWTH_YEARS,
              source: country.population.source,
            }),
          ]
        : [],
    elderly: growth80
      ? [
          makeFigure(ctx, {
            label: ctx.texts.text("figures.projected80"),
            region: ctx.ownRegion(),
            value: growth80.value,
            unit: PERCENT,
            decimals: 0,
            year: growth80.source.toYear ?? dataYear,
            fromYear: growth80.source.fromYear,
            source: growth80.source,
          }),
        ]
      : [],
    growthClass: growthClassFigures(ctx),
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
    return { id, signs, text: kept.text, isNew: false, figures: figuresOf[id] ?? [] };
  });
}

/** The changes the growth class rests on, and the centrality class when it decided the group. */
function growthClassFigures(ctx: SheetContext): Figure[] {
  const { growth, record } = ctx.input;
  if (growth.kind === "unclassified" || !record.population || !record.projection) return [];
  const group = ctx.texts.text(`growthClasses.${growth.group}`);
  const change = (
    key: "growthRegistered" | "growthProjected",
    { fromYear, toYear, percent }: Change,
    source: TableRef,
  ) =>
    makeFigure(ctx, {
      label: ctx.texts.text(`figures.${key}`, { group }),
      region: ctx.ownRegion(),
      value: percent,
      unit: PERCENT,
      decimals: 1,
      year: toYear,
      fromYear,
      source,
    });
  const figures = [
    change("growthRegistered", growth.registered, record.population.source),
    change("growthProjected", growth.projected, record.projection.source),
  ];
  if (growth.centralClass === null) return figures;
  return [
    ...figures,
    makeFigure(ctx, {
      label: ctx.texts.text("figures.centralityClass", { group }),
      region: ctx.ownRegion(),
      value: growth.centralClass,
      unit: unitText(ctx, "centralityClass"),
      decimals: 0,
      year: null,
      source: { publisher: "SSB", table: "KLASS 128" },
    }),
  ];
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
