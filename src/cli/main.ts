// The command line: parses arguments, runs a command, and is the only place that ends the process.
import { Command, CommanderError } from "commander";
import { describeEnvironmentError, ENVIRONMENT_EXIT_CODE, isEnvironmentError } from "../environment.js";
import { UserError } from "../errors.js";

export async function main(argv: readonly string[]): Promise<void> {
  // `faktaark build --fylke 11 --json - | head -1` closes the pipe early: the run cannot report what it does, so
  // it stops with exit 3 and says so on stderr, rather than ending with 0 and sheets not made.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.stderr.write(`faktaark: ${describeEnvironmentError(error)}\n`);
    process.exit(ENVIRONMENT_EXIT_CODE);
  });
  const program = new Command("faktaark")
    .description("Faktaark om sosial boligpolitikk for norske kommuner")
    .option("--debug", "vis full feilmelding (stack trace)")
    .exitOverride()
    .showHelpAfterError();
  for (const command of await loadCommands(argv)) command.register(program);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    process.exitCode = exitCodeFor(error, argv.includes("--debug"));
  }
}

interface CommandModule {
  register(program: Command): void;
}

/** Each command's module, loaded only when needed: a command's imports (Vega, PDFKit …) cost up to a second. */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  list: () => import("./commands/list.js"),
  check: () => import("./commands/check.js"),
  build: () => import("./commands/build.js"),
  hefte: () => import("./commands/hefte.js"),
  compare: () => import("./commands/compare.js"),
  figur: () => import("./commands/figur.js"),
  rank: () => import("./commands/rank.js"),
  tall: () => import("./commands/tall.js"),
  fetch: () => import("./commands/fetch.js"),
  serve: () => import("./commands/serve.js"),
  verify: () => import("./commands/verify.js"),
};

/** The named command's module alone; all of them for help, a misspelt command or no command. */
async function loadCommands(argv: readonly string[]): Promise<CommandModule[]> {
  const name = argv.find((arg) => !arg.startsWith("-"));
  const load = name === undefined ? undefined : COMMANDS[name];
  if (load) return [await load()];
  return Promise.all(Object.values(COMMANDS).map((loadOne) => loadOne()));
}

function exitCodeFor(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof UserError) {
    process.stderr.write(`faktaark: ${error.message}\n`);
    if (debug) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (isEnvironmentError(error)) {
    process.stderr.write(`faktaark: ${describeEnvironmentError(error)}\n`);
    if (debug) process.stderr.write(`${error.stack}\n`);
    return ENVIRONMENT_EXIT_CODE;
  }
  process.stderr.write(`faktaark: intern feil: ${error instanceof Error ? error.message : String(error)}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write("Kjør igjen med --debug for detaljer.\n");
  return 70;
}
