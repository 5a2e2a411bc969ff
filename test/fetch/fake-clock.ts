// A clock for the fetch tests that records every wait and moves time on by it, so nothing really sleeps.
import type { Clock } from "../../src/fetch/rate-limit.js";

export function fakeClock(): Clock & { sleeps: number[] } {
  let time = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms) => {
      sleeps.push(ms);
      time += ms;
    },
  };
}
