import { describe, expect, it } from "vitest";
import { cuidTimestamp, isPublicId } from "./public-id";

describe("public ids", () => {
  it("accepts both a nanoid and a cuid made before issue 7", () => {
    expect(isPublicId("V1StGXR8_Z5jdHi6B-myT")).toBe(true);
    expect(isPublicId("cmihx0k2a0000qz8k3v5d9f1w")).toBe(true);
  });

  it.each(["", "abc", "V1StGXR8_Z5jdHi6B-myT!", "CMIHX0K2A0000QZ8K3V5D9F1W", "x".repeat(64), "../etc/passwd", "cmihx0k2a0000qz8k3v5d9f1w "])(
    "refuses %j",
    (value) => expect(isPublicId(value)).toBe(false),
  );

  it("refuses what is not a string", () => {
    for (const value of [null, undefined, 42, ["V1StGXR8_Z5jdHi6B-myT"], {}]) expect(isPublicId(value)).toBe(false);
  });

  it("reads the creation time out of a cuid, which is why new ids are not cuids", () => {
    const made = Date.UTC(2026, 10, 30, 12, 0, 0, 123);
    const cuid = `c${made.toString(36)}0000qz8kabcdefgh`;
    expect(cuid).toHaveLength(25);
    expect(cuidTimestamp(cuid)?.getTime()).toBe(made);
    expect(cuidTimestamp("V1StGXR8_Z5jdHi6B-myT")).toBeNull();
  });
});
