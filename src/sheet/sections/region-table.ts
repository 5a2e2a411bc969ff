// A table of figures read region by region, each cell from that region's own record. It lies one of two ways:
// - "figureRows": a row per figure and a column per region (the municipality, its county and the country), for
//   «Boforhold»;
// - "regionRows": a row per region (the municipality, its comparison municipalities, the county and the country, as
//   barRegions orders them) and a column per figure, for «Boligmarked og levekår»: the comparison municipalities
//   would not fit as columns. It takes the wide column of its row (Span "wide"), beside a narrow block.
import type { SheetContext } from "../context.js";
import { makeFigure, printFigure, type TableRef } from "../figure.js";
import type { Block, Figure } from "../model.js";
import { barRegions, joinSourceLines, notAvailableBlock } from "./common.js";

export type RegionTableLayout = "figureRows" | "regionRows";

/** What a figure's cells have besides their label, region, source and value. */
interface TableFigureSpec {
  readonly unit: string;
  readonly decimals: number;
  readonly year: number;
  readonly fromYear?: number;
}

type Region = ReturnType<typeof barRegions>[number];

/** A region's cell: its number, or the symbol SSB prints in its place. */
type CellOf = (record: Region["record"]) => { value: number | null; symbol?: string | undefined };

export class RegionTable {
  readonly #ctx: SheetContext;
  readonly #layout: RegionTableLayout;
  readonly #regions: readonly Region[];
  /** A list per figure, of its cell for each region in #regions' order. */
  readonly #figures: Figure[][] = [];
  readonly #sources: string[] = [];
  readonly #footnotes: number[] = [];

  constructor(ctx: SheetContext, layout: RegionTableLayout = "figureRows") {
    this.#ctx = ctx;
    this.#layout = layout;
    this.#regions = layout === "regionRows" ? barRegions(ctx) : ctx.regions();
  }

  /** One figure: a cell per region, from that region's record; `label` heads its row or column. */
  addFigure(label: string, source: TableRef, spec: TableFigureSpec, cellOf: CellOf): void {
    this.#figures.push(
      this.#regions.map((region) =>
        makeFigure(this.#ctx, { label, region, source, ...spec, ...cellOf(region.record) }),
      ),
    );
  }

  /** The source line and footnotes of the figures just added. */
  cite(sourceLine: string, footnotes: readonly number[] = []): void {
    this.#sources.push(sourceLine);
    this.#footnotes.push(...footnotes);
  }

  /** Whether a cell shows one of SSB's symbols other than «..» (no value), which the sheet then explains. */
  get showsSymbol(): boolean {
    return this.#figures.flat().some((figure) => figure.symbol !== undefined && figure.symbol !== "..");
  }

  /** The table with its footnotes in number order, each once, or the block saying the data is not available when
   * it has no figure. */
  block(title: string, footnotes: readonly number[] = []): Block {
    const ctx = this.#ctx;
    if (this.#figures.length === 0)
      return { ...notAvailableBlock(ctx, title), span: this.#layout === "regionRows" ? "wide" : 1 };
    const shared = {
      kind: "table" as const,
      title,
      source: joinSourceLines(this.#sources),
      footnotes: [...new Set([...this.#footnotes, ...footnotes])].sort((a, b) => a - b),
    };
    const labels = this.#figures.map((cells) => cells[0]!.label);
    if (this.#layout === "figureRows")
      return {
        ...shared,
        columns: [ctx.t("tables.indicator"), ...this.#regions.map((region) => region.label)],
        numeric: [false, ...this.#regions.map(() => true)],
        rows: this.#figures.map((cells, index) => [labels[index]!, ...cells.map(printFigure)]),
        highlightRow: -1,
        span: 1,
        figures: this.#figures.flat(),
      };
    const byRegion = this.#regions.map((_, index) => this.#figures.map((cells) => cells[index]!));
    return {
      ...shared,
      columns: [ctx.t("tables.region"), ...labels],
      numeric: [false, ...labels.map(() => true)],
      rows: byRegion.map((cells, index) => [this.#regions[index]!.label, ...cells.map(printFigure)]),
      // The municipality's own row, as its bar stands out in the charts.
      highlightRow: 0,
      span: "wide",
      figures: byRegion.flat(),
    };
  }
}
