// The sheet's page geometry, type sizes and colours. Colours are chosen to pass WCAG AA contrast on white
// and to stay apart in greyscale print.
import { MUNICIPALITY_TINT } from "../charts/roles.js";
import { GRID } from "../sheet/context.js";
import type { Span } from "../sheet/model.js";

/** A4 in PDF points, as PDFKit's `size: "A4"` makes it: every PDF faktaark writes. */
export const A4 = { width: 595.28, height: 841.89 } as const;

export const PAGE = {
  ...A4,
  marginLeft: 42,
  marginRight: 42,
  marginTop: 44,
  /** Where the flowing content stops; the footer sits below it. */
  contentBottom: 794,
  gutter: 15,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
export const COLUMN_WIDTH = (CONTENT_WIDTH - PAGE.gutter) / 2;

/** The width a block is drawn at: see Span. */
export function spanWidth(span: Span): number {
  if (span === 2) return CONTENT_WIDTH;
  if (span === "narrow") return GRID.narrowColumnWidth;
  if (span === "wide") return CONTENT_WIDTH - PAGE.gutter - GRID.narrowColumnWidth;
  return COLUMN_WIDTH;
}

export const COLOURS = {
  text: "#1d1d1b",
  muted: "#5a5f66",
  heading: "#1f3b5a",
  rule: "#c5ccd6",
  panel: "#eef2f6",
  /** Behind the municipality's own row: its colour in the charts, washed out. */
  highlightRow: MUNICIPALITY_TINT,
  sample: "#8a3a12",
} as const;

export const TYPE = {
  title: 22,
  kicker: 10,
  identity: 9,
  sectionHeading: 13.5,
  lead: 9,
  blockTitle: 9,
  body: 9,
  table: 8,
  source: 7,
  keyValue: 17,
  keyLabel: 8,
  keyDetail: 7,
  header: 7.5,
} as const;
