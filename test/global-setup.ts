// Builds the program once before the tests, as `npm run build` does: src/ compiled to dist/, then bundled into
// dist/bundle/. The CLI tests spawn `node bin/faktaark.js`, which runs the bundle; a few tests import dist/.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bundle } from "../scripts/bundle.js";

/** tsc's exit status when it found type errors but wrote the output anyway. */
const EMITTED_WITH_ERRORS = 2;

export default async function setup(): Promise<void> {
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
  await bundle(root);
}
