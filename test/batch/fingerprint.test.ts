// The renderer's fingerprint, which `--changed-only` rebuilds by: an upgrade of a package that draws or checks the
// sheets changes it, so every sheet is drawn again by the new version, though no file of faktaark's changed. With
// --forrige, last year's model is an input too.
import { expect, it } from "vitest";
import { fingerprintRenderer, keyOf, RENDERING_PACKAGES } from "../../src/batch/fingerprint.js";
import { installedVersion } from "../../src/installed-version.js";
import { buildSheetModel } from "../../src/sheet/build.js";
import { makeTestInput } from "../sheet/fixture.js";

it("changes with the installed version of each package that draws or checks a sheet, and only then", () => {
  const installed = fingerprintRenderer();
  expect(fingerprintRenderer(installedVersion)).toBe(installed);
  for (const name of RENDERING_PACKAGES) {
    const upgraded = fingerprintRenderer((other) => (other === name ? "99.0.0" : installedVersion(other)));
    expect(upgraded, name).not.toBe(installed);
  }
});

it("changes a sheet's key with the stored model of last year's sheet it was compared with (--forrige)", () => {
  const model = buildSheetModel(makeTestInput());
  const without = keyOf(model, "renderer");
  expect(keyOf(model, "renderer", null)).toBe(without);
  expect(keyOf(model, "renderer", "a".repeat(64))).not.toBe(without);
  expect(keyOf(model, "renderer", "b".repeat(64))).not.toBe(keyOf(model, "renderer", "a".repeat(64)));
});
