// Makes a reused Vega view draw a chart's marks in the same order as a new view would, whatever it drew before.
//
// Vega keeps what it made for the last chart where it can: the group of a facet (one line per series) and the
// row of an aggregate (one per indicator) stay while their key stays, and new ones come after them. A reused
// view would then draw them in an order that depends on the charts it drew before: which line lies on top, and
// the bytes of the same sheet alone and in a batch. Every row the renderer gives a chart carries its index in
// ROW_FIELD; here facets and aggregates carry their first row's index on, and the marks drawn from them are
// sorted by it. (Axes and legends are put in order where they are drawn: drawScene.ts.) Rows made by a pivot or an
// impute carry no index, and the rows a fold or flatten makes of one row share its index: a template that draws
// marks from those in an order of their own must sort them itself (templates/charts/README.md).

/** The field the renderer adds to every row: its index in the chart's data. */
export const ROW_FIELD = "_row";

interface AggregateSpec {
  fields?: (string | null)[];
  ops?: string[];
  as?: (string | null)[];
}

interface DataSpec {
  name: string;
  source?: string | string[];
  transform?: ({ type: string } & AggregateSpec)[];
}

export interface VegaMarkSpec {
  type?: string;
  data?: DataSpec[];
  marks?: VegaMarkSpec[];
  from?: { data?: string; facet?: { name?: string; data?: string; aggregate?: AggregateSpec } };
  sort?: unknown;
}

/** Orders the facets and aggregated rows of `spec` (a Vega spec or group mark) and its groups by their first row. */
export function orderByRow(spec: VegaMarkSpec, aggregated: ReadonlySet<string> = new Set()): void {
  const aggregatedHere = new Set(aggregated);
  for (const data of spec.data ?? []) {
    const sources = data.source === undefined ? [] : [data.source].flat();
    let aggregates = sources.some((source) => aggregatedHere.has(source));
    for (const transform of data.transform ?? []) {
      if (transform.type !== "aggregate") continue;
      Object.assign(transform, withFirstRow(transform));
      aggregates = true;
    }
    if (aggregates) aggregatedHere.add(data.name);
  }
  for (const mark of spec.marks ?? []) {
    const facet = mark.from?.facet;
    const fromAggregate = mark.from?.data !== undefined && aggregatedHere.has(mark.from.data);
    if (facet) facet.aggregate = withFirstRow(facet.aggregate ?? {});
    if ((facet || fromAggregate) && mark.sort === undefined) mark.sort = { field: `datum.${ROW_FIELD}` };
    // The rows of a facet of aggregated rows are aggregated rows too.
    const facetsAggregate = facet?.name !== undefined && facet.data !== undefined && aggregatedHere.has(facet.data);
    orderByRow(mark, facetsAggregate ? new Set([...aggregatedHere, facet.name as string]) : aggregatedHere);
  }
}

/**
 * An aggregate that also gives each group its first row's index (unless it gives one already), its own
 * measures and their names kept as Vega reads them: one field, op and name each, a count when none is given.
 */
function withFirstRow<A extends AggregateSpec>(aggregate: A): A {
  if (aggregate.as?.includes(ROW_FIELD)) return aggregate;
  const fields = aggregate.fields ?? [null];
  const ops = aggregate.ops ?? ["count"];
  const as = fields.map((_, i) => aggregate.as?.[i] ?? null);
  return { ...aggregate, fields: [...fields, ROW_FIELD], ops: [...ops, "min"], as: [...as, ROW_FIELD] };
}
