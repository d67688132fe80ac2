import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReceiptToken } from "./receipt-token";

// The db client opens the embedded database in DATA_DIR on first use, creating the directory.
// Pointing DATA_DIR at a path that does not exist yet lets the test see whether a lookup ever
// reached the database, without a stand-in for it.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-receipt-"));
const dataDir = path.join(root, "data");

describe("getStoryByReceipt with a token that cannot be ours", () => {
  beforeAll(() => {
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = dataDir;
  });
  afterAll(async () => {
    const { closeDb } = await import("@/lib/db");
    await closeDb();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("answers null without opening the database", async () => {
    const { getStoryByReceipt } = await import("./get-story-by-receipt");
    const tokenHash = createReceiptToken().tokenHash;
    for (const token of ["", "abc", "../../etc/passwd", `${"a".repeat(42)}!`, tokenHash, "a".repeat(44)]) {
      expect(await getStoryByReceipt({ token })).toBeNull();
    }
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("does open the database for a well-formed token (so the check above can fail)", async () => {
    const { getStoryByReceipt } = await import("./get-story-by-receipt");
    // The fresh directory has no tables, so the query itself fails; what matters is that it ran.
    await getStoryByReceipt({ token: createReceiptToken().token }).catch(() => null);
    expect(fs.existsSync(dataDir)).toBe(true);
  });
});
