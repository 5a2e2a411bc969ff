// The keys of an observation as the duplicate checks compare them: a catalogue value by its code (a CSV's label
// and a cube's code are one key), an age by its numbers (age-key.ts), any other key as written.
import { AGE, canonicalAgeKey } from "./age-key.js";
import { matchesValue, type TableSpec } from "./tables.js";
import type { Observation } from "./types.js";

export { AGE };

/** An observation's keys as one string: the values of the table's dimensions (ids sorted), a catalogue value by
 * its code. Each distinct key is worked out once per dimension, and each keys object once (a cube's observations
 * share one per combination of its other dimensions). */
export class KeyCanonicaliser {
  readonly #values = new Map<string, Map<string, string>>();

  forTable(spec: TableSpec | undefined, dimensions: readonly string[]): (keys: Observation["keys"]) => string {
    const ids = dimensions;
    const values = ids.map((id) => this.#valuesOf(spec, id));
    const byObject = new WeakMap<Observation["keys"], string>();
    return (keys) => {
      let joined = byObject.get(keys);
      if (joined !== undefined) return joined;
      joined = ids.map((id, i) => this.#canonical(spec, id, values[i] as Map<string, string>, keys[id])).join("\u0001");
      byObject.set(keys, joined);
      return joined;
    };
  }

  #valuesOf(spec: TableSpec | undefined, dimension: string): Map<string, string> {
    const name = `${spec?.id ?? ""}\u0001${dimension}`;
    let values = this.#values.get(name);
    if (values === undefined) {
      values = new Map();
      this.#values.set(name, values);
    }
    return values;
  }

  #canonical(
    spec: TableSpec | undefined,
    dimension: string,
    known: Map<string, string>,
    key: string | undefined,
  ): string {
    if (key === undefined) return "";
    let canonical = known.get(key);
    if (canonical === undefined) {
      const value = Object.values(spec?.dimensions[dimension]?.values ?? {}).find((candidate) =>
        matchesValue(key, candidate),
      );
      canonical = value?.code ?? (dimension === AGE ? canonicalAgeKey(key) : key.trim());
      known.set(key, canonical);
    }
    return canonical;
  }
}
