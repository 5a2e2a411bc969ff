// A small seeded PRNG (mulberry32) so the sample is the same on every run and machine.

export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream per municipality and purpose ("0301", "age"), independent of the order things are generated in. */
export function randomFor(code: string, purpose: string): Random {
  let hash = 2166136261;
  for (const char of `${code}:${purpose}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 16777619);
  }
  return createRandom(hash);
}

/** Roughly normal noise with mean 0 and standard deviation 1 (sum of uniforms). */
export function gaussian(random: Random): number {
  let sum = 0;
  for (let i = 0; i < 6; i += 1) sum += random();
  return (sum - 3) / Math.sqrt(0.5);
}
