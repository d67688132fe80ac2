import { describe, expect, it } from "vitest";
import { commentLimits, commentSchema } from "./schemas";

function errorOf(body: unknown) {
  const result = commentSchema.safeParse({ body });
  return result.success ? null : result.error.issues[0].message;
}

describe("commentSchema", () => {
  it("accepts comments from the shortest to the longest allowed", () => {
    expect(errorOf("a".repeat(commentLimits.bodyMin))).toBeNull();
    expect(errorOf("a".repeat(commentLimits.bodyMax))).toBeNull();
  });

  it("counts the trimmed text", () => {
    expect(errorOf("   ")).toBe("bodyRequired");
    expect(errorOf("  a  ")).toBe("bodyTooShort");
    expect(errorOf("a".repeat(commentLimits.bodyMax + 1))).toBe("bodyTooLong");
    expect(errorOf(42)).toBe("bodyRequired");
  });

  it("normalises line endings and trims", () => {
    expect(commentSchema.parse({ body: "  Tack.\r\nDet hjälpte.\r " }).body).toBe("Tack.\nDet hjälpte.");
  });
});
