// The command line: parses arguments, runs a command, and is the only place that ends the process.
import { Command, CommanderError } from "commander";
import { UserError } from "../errors.js";

export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command("faktaark")
    .description("Faktaark om sosial boligpolitikk for norske kommuner")
    .option("--debug", "vis full feilmelding (stack trace)")
    .exitOverride()
    .showHelpAfterError();
  const commands = await Promise.all([
    import("./commands/list.js"),
    import("./commands/check.js"),
    import("./commands/build.js"),
    import("./commands/compare.js"),
    import("./commands/rank.js"),
  ]);
  for (const command of commands) command.register(program);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    process.exitCode = exitCodeFor(error, argv.includes("--debug"));
  }
}

function exitCodeFor(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof UserError) {
    process.stderr.write(`faktaark: ${error.message}\n`);
    if (debug) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  process.stderr.write(`faktaark: intern feil: ${error instanceof Error ? error.message : String(error)}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write("Kjør igjen med --debug for detaljer.\n");
  return 70;
}
