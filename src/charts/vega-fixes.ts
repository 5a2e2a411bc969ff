// Corrections to Vega's dataflow for views that are reused for many charts. Two make a reused view draw a chart
// exactly as a fresh view does (test/charts/renderer.test.ts has a test that fails without each); one keeps a
// reused view from growing (test/charts/vega-fixes.test.ts). They replace methods of Vega's transforms, which
// every view in the process shares, once per process.

import type { VegaParts } from "./vega-parts.js";

/** The parts of Vega's Aggregate transform used here; its typings leave them out. */
interface AggregateCell {
  num: number;
  stamp: number;
  agg: unknown[] | null;
}
interface Aggregate {
  value: Record<string, AggregateCell | undefined>;
  stamp: number;
  _drop: boolean;
  _measures: (new (cell: AggregateCell) => unknown)[];
  cell(key: string, tuple: unknown): AggregateCell;
}

/** The parts of a dataflow pulse used here. */
interface Pulse {
  readonly REM: number;
  reflow(): Pulse;
  visit(flags: number, visitor: (tuple: object) => void): Pulse;
}
/** ViewLayout's parameters: the mark whose groups it lays out, in the group that holds the mark. */
interface ViewLayoutParams {
  readonly mark?: { readonly group?: { readonly mark?: { readonly role?: string } } };
}
interface ViewLayout {
  transform(params: ViewLayoutParams, pulse: Pulse): Pulse;
}

/** Relay with `derive`: a copy of every row, looked up by the row's id (Vega's `tupleid`). */
interface Relay {
  value: Record<number, object | null> | null;
  transform(params: { readonly derive?: boolean }, pulse: Pulse): Pulse;
}

interface Transforms {
  aggregate: { prototype: Aggregate };
  viewlayout: { prototype: ViewLayout };
  relay: { prototype: Relay };
}

const INSTALLED = Symbol("faktaark: Vega fixes installed");

export function installVegaFixes(vega: Pick<VegaParts, "transforms" | "tupleid">): void {
  const transforms = vega.transforms as unknown as Transforms;
  if (INSTALLED in transforms) return;
  resetRevivedAggregateCells(transforms.aggregate.prototype);
  relayOutLegendEntries(transforms.viewlayout.prototype);
  forgetRemovedRelayRows(transforms.relay.prototype, vega.tupleid);
  Object.defineProperty(transforms, INSTALLED, { value: true });
}

/**
 * Vega's Aggregate keeps a group's cell after its last row is removed, and when rows of that group come back in a
 * later run it counts them into the old cell without resetting its measures. A `min` that was never lowered by a
 * removal (a removed row's value is read after the upstream aggregate has changed it in place) keeps the old
 * minimum. This bites the scale domains that Vega-Lite unions over layers and sorts by `min` of `_row`. When the
 * renderer emptied a view before each legend chart, the benchmark strip listed «Boligbygging» above «Andel som
 * leier» on 71 of 357 batch sheets; a chart without rows between two others still does it. A revived cell now
 * starts its measures afresh, as a new cell does (related: vega/vega#3409).
 */
function resetRevivedAggregateCells(aggregate: Aggregate): void {
  const cell = aggregate.cell;
  aggregate.cell = function (this: Aggregate, key: string, tuple: unknown): AggregateCell {
    const existing = this.value[key];
    if (existing?.agg && existing.num === 0 && this._drop && existing.stamp < this.stamp) {
      existing.agg = this._measures.map((Measure) => new Measure(existing));
    }
    return cell.call(this, key, tuple);
  };
}

/**
 * Vega lays a legend's entries out from their bounds, and after a layout it passes the groups on to be bounded
 * again ("reflow"), except a legend's entries: so that an entry that gains a stroke on hover does not push the
 * next one. An entry whose label changed (another municipality's name, a label param) then kept the width of its
 * old label, and a long name drawn after a short one ran into the next entry (vega/vega#2527). Charts here are
 * never hovered; legend entries are bounded again like every other group.
 */
function relayOutLegendEntries(viewLayout: ViewLayout): void {
  const transform = viewLayout.transform;
  viewLayout.transform = function (this: ViewLayout, params: ViewLayoutParams, pulse: Pulse): Pulse {
    const out = transform.call(this, params, pulse);
    return out === pulse && params.mark?.group?.mark?.role === "legend-entry" ? pulse.reflow() : out;
  };
}

/**
 * Vega's Relay, which copies rows for a second use of the same data (Vega-Lite's layers), looks each copy up by
 * the id of its row. When a row is removed it sets the entry to null but keeps its key, and ids only grow: a
 * reused view kept a key for every row it had ever drawn (measured: 4 MB a thread over 130 sheets, the largest
 * part of a reused view's growth). A removed row's entry is now deleted.
 */
function forgetRemovedRelayRows(relay: Relay, tupleid: (tuple: object) => number): void {
  const transform = relay.transform;
  relay.transform = function (this: Relay, params: { readonly derive?: boolean }, pulse: Pulse): Pulse {
    const out = transform.call(this, params, pulse);
    const lookup = this.value;
    if (params.derive && lookup) pulse.visit(pulse.REM, (tuple) => delete lookup[tupleid(tuple)]);
    return out;
  };
}
