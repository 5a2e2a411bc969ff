// Runs `faktaark serve` from source with its own commander program, the way src/cli/main.ts runs commands
// (main.ts registers `serve` once the lead adds it to its command list).
import { Command } from "commander";
import { register } from "../../src/cli/commands/serve.js";
import { UserError } from "../../src/errors.js";

const program = new Command("faktaark").exitOverride();
register(program);
try {
  await program.parseAsync(process.argv.slice(2), { from: "user" });
} catch (error) {
  process.stderr.write(`faktaark: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UserError ? error.exitCode : 70;
}
