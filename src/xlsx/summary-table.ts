// The table `faktaark tall` writes: a row per municipality and a column per figure its sheet gives for the
// municipality itself as one number (a key figure, a share, a rate, a rank). Series over years (a chart's line, a
// table's years) stay on the sheets and in their workbooks. Pure: sheet models in, rows and columns out.
import type { Figure, SheetModel } from "../sheet/model.js";

/** What a column holds: one figure of the same label, unit, period and source for every municipality. */
export type SummaryColumn = Pick<Figure, "label" | "unit" | "year" | "fromYear" | "source" | "url" | "decimals">;

export interface SummaryRow {
  readonly code: string;
  readonly name: string;
  /** One per column; undefined where the municipality's sheet has no such figure. */
  readonly figures: readonly (Figure | undefined)[];
}

export interface SummaryTable {
  readonly columns: readonly SummaryColumn[];
  readonly rows: readonly SummaryRow[];
}

export function tabulateSummary(models: readonly SheetModel[]): SummaryTable {
  const series = findSeries(models);
  const columns = new Map<string, SummaryColumn>();
  const perModel = models.map((model) => {
    const byColumn = new Map<string, Figure>();
    for (const figure of ownFigures(model).flat()) {
      if (series.has(measureOf(figure))) continue;
      const key = columnOf(figure);
      const earlier = byColumn.get(key);
      // The same number shown twice (the population as a key figure and in the comparison table) is one column;
      // two different numbers for one column would be a fault of the sheet, never a choice made here.
      if (earlier !== undefined && earlier.value !== figure.value) {
        throw new Error(
          `${model.municipality.code}: «${figure.label}» (${figure.unit}, ${figure.year}) is ${earlier.value} and ${figure.value}`,
        );
      }
      byColumn.set(key, figure);
      if (!columns.has(key)) columns.set(key, figure);
    }
    return { model, byColumn };
  });
  const keys = [...columns.keys()];
  return {
    columns: [...columns.values()].map(({ label, unit, year, fromYear, source, url, decimals }) => ({
      label,
      unit,
      year,
      fromYear,
      source,
      url,
      decimals,
    })),
    rows: perModel.map(({ model, byColumn }) => ({
      code: model.municipality.code,
      name: model.municipality.name,
      figures: keys.map((key) => byColumn.get(key)),
    })),
  };
}

/** The municipality's own figures: the key figures', then each block's, in the order the sheet shows them. */
function ownFigures(model: SheetModel): (readonly Figure[])[] {
  const own = (figures: readonly Figure[]) => figures.filter((figure) => figure.regionCode === model.municipality.code);
  return [
    ...model.keyFigures.map((keyFigure) => own(keyFigure.figures)),
    ...model.sections.flatMap((section) => section.blocks.map((block) => own(block.figures))),
  ];
}

/** Label and unit: what is measured, whatever the year. */
function measureOf(figure: Figure): string {
  return JSON.stringify([figure.label, figure.unit]);
}

function columnOf(figure: Figure): string {
  return JSON.stringify([figure.label, figure.unit, figure.fromYear ?? null, figure.year, figure.source]);
}

/** What some sheet shows for its municipality over more than one year in one place: a series, left out for every
 * municipality alike, so a municipality with one year of it gets no column of its own. */
function findSeries(models: readonly SheetModel[]): Set<string> {
  const series = new Set<string>();
  for (const model of models) {
    for (const figures of ownFigures(model)) {
      const years = new Map<string, Set<number | null>>();
      for (const figure of figures) {
        const measure = measureOf(figure);
        const seen = years.get(measure) ?? new Set();
        seen.add(figure.year);
        years.set(measure, seen);
        if (seen.size > 1) series.add(measure);
      }
    }
  }
  return series;
}
