// The chart a sheet asks for: a named Vega-Lite template, its rows and the box it must fill.

export type ChartRow = Readonly<Record<string, string | number | boolean | null>>;

export interface ChartSpec {
  /** Template name: file templates/charts/<template>.vl.json */
  template: string;
  /** The rows for the template's named data source "table". */
  data: readonly ChartRow[];
  /** Points (1/72 inch) of the whole chart box, axes and legend included. */
  width: number;
  height: number;
  /** Small named parameters the template exposes as Vega-Lite params (e.g. highlight, domain max). */
  params?: Readonly<Record<string, string | number | boolean | null>>;
}
