// Writes the generated sample into a directory: each file to a temporary name, then renamed into place, and
// files the generator no longer makes are removed.
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

export async function writeSample(dir: string, files: ReadonlyMap<string, Buffer>): Promise<void> {
  for (const [path, content] of files) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, target);
  }
  const existing = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of existing) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/");
    if (!files.has(path)) await rm(join(dir, path));
  }
}
