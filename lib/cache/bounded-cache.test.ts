import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded-cache";

describe("BoundedCache", () => {
  it("drops the least recently used entry when full", () => {
    const cache = new BoundedCache<number>({ maxEntries: 2, maxAgeMs: 1_000 });
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("forgets an entry once it is as old as the age limit", () => {
    let now = 0;
    const cache = new BoundedCache<string>({ maxEntries: 10, maxAgeMs: 100, now: () => now });
    cache.set("a", "x");
    now = 99;
    expect(cache.get("a")).toBe("x");
    now = 100;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("deletes an entry only while it still holds the given value", () => {
    const cache = new BoundedCache<object>({ maxEntries: 10, maxAgeMs: 1_000 });
    const old = {};
    const fresh = {};
    cache.set("a", old);
    cache.set("a", fresh);
    cache.deleteIf("a", old);
    expect(cache.get("a")).toBe(fresh);
    cache.deleteIf("a", fresh);
    expect(cache.get("a")).toBeUndefined();
  });
});
