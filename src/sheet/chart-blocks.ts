// A sheet's charts by their stable names (ChartBlock.id): `faktaark figur` and the web page's PNG links.
import type { ChartBlock, SheetModel } from "./model.js";

/** The sheet's chart blocks in the order they stand on it. */
export function listChartBlocks(model: SheetModel): ChartBlock[] {
  return model.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === "chart" ? [block] : [])),
  );
}

/** The chart named `id`, or undefined when the sheet has none by that name (a chart without data is a text block). */
export function findChartBlock(model: SheetModel, id: string): ChartBlock | undefined {
  return listChartBlocks(model).find((block) => block.id === id);
}
