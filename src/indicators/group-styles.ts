// How the rank report tells the indicator groups apart in its stacked bars and legend: four solid fills that step in
// lightness (L* 26, 48, 67, 86: at least 18 apart, so they stay apart on a greyscale printer), then three with white
// diagonal hatching (L* 24, 46, 67), so seven groups stay apart without colour. Every style has its own hue too
// (blue, vermilion, green, yellow; purple, magenta, sky blue).
import type { IndicatorModel } from "./model.js";

export interface GroupStyle {
  readonly fill: string;
  /** White diagonal lines over the fill. */
  readonly hatched: boolean;
}

/** Solid fills first, so the five groups of the shipped model need hatching for one group only. White hatching
 * would not show on a fill lighter than L* ~70, so there is no fourth hatched style. */
export const GROUP_STYLES: readonly GroupStyle[] = [
  { fill: "#183f6e", hatched: false },
  { fill: "#c0502a", hatched: false },
  { fill: "#58b396", hatched: false },
  { fill: "#efd77a", hatched: false },
  { fill: "#4a2a6a", hatched: true },
  { fill: "#b0487f", hatched: true },
  { fill: "#74a9d6", hatched: true },
];

/** Points between the hatching's lines, and their width. */
const HATCH_STEP = 2.6;
const HATCH_WIDTH = 0.8;

/** Each weighted group's style, in the model's order (more groups than styles start the styles again). */
export function assignGroupStyles(model: IndicatorModel): Map<string, GroupStyle> {
  const styles = new Map<string, GroupStyle>();
  for (const indicator of model.indicators) {
    if (indicator.weight > 0 && !styles.has(indicator.group)) {
      styles.set(indicator.group, GROUP_STYLES[styles.size % GROUP_STYLES.length]!);
    }
  }
  return styles;
}

/** A rectangle in a group's style: its fill, and the hatching clipped to the rectangle. */
export function fillInStyle(
  doc: PDFKit.PDFDocument,
  style: GroupStyle,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  doc.rect(x, y, width, height).fill(style.fill);
  if (!style.hatched) return;
  doc.save();
  doc.rect(x, y, width, height).clip();
  doc.lineWidth(HATCH_WIDTH).strokeColor("#ffffff");
  for (let offset = -height; offset < width; offset += HATCH_STEP) {
    doc
      .moveTo(x + offset, y + height)
      .lineTo(x + offset + height, y)
      .stroke();
  }
  doc.restore();
}
