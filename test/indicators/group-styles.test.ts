import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MIN_LIGHTNESS_STEP } from "../../src/charts/roles.js";
import { assignGroupStyles, GROUP_STYLES } from "../../src/indicators/group-styles.js";
import { parseIndicatorModel } from "../../src/indicators/model.js";
import { lightnessOf } from "../charts/lightness.js";

const MODEL_FILE = "data/config/indikatormodell.csv";

describe("the rank report's group styles", () => {
  it("tell any two groups apart in greyscale: by hatching, or by lightness steps as the sheet's roles", () => {
    for (const a of GROUP_STYLES)
      for (const b of GROUP_STYLES) {
        if (a === b || a.hatched !== b.hatched) continue;
        const step = Math.abs(lightnessOf(a.fill) - lightnessOf(b.fill));
        expect(step, `${a.fill} against ${b.fill}`).toBeGreaterThanOrEqual(MIN_LIGHTNESS_STEP);
      }
  });

  it("hatch only fills dark enough for white lines to show", () => {
    for (const style of GROUP_STYLES.filter((style) => style.hatched))
      expect(lightnessOf(style.fill), style.fill).toBeLessThan(70);
  });

  it("give each group of the shipped model a style of its own", () => {
    const model = parseIndicatorModel(readFileSync(MODEL_FILE, "utf8"), MODEL_FILE);
    const styles = assignGroupStyles(model);
    const groups = new Set(model.indicators.filter((indicator) => indicator.weight > 0).map((i) => i.group));
    expect([...styles.keys()]).toEqual([...groups]);
    expect(groups.size).toBeGreaterThanOrEqual(5);
    expect(new Set(styles.values()).size).toBe(groups.size);
  });
});
