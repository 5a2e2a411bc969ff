// A dataset directory held in memory, passed to readDataset as its file effects.
import type { DatasetEffects } from "../../src/data/dataset-files.js";

/** Files by path relative to "/data". */
export function fakeDir(files: Record<string, string | Uint8Array>): DatasetEffects {
  const readFile = async (path: string) => {
    const content = files[path.replace(/^\/data\//, "")];
    if (content === undefined) throw new Error(`no ${path}`);
    return Buffer.from(typeof content === "string" ? Buffer.from(content, "utf8") : content);
  };
  return {
    listFiles: async () => Object.keys(files),
    readHead: async (path, bytes) => {
      const whole = await readFile(path);
      return { head: whole.subarray(0, bytes), size: whole.length };
    },
    readFile,
  };
}
