// A dataset directory held in memory, passed to readDataset as its file effects.
import type { DatasetEffects } from "../../src/data/read-dataset.js";

/** Files by path relative to "/data". */
export function fakeDir(files: Record<string, string | Uint8Array>): DatasetEffects {
  return {
    listFiles: async () => Object.keys(files),
    readFile: async (path) => {
      const content = files[path.replace(/^\/data\//, "")];
      if (content === undefined) throw new Error(`no ${path}`);
      return Buffer.from(typeof content === "string" ? Buffer.from(content, "utf8") : content);
    },
  };
}
