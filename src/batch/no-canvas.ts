// Loaded with `--import` into each render worker (see pool.ts): installs no-canvas-hooks.ts before Vega loads.
import { register } from "node:module";

register(new URL("./no-canvas-hooks.js", import.meta.url));
