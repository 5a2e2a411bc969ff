// Compiles src/ to dist/ once before the tests: the CLI tests spawn `node bin/faktaark.js`, which runs dist/.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** tsc's exit status when it found type errors but wrote the output anyway. */
const EMITTED_WITH_ERRORS = 2;

export default function setup(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
  try {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "pipe" });
  } catch (error) {
    const { status, stdout } = error as { status: number | null; stdout?: Buffer };
    // Type errors are `npm run typecheck`'s to report; the CLI tests only need the emitted program.
    if (status !== EMITTED_WITH_ERRORS) throw error;
    process.stderr.write(`global-setup: tsc reported type errors, dist/ was written anyway:\n${stdout ?? ""}`);
  }
}
