// A table with a row per figure and a column per region (the municipality, its comparison municipalities, the county
// and the country), each cell read from that region's own record: «Boforhold» and «Boligmarked og kommunale boliger».
import type { MunicipalityRecord } from "../../model/record.js";
import type { SheetContext } from "../context.js";
import { makeFigure, printFigure, type TableRef } from "../figure.js";
import type { Block, Figure } from "../model.js";
import { joinSourceLines, notAvailableBlock } from "./common.js";

/** What a row's figures have besides their label, region, source and value. */
interface RowSpec {
  readonly unit: string;
  readonly decimals: number;
  readonly year: number;
  readonly fromYear?: number;
}

/** A region's cell: its number, or the symbol SSB prints in its place. */
type CellOf = (record: MunicipalityRecord) => { value: number | null; symbol?: string | undefined };

export class RegionTable {
  readonly #ctx: SheetContext;
  readonly #regions: ReturnType<SheetContext["regions"]>;
  readonly #rows: Figure[][] = [];
  readonly #sources: string[] = [];
  readonly #footnotes: number[] = [];

  constructor(ctx: SheetContext) {
    this.#ctx = ctx;
    this.#regions = ctx.regions();
  }

  /** One row: a figure per region, from that region's record. */
  addRow(label: string, source: TableRef, spec: RowSpec, cellOf: CellOf): void {
    this.#rows.push(
      this.#regions.map((region) =>
        makeFigure(this.#ctx, { label, region, source, ...spec, ...cellOf(region.record) }),
      ),
    );
  }

  /** The source line and footnotes of the rows just added. */
  cite(sourceLine: string, footnotes: readonly number[] = []): void {
    this.#sources.push(sourceLine);
    this.#footnotes.push(...footnotes);
  }

  /** Whether a cell shows one of SSB's symbols other than «..» (no value), which the sheet then explains. */
  get showsSymbol(): boolean {
    return this.#rows.flat().some((figure) => figure.symbol !== undefined && figure.symbol !== "..");
  }

  /** The table with its footnotes in number order, each once, or the block saying the data is not available when
   * it has no row. */
  block(title: string, footnotes: readonly number[] = []): Block {
    const ctx = this.#ctx;
    if (this.#rows.length === 0) return notAvailableBlock(ctx, title);
    return {
      kind: "table",
      title,
      columns: [ctx.t("tables.indicator"), ...this.#regions.map((region) => region.label)],
      numeric: [false, ...this.#regions.map(() => true)],
      rows: this.#rows.map((row) => [row[0]!.label, ...row.map(printFigure)]),
      highlightRow: -1,
      source: joinSourceLines(this.#sources),
      footnotes: [...new Set([...this.#footnotes, ...footnotes])].sort((a, b) => a - b),
      span: 1,
      figures: this.#rows.flat(),
    };
  }
}
