import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { assertCommentTransition, canTransitionComment } from "./comment-transitions";

describe("comment transitions", () => {
  it("decides a pending comment once", () => {
    expect(canTransitionComment("PENDING", "APPROVED")).toBe(true);
    expect(canTransitionComment("PENDING", "REJECTED")).toBe(true);
    expect(canTransitionComment("APPROVED", "REJECTED")).toBe(false);
    expect(canTransitionComment("REJECTED", "APPROVED")).toBe(false);
    expect(canTransitionComment("APPROVED", "APPROVED")).toBe(false);
    expect(() => assertCommentTransition("APPROVED", "REJECTED")).toThrow(AppError);
  });
});
