// The Vega packages src/charts/vega-parts.ts loads one by one ship no types; the `vega` package's types describe
// what they export, and vega-parts.ts gives its result those types.
declare module "vega-dataflow";
declare module "vega-transforms";
declare module "vega-view-transforms";
declare module "vega-encode";
declare module "vega-view";
declare module "vega-parser";
declare module "vega-scenegraph";
