// `npm run sample`: regenerates data/sample/ (deterministic; the test checks the checked-in copy matches).
import { fileURLToPath } from "node:url";
import { generateSample } from "../src/sample/generate.js";
import { writeSample } from "../src/sample/write.js";

const dir = fileURLToPath(new URL("../data/sample/", import.meta.url));
const started = performance.now();
const files = generateSample();
await writeSample(dir, files);
const bytes = [...files.values()].reduce((sum, content) => sum + content.length, 0);
process.stdout.write(
  `Skrev ${files.size} filer (${(bytes / 1e6).toFixed(1)} MB) til ${dir} på ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
);
