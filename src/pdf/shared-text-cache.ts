// Laid-out text kept across the documents of one process, per fontkit font and kind (words, widths, lines): see
// font-sharing.ts and text-line.ts.

/**
 * Laid-out text of one fontkit font, shared by all documents: words (PDFKit's runs) and whole lines
 * (text-line.ts). Text that occurs in one sheet only (figures, names) must not pile up for a whole batch
 * (measured: ~15 MB a worker over 357 sheets, which every major garbage collection then walks), while the text
 * every sheet prints should stay. So a cache has two generations: a key is looked up in the current one, then in
 * the one before, from which it moves up; every so many documents the current generation becomes the one before
 * and the oldest is dropped with the keys nobody asked for since.
 */
export class SharedTextCache<V> {
  #current = new Map<string, V>();
  #previous = new Map<string, V>();

  get(key: string): V | undefined {
    let value = this.#current.get(key);
    if (value === undefined) {
      value = this.#previous.get(key);
      if (value !== undefined) this.#current.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.#current.set(key, value);
  }

  startGeneration(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }
}

/** The shared caches, by kind and fontkit font. */
const sharedCaches = new Map<string, WeakMap<object, SharedTextCache<unknown>>>();
const allCaches: SharedTextCache<unknown>[] = [];

/** The process-wide cache of one kind of laid-out text (`kind`) for one fontkit font. */
export function sharedTextCache<V>(kind: string, fontkitFont: object): SharedTextCache<V> {
  let byFont = sharedCaches.get(kind);
  if (!byFont) {
    byFont = new WeakMap();
    sharedCaches.set(kind, byFont);
  }
  let cache = byFont.get(fontkitFont);
  if (!cache) {
    cache = new SharedTextCache();
    byFont.set(fontkitFont, cache);
    allCaches.push(cache);
  }
  return cache as SharedTextCache<V>;
}

/** Documents between two generations of the shared caches. */
const DOCUMENTS_PER_LAYOUT_GENERATION = 50;
let documentsInGeneration = 0;

/** A new document starts: every so many documents, the shared caches start a new generation. */
export function startDocumentLayouts(): void {
  if (++documentsInGeneration > DOCUMENTS_PER_LAYOUT_GENERATION) {
    documentsInGeneration = 1;
    for (const cache of allCaches) cache.startGeneration();
  }
}
