import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { describeEachDatabase } from "./db-harness";

describeEachDatabase("test database", (kind) => {
  it("is migrated, empty and of the expected engine", async () => {
    const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
    expect(version).toMatch(/PostgreSQL/);
    if (kind === "pglite") expect(version).toMatch(/wasm|emscripten/i);
    else expect(version).not.toMatch(/wasm|emscripten/i);
    expect(await db.story.count()).toBe(0);
  });

  it("stems Swedish words in full-text search", async () => {
    const [{ match }] = await db.$queryRaw<{ match: boolean }[]>`
      SELECT to_tsvector('swedish', 'handläggarna') @@ plainto_tsquery('swedish', 'handläggare') AS match`;
    expect(match).toBe(true);
  });
});

describe("harness isolation", () => {
  it("leaves no database open outside a block", () => {
    expect((globalThis as { sakligtDb?: unknown }).sakligtDb).toBeUndefined();
  });
});
