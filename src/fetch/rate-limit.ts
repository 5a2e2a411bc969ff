// A token bucket that keeps faktaark under SSB's published limit (30 requests per 60 s per IP address).
//
// A bucket of `capacity` tokens refilled with one token every `refillMs` lets through at most
// capacity + windowMs / refillMs requests in any window. The defaults (10 tokens, one per 3 s) give
// 10 + 60 / 3 = 30 in any 60 s: a short burst for the first requests, then one every 3 s.

export interface TokenBucketOptions {
  /** Tokens the bucket holds when full; the largest burst. */
  readonly capacity: number;
  /** Milliseconds to earn one token. */
  readonly refillMs: number;
}

export const SSB_RATE_LIMIT: TokenBucketOptions = { capacity: 10, refillMs: 3000 };

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  /** Callers wait in turn, so concurrent callers never take the same token. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: TokenBucketOptions = SSB_RATE_LIMIT,
    private readonly clock: Clock = realClock,
  ) {
    if (!(options.capacity >= 1) || !(options.refillMs >= 0)) {
      throw new Error(`Ugyldig hastighetsgrense: ${JSON.stringify(options)}`);
    }
    this.tokens = options.capacity;
    this.updatedAt = clock.now();
  }

  /** Resolves when a request may be sent. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.takeNow());
    this.queue = turn.catch(() => {});
    return turn;
  }

  private refill(): void {
    const now = this.clock.now();
    if (this.options.refillMs === 0) this.tokens = this.options.capacity;
    else this.tokens = Math.min(this.options.capacity, this.tokens + (now - this.updatedAt) / this.options.refillMs);
    this.updatedAt = now;
  }

  private async takeNow(): Promise<void> {
    this.refill();
    if (this.tokens < 1) {
      await this.clock.sleep(Math.ceil((1 - this.tokens) * this.options.refillMs));
      this.refill();
    }
    // The sleep above earned the token; a clock that ran slow must not let the count drift below zero.
    this.tokens = Math.max(0, this.tokens - 1);
  }
}
