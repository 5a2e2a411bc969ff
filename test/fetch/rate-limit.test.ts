// The token bucket keeps any 60 s window at or under SSB's 30 requests.
import { describe, expect, it } from "vitest";
import { SSB_RATE_LIMIT, TokenBucket } from "../../src/fetch/rate-limit.js";
import { fakeClock } from "./fake-clock.js";

describe("TokenBucket", () => {
  it("lets a burst of `capacity` through, then one per refill interval", async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ capacity: 2, refillMs: 1000 }, clock);
    await bucket.take();
    await bucket.take();
    expect(clock.sleeps).toEqual([]);
    await bucket.take();
    await bucket.take();
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  it("never sends more than 30 requests in any 60 s with SSB's defaults, even when callers race", async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(SSB_RATE_LIMIT, clock);
    const sent: number[] = [];
    await Promise.all(Array.from({ length: 100 }, () => bucket.take().then(() => sent.push(clock.now()))));
    expect(sent).toHaveLength(100);
    for (const start of sent) {
      expect(sent.filter((t) => t >= start && t < start + 60_000).length).toBeLessThanOrEqual(30);
    }
    // And it does not wait longer than it must: 100 requests, 10 at once, then one per 3 s.
    expect(Math.max(...sent)).toBe(90 * 3000);
  });
});
