// How faktaark reaches a dataset directory's files: listing, a file's head, a whole file, and which failures are a
// file's own. Apart from the readers (read-dataset.ts), so that a run whose dataset comes from the cache
// (dataset-cache.ts) does not load the readers and the parsers they use.
import { open, readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { UserError } from "../errors.js";
import * as message from "./messages.js";

/** File access, so tests can pass a fake directory. */
export interface DatasetEffects {
  /** Every file under `dir`, recursively, as paths relative to `dir` with "/" separators. */
  listFiles(dir: string): Promise<string[]>;
  /** A file's first `bytes` bytes and its size, to judge it before reading it whole (sniff.ts). */
  readHead(path: string, bytes: number): Promise<FileHead>;
  readFile(path: string): Promise<Buffer>;
}

export interface FileHead {
  readonly head: Buffer;
  readonly size: number;
}

export const fileDatasetEffects: DatasetEffects = {
  async listFiles(dir) {
    try {
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UserError(message.dataDirMissing(dir));
      if ((error as NodeJS.ErrnoException).code === "ENOTDIR") throw new UserError(message.notADirectory(dir));
      throw error;
    }
  },
  async readHead(path, bytes) {
    const handle = await open(path, "r");
    try {
      const { size } = await handle.stat();
      const head = Buffer.alloc(Math.min(bytes, size));
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return { head: head.subarray(0, bytesRead), size };
    } finally {
      await handle.close();
    }
  },
  readFile: (path) => readFile(path),
};

/** Why a listed file could not be read, as a message for that file; other failures are the machine's. */
const UNREADABLE: Readonly<Record<string, () => string>> = {
  // Listed, then gone before it could be read: a temporary file an editor or a download wrote and removed.
  ENOENT: message.vanished,
  EACCES: message.noAccess,
  EPERM: message.noAccess,
};

/** Whether an error reading a listed file is that file's problem (it vanished, or may not be read). */
export function isUnreadableFile(error: unknown): error is NodeJS.ErrnoException {
  return Object.hasOwn(UNREADABLE, (error as NodeJS.ErrnoException).code ?? "");
}

/** The message for a file that `isUnreadableFile` says is unreadable. */
export function whyUnreadable(error: NodeJS.ErrnoException): string {
  return UNREADABLE[error.code ?? ""]!();
}
