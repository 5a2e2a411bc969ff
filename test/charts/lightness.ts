// What a greyscale printer keeps of a colour: its CIE lightness L* (0 black, 100 white), and its hue for telling
// whether two colours are shades of one.

function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = (i: number) => Number.parseInt(match[1]!.slice(i, i + 2), 16) / 255;
  return [value(0), value(2), value(4)];
}

/** CIE L* of an sRGB colour, from its relative luminance (WCAG's formula for Y). */
export function lightnessOf(hex: string): number {
  const linear = channels(hex).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const y = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  const f = y > 216 / 24389 ? Math.cbrt(y) : ((24389 / 27) * y + 16) / 116;
  return 116 * f - 16;
}

/** Hue in degrees (HSL), 0–360. */
export function hueOf(hex: string): number {
  const [r, g, b] = channels(hex);
  const max = Math.max(r, g, b);
  const span = max - Math.min(r, g, b);
  if (span === 0) return 0;
  const sector = max === r ? ((g - b) / span + 6) % 6 : max === g ? (b - r) / span + 2 : (r - g) / span + 4;
  return sector * 60;
}
