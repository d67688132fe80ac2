import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { erasurePendingSince, erasureScrubbed, forgetErasureMarker, keepErasurePendingIn, markErasurePending, takeErasurePending } from "./erasure-pending";

describe("the pending-erasure flag on disk", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-erasure-"));
  const file = path.join(dir, "erasure-pending");
  afterEach(() => {
    takeErasurePending();
    forgetErasureMarker();
    fs.rmSync(file, { force: true });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // A crash is a process that loses its memory: the in-memory flag is cleared by hand.
  const crash = () => {
    takeErasurePending();
    forgetErasureMarker();
  };

  it("survives a crash between the erasure and the scrub", () => {
    keepErasurePendingIn(file);
    expect(erasurePendingSince()).toBeUndefined();
    markErasurePending();
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    crash();
    keepErasurePendingIn(file);
    expect(erasurePendingSince()).toBeDefined();
  });

  it("is removed by a scrub, but not when an erasure landed during it", () => {
    keepErasurePendingIn(file);
    markErasurePending();
    expect(takeErasurePending()).toBe(true);
    markErasurePending(); // during the scrub
    erasureScrubbed();
    expect(fs.existsSync(file)).toBe(true);
    expect(takeErasurePending()).toBe(true);
    erasureScrubbed();
    expect(fs.existsSync(file)).toBe(false);
    crash();
    keepErasurePendingIn(file);
    expect(erasurePendingSince()).toBeUndefined();
  });

  it("writes no file when none was named (PostgreSQL, tests)", () => {
    markErasurePending();
    expect(fs.existsSync(file)).toBe(false);
  });
});
