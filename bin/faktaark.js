#!/usr/bin/env node
// Runs the compiled CLI; `npm run build` (part of `npm start` and the README's first command) makes dist/.
import("../dist/cli/main.js").then((cli) => cli.main(process.argv.slice(2)));
