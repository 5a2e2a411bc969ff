// Where each part of the flowing content goes: which page, at which height, and how tall its charts are drawn.
// Pure arithmetic on measured heights, so the rule can be stated and tested without drawing:
// - content breaks between grid rows; a section's heading, lead and first row stay together on one page;
// - a section that continues on the next page gets its heading repeated there ("… (forts.)");
// - a row that does not fit in what is left of a page may have its charts drawn smaller (down to MIN_SHRINK
//   times their height) to fit there, rather than leave that space empty;
// - a page other than the last with more than MAX_EMPTY_SHARE of its content area empty has its charts drawn
//   taller (at most MAX_GROWTH times) until the page is full.

/** One section of the flow: a heading with its lead, then rows of blocks. A closing list is a section without a
 * heading and with one row. */
export interface FlowSection {
  /** Height of the heading and lead; 0 for none. */
  readonly heading: number;
  /** Height of the heading repeated on a page the section continues on. */
  readonly continuedHeading: number;
  /** Each row's height when its charts are drawn at `scale` times their own height (1: as the model has them). */
  readonly rows: readonly ((scale: number) => number)[];
  /** Space below the section's last row. */
  readonly gapAfter: number;
}

export interface PageArea {
  /** Where the flow starts on the first page (below the title, key figures and findings). */
  readonly firstTop: number;
  /** Where the flow starts on the other pages. */
  readonly top: number;
  /** Where the flow must end on every page. */
  readonly bottom: number;
}

export type Placement =
  | { readonly kind: "heading"; readonly section: number; readonly y: number }
  | { readonly kind: "continuedHeading"; readonly section: number; readonly y: number }
  | {
      readonly kind: "row";
      readonly section: number;
      readonly row: number;
      readonly y: number;
      /** The factor the row's charts are drawn at: 1, less to fit a page's foot, more to fill a page. */
      readonly scale: number;
    };

export interface PlannedPage {
  readonly placements: readonly Placement[];
  /** Where the page's content ends. */
  readonly end: number;
}

/** A page whose content area is emptier than this (other than the last page) has its charts grown. */
export const MAX_EMPTY_SHARE = 0.1;
/** Charts grow at most this much to fill a page; beyond it a chart looks stretched. */
export const MAX_GROWTH = 1.4;
/** Charts shrink at most this much to fit a page's foot; below it their labels crowd. */
export const MIN_SHRINK = 0.85;
const SCALE_STEP = 0.01;

export function planPages(sections: readonly FlowSection[], area: PageArea): PlannedPage[] {
  const pages = breakPages(sections, area);
  return pages.map((page, index) => {
    const top = index === 0 ? area.firstTop : area.top;
    const last = index === pages.length - 1;
    if (last || emptyShare(page.end, top, area.bottom) <= MAX_EMPTY_SHARE) return page;
    return growPage(page, sections, top, area.bottom);
  });
}

/** The share of the content area between `top` and `bottom` left empty below `end`. */
export function emptyShare(end: number, top: number, bottom: number): number {
  return (bottom - end) / (bottom - top);
}

function breakPages(sections: readonly FlowSection[], area: PageArea): PlannedPage[] {
  const pages: PlannedPage[] = [];
  let placements: Placement[] = [];
  let y = area.firstTop;
  const newPage = () => {
    pages.push({ placements, end: y });
    placements = [];
    y = area.top;
  };
  sections.forEach((section, sectionIndex) => {
    section.rows.forEach((rowHeight, row) => {
      // Never a heading alone at a page's foot: the heading goes with the first row.
      const above = row === 0 ? section.heading : 0;
      let scale = fittingScale(rowHeight, area.bottom - y - above, 1, MIN_SHRINK);
      // A row too tall for a whole page is drawn where it is; one that has only the first page's header above it
      // goes to the next page like any other, rather than run into the footer.
      if (scale === null && (placements.length > 0 || y > area.top)) {
        newPage();
        if (row > 0) {
          placements.push({ kind: "continuedHeading", section: sectionIndex, y });
          y += section.continuedHeading;
        }
      }
      scale ??= 1;
      if (row === 0 && section.heading > 0) placements.push({ kind: "heading", section: sectionIndex, y });
      y += above;
      placements.push({ kind: "row", section: sectionIndex, row, y, scale });
      y += rowHeight(scale);
    });
    y += section.gapAfter;
  });
  pages.push({ placements, end: y });
  return pages;
}

/** The largest scale from `largest` down to `smallest` at which the row is at most `room` high, or null. */
function fittingScale(
  rowHeight: (scale: number) => number,
  room: number,
  largest: number,
  smallest: number,
): number | null {
  for (let scale = largest; scale >= smallest; scale = Math.round((scale - SCALE_STEP) * 100) / 100) {
    if (rowHeight(scale) <= room) return scale;
  }
  return null;
}

/** The page with its charts at the largest scale up to MAX_GROWTH that still ends above `bottom`. */
function growPage(page: PlannedPage, sections: readonly FlowSection[], top: number, bottom: number): PlannedPage {
  for (let scale = MAX_GROWTH; scale > 1; scale = Math.round((scale - SCALE_STEP) * 100) / 100) {
    const grown = placeAt(page, sections, top, scale);
    if (grown.end <= bottom) return grown;
  }
  return page;
}

/** The page's placements laid out again from `top` with every row's charts at `scale`. */
function placeAt(page: PlannedPage, sections: readonly FlowSection[], top: number, scale: number): PlannedPage {
  let y = top;
  const placements = page.placements.map((placement): Placement => {
    const section = sections[placement.section] as FlowSection;
    if (placement.kind === "heading") {
      y += section.heading;
      return { ...placement, y: y - section.heading };
    }
    if (placement.kind === "continuedHeading") {
      y += section.continuedHeading;
      return { ...placement, y: y - section.continuedHeading };
    }
    const placed = { ...placement, y, scale };
    y += (section.rows[placement.row] as (scale: number) => number)(scale);
    if (placement.row === section.rows.length - 1) y += section.gapAfter;
    return placed;
  });
  return { placements, end: y };
}
