// Values kept across documents under a string key, for what depends only on the fonts and the text (widths,
// heights, laid-out words), never on the document. Two generations: values go into the new one, and when it is
// full, the old one is dropped and the new one becomes the old. A value asked for again moves back into the new
// one, so the words every sheet uses stay, while those of one municipality's sheet go. Before, one map of up to
// 20 000 entries was emptied when full. Measured on the full sample (2 cores): the batch's peak memory 430 MB with
// that, 408-414 MB with generations of 4 000 and 393-401 MB with generations of 2 000; the values made anew for
// half the sheets in one thread 34 700, 37 100 and 44 000 (about 0,1 ms each).

/** Entries of one generation: a cache holds at most twice as many. */
const GENERATION_SIZE = 2_000;

export class BoundedCache<V> {
  #young = new Map<string, V>();
  #old = new Map<string, V>();

  /** The value kept under `key`, or `make()` kept under it now. */
  get(key: string, make: () => V): V {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const value = this.#old.get(key) ?? make();
    if (this.#young.size >= GENERATION_SIZE) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
    return value;
  }
}
