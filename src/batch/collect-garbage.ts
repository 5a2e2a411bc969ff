// A full garbage collection, on request. V8 sizes a heap by what was alive at its last full collection: after
// reading the sources (about 180 MB of parsing garbage for the sample, 16 MB kept), it let the main thread's heap
// stay at about 210 MB for a whole batch, and the batch peaked at 570 MB instead of 350 MB.
//
// `gc` exists only with node's --expose-gc; turning that flag on for a moment and reading `gc` from a new context
// gives the function without it. The flag is turned off again, so no other context gets a `gc` global.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
    setFlagsFromString("--no-expose-gc");
  }
  collect();
}
