// Counting persons in an age range from the bands a population was published in.
import { numericValue } from "../data/types.js";
import type { AgeBand } from "./record.js";

/** Persons aged `first` to `last`; null when any band in the range is not a number, or when a band reaches
 * across an end of the range (groups as published cannot be split). */
export function personsAged(bands: readonly AgeBand[], first: number, last: number): number | null {
  let total = 0;
  for (const band of bands) {
    if (band.last < first || band.first > last) continue;
    if (band.first < first || band.last > last) return null;
    const persons = numericValue(band.persons);
    if (persons === null) return null;
    total += persons;
  }
  return total;
}
