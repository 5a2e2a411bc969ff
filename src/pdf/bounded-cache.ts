// Values kept across documents under a string key, for what depends only on the fonts and the text (widths,
// heights, laid-out words), never on the document. A cache this full is emptied; the next sheets fill it again
// with what they use.

const MAX_ENTRIES = 20_000;

export class BoundedCache<V> {
  readonly #values = new Map<string, V>();

  /** The value kept under `key`, or `make()` kept under it now. */
  get(key: string, make: () => V): V {
    let value = this.#values.get(key);
    if (value === undefined) {
      if (this.#values.size >= MAX_ENTRIES) this.#values.clear();
      value = make();
      this.#values.set(key, value);
    }
    return value;
  }
}
