// faktaark run from another folder than its own finds its own configuration (data/config/), as `build` always has:
// `rank` from elsewhere used to exit 2, not finding the indicator model (`compare` reads its lists the same way).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTempDir, ROOT } from "./run-cli.js";

function runIn(cwd: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(join(ROOT, "bin", "faktaark.js"), args, { cwd, encoding: "utf8" }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe("faktaark run from another folder", () => {
  const data = join(ROOT, "data", "sample");

  it("ranks with the project's indicator model", async () => {
    const result = await runIn(await makeTempDir("elsewhere"), ["rank", "--data", data, "--top", "3"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^Boligsosiale utfordringer – rangering, hele landet \(357 kommuner, modell: .*data\/config\/indikatormodell\.csv\)/,
    );
  });
});
