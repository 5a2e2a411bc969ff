// CSS colour strings as Vega hands them over (hex, rgb(), rgba(), hsl(), a few names) to PDF RGB operands.

import { colorNotUnderstood } from "./messages.js";

export interface RgbaColor {
  /** "r g b" with components 0–1, ready for the PDF `rg`/`RG` operators. */
  readonly rgb: string;
  readonly alpha: number;
}

// Vega's and Vega-Lite's defaults use only hex codes; these names are what template editors are likely to type.
const NAMED: Readonly<Record<string, readonly [number, number, number]>> = {
  black: [0, 0, 0],
  white: [255, 255, 255],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
  darkgray: [169, 169, 169],
  darkgrey: [169, 169, 169],
  lightgray: [211, 211, 211],
  lightgrey: [211, 211, 211],
  silver: [192, 192, 192],
  dimgray: [105, 105, 105],
  dimgrey: [105, 105, 105],
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  navy: [0, 0, 128],
  steelblue: [70, 130, 180],
  orange: [255, 165, 0],
};

const cache = new Map<string, RgbaColor>();

function toOperand(r: number, g: number, b: number): string {
  const part = (v: number) => String(Math.round((Math.min(255, Math.max(0, v)) / 255) * 1000) / 1000);
  return `${part(r)} ${part(g)} ${part(b)}`;
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const hue = (((h % 360) + 360) % 360) / 360;
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(hue + 1 / 3) * 255, channel(hue) * 255, channel(hue - 1 / 3) * 255];
}

function readColor(input: string): RgbaColor {
  const css = input.trim().toLowerCase();
  if (css === "transparent" || css === "none" || css === "") return { rgb: "0 0 0", alpha: 0 };
  const hex = /^#([0-9a-f]{3,8})$/.exec(css)?.[1];
  if (hex && hex.length !== 5 && hex.length !== 7) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join("") : hex;
    const value = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
    return { rgb: toOperand(value(0), value(2), value(4)), alpha: full.length === 8 ? value(6) / 255 : 1 };
  }
  const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(css);
  if (fn) {
    const parts = fn[2]!.split(/[\s,/]+/).filter((p) => p !== "");
    const num = (i: number, scale: number) => {
      const p = parts[i] ?? "";
      return p.endsWith("%") ? (Number.parseFloat(p) / 100) * scale : Number.parseFloat(p);
    };
    const alpha = parts.length > 3 ? num(3, 1) : 1;
    if (fn[1]!.startsWith("rgb")) {
      const [r, g, b] = [num(0, 255), num(1, 255), num(2, 255)];
      if ([r, g, b, alpha].every(Number.isFinite)) return { rgb: toOperand(r, g, b), alpha };
    } else {
      const [r, g, b] = hslToRgb(num(0, 360), num(1, 1), num(2, 1));
      if ([r, g, b, alpha].every(Number.isFinite)) return { rgb: toOperand(r, g, b), alpha };
    }
  }
  const named = NAMED[css];
  if (named) return { rgb: toOperand(...named), alpha: 1 };
  throw new Error(colorNotUnderstood(input));
}

/** Parses a CSS colour once; charts repeat a handful of colours many times. */
export function parseColor(css: string): RgbaColor {
  let color = cache.get(css);
  if (!color) {
    color = readColor(css);
    cache.set(css, color);
  }
  return color;
}
