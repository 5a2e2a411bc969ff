import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/ once: tests that spawn the CLI run the compiled program.
    globalSetup: ["test/global-setup.ts"],
    // PDF and dataset tests do real work; the CI machine has 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    env: { TZ: "Europe/Oslo" },
  },
});
