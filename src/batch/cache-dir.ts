// Where faktaark keeps what it can make again (the joined dataset, compiled chart specs): $FAKTAARK_CACHE_DIR,
// else $XDG_CACHE_HOME/faktaark, else ~/.cache/faktaark.
import { homedir } from "node:os";
import { join } from "node:path";

export function defaultCacheDir(): string {
  const explicit = process.env.FAKTAARK_CACHE_DIR;
  if (explicit) return explicit;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "faktaark");
}
