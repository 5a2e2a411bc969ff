// `faktaark verify [DIR]`: reads the sheets back and checks them against their sheet models (src/verify/).
import type { Command } from "commander";
import { describeProblem, describeVerify } from "../../batch/report.js";
import { resolveSheetDir, verifyDir } from "../../verify/run.js";

export function register(program: Command): void {
  program
    .command("verify")
    .description(
      "les arkene tilbake fra PDF-ene og kontroller dem mot arkmodellen: tall i setninger, retningsord, kildelinjer, tomme figurer og sider, klippet tekst",
    )
    .argument("[mappe]", "årsmappen (output/2026) eller utmappen (da det nyeste året)", "output")
    .action(async (dir: string) => {
      const result = await verifyDir(await resolveSheetDir(dir), (problems) => {
        for (const problem of problems) process.stdout.write(`${describeProblem(problem)}\n`);
      });
      process.stderr.write(`${describeVerify(result.checked, result.problems)} (${result.dir})\n`);
      process.exitCode = result.problems.length > 0 ? 1 : 0;
    });
}
