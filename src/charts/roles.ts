// One colour per role on every chart and table of a sheet: the municipality, its county, the country and the
// comparison municipalities keep their colour from page 1 to page 4, and series that are not regions (dwellings
// started and completed, age groups of the projection) get colours of their own, so none of them reads as a region.
//
// Greyscale print keeps them apart too: the region roles step in CIE lightness L* (24, 48, 66, 86), at least
// MIN_LIGHTNESS_STEP apart, and so do the series (31, 55, 74). The municipality is the darkest, most saturated
// colour everywhere. Lines tell roles apart by dash as well (templates/charts/line-years.vl.json).

/** The regions a chart may show, in the order of the theme's category range (templates list them as the domain). */
export const REGION_ROLES = ["municipality", "county", "country", "comparison"] as const;
/** Series that are not regions, in the order the sheet gives them (series1 first and darkest). */
export const SERIES_ROLES = ["series1", "series2", "series3"] as const;
/** Every role, in the order of the theme's category range. */
export const CHART_ROLES = [...REGION_ROLES, ...SERIES_ROLES] as const;

export type RegionRole = (typeof REGION_ROLES)[number];
export type SeriesRole = (typeof SERIES_ROLES)[number];
export type ChartRole = (typeof CHART_ROLES)[number];

export const ROLE_COLOURS: Readonly<Record<ChartRole, string>> = {
  /** Dark blue, L* 24. */
  municipality: "#1f3b5a",
  /** Mid blue, L* 48. */
  county: "#4a74a8",
  /** Ochre, L* 66: a hue of its own, so the country never looks like a shade of the county. */
  country: "#c49a4a",
  /** Light grey, L* 86: many municipalities in the background. */
  comparison: "#d6d6d6",
  /** Dark teal, L* 31. */
  series1: "#13524f",
  /** Mid teal, L* 55. */
  series2: "#3f918b",
  /** Light teal, L* 74. */
  series3: "#7cc4bb",
};

/** The municipality's colour washed out (L* 90, its hue): the background of its row in a table, its projection band. */
export const MUNICIPALITY_TINT = "#d9e2ed";

/** The least difference in L* between two roles drawn in one chart, so they stay apart in greyscale. */
export const MIN_LIGHTNESS_STEP = 18;
