import { describe, expect, it } from "vitest";
import { ByteLru } from "../../src/server/lru.js";

const cacheOf = (maxBytes: number) => new ByteLru<string>(maxBytes, (value) => value.length);

describe("ByteLru", () => {
  it("drops the least recently used entries when the bytes exceed the bound", () => {
    const cache = cacheOf(10);
    cache.set("a", "aaaa");
    cache.set("b", "bbbb");
    expect(cache.get("a")).toBe("aaaa"); // a is now the most recently used
    cache.set("c", "cccc");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("aaaa");
    expect(cache.get("c")).toBe("cccc");
    expect(cache.bytes).toBe(8);
  });

  it("counts a replaced value once", () => {
    const cache = cacheOf(10);
    cache.set("a", "aaaa");
    cache.set("a", "aaaaaa");
    expect(cache.bytes).toBe(6);
    expect(cache.size).toBe(1);
  });

  it("does not keep a value larger than the whole cache, and keeps the others", () => {
    const cache = cacheOf(10);
    cache.set("a", "aaaa");
    cache.set("big", "x".repeat(11));
    expect(cache.get("big")).toBeUndefined();
    expect(cache.get("a")).toBe("aaaa");
  });
});
