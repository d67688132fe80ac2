// Test-only helpers for the public-content cache.
import { expect } from "vitest";
import { type DbHandle, currentDbHandle } from "@/lib/db";
import { publicCacheOf } from "./public-cache";

// On PostgreSQL the cache serves nothing until its listener has connected.
export async function waitUntilCacheServes(handle: DbHandle = currentDbHandle(), timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!publicCacheOf(handle).serving) {
    if (Date.now() > deadline) throw new Error("the public cache's listener did not connect");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// Runs a change and expects it to have emptied the cache.
export async function expectInvalidates<T>(change: () => Promise<T>): Promise<T> {
  const before = publicCacheOf().currentVersion;
  const result = await change();
  expect(publicCacheOf().currentVersion, "the change did not empty the public cache").toBeGreaterThan(before);
  return result;
}

// Polls until check passes or the time is up; returns how long it took.
export async function within(ms: number, check: () => Promise<void>): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      await check();
      return Date.now() - started;
    } catch (error) {
      if (Date.now() - started > ms) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
