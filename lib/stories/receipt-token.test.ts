import { describe, expect, it } from "vitest";
import { createReceiptToken, hashReceiptToken, isWellFormedReceiptToken } from "./receipt-token";

describe("receipt tokens", () => {
  it("carries 256 bits of randomness and stores only a hash", () => {
    const { token, tokenHash } = createReceiptToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenHash).toBe(hashReceiptToken(token));
    expect(tokenHash).not.toContain(token);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("never repeats", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createReceiptToken().token));
    expect(tokens.size).toBe(1000);
  });

  it("recognises only tokens of the issued shape", () => {
    expect(isWellFormedReceiptToken(createReceiptToken().token)).toBe(true);
    expect(isWellFormedReceiptToken("short")).toBe(false);
    expect(isWellFormedReceiptToken(`${"a".repeat(42)}!`)).toBe(false);
    expect(isWellFormedReceiptToken("../../etc/passwd")).toBe(false);
  });
});
