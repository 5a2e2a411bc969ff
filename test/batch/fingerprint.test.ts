// The renderer's fingerprint, which `--changed-only` rebuilds by: an upgrade of a package that draws or checks the
// sheets changes it, so every sheet is drawn again by the new version, though no file of faktaark's changed.
import { expect, it } from "vitest";
import { fingerprintRenderer, RENDERING_PACKAGES } from "../../src/batch/fingerprint.js";
import { installedVersion } from "../../src/installed-version.js";

it("changes with the installed version of each package that draws or checks a sheet, and only then", async () => {
  const installed = await fingerprintRenderer();
  expect(await fingerprintRenderer(installedVersion)).toBe(installed);
  for (const name of RENDERING_PACKAGES) {
    const upgraded = await fingerprintRenderer((other) => (other === name ? "99.0.0" : installedVersion(other)));
    expect(upgraded, name).not.toBe(installed);
  }
});
