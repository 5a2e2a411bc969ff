import { describe, expect, it } from "vitest";
import { MIN_LIGHTNESS_STEP, REGION_ROLES, ROLE_COLOURS, SERIES_ROLES } from "../../src/charts/roles.js";
import { lightnessOf } from "./lightness.js";

/** The least L* between any two of the roles' colours. */
function leastStep(roles: readonly (keyof typeof ROLE_COLOURS)[]): number {
  const lightness = roles.map((role) => lightnessOf(ROLE_COLOURS[role])).sort((a, b) => a - b);
  return Math.min(...lightness.slice(1).map((l, i) => l - lightness[i]!));
}

describe("the roles' colours", () => {
  it("step in greyscale lightness between any two regions, and between any two series", () => {
    expect(leastStep(REGION_ROLES)).toBeGreaterThanOrEqual(MIN_LIGHTNESS_STEP);
    expect(leastStep(SERIES_ROLES)).toBeGreaterThanOrEqual(MIN_LIGHTNESS_STEP);
  });

  it("make the municipality the darkest region, the one the eye finds first", () => {
    const municipality = lightnessOf(ROLE_COLOURS.municipality);
    for (const role of REGION_ROLES.filter((role) => role !== "municipality"))
      expect(lightnessOf(ROLE_COLOURS[role]), role).toBeGreaterThan(municipality);
  });
});
