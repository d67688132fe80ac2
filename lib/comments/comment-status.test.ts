import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { assertCommentTransition, assertGuardedCommentUpdate, awaitingDecisionCommentWhere, canTransitionComment, newCommentData, whereCommentUndecided } from "./comment-status";

describe("comment status", () => {
  it("decides a pending comment once", () => {
    expect(canTransitionComment("PENDING", "APPROVED")).toBe(true);
    expect(canTransitionComment("PENDING", "REJECTED")).toBe(true);
    expect(canTransitionComment("APPROVED", "REJECTED")).toBe(false);
    expect(canTransitionComment("REJECTED", "APPROVED")).toBe(false);
    expect(canTransitionComment("APPROVED", "APPROVED")).toBe(false);
    expect(() => assertCommentTransition("APPROVED", "REJECTED")).toThrow(AppError);
  });

  it("creates, lists and guards comments by the one status that waits", () => {
    expect(newCommentData.status).toBe("PENDING");
    expect(awaitingDecisionCommentWhere).toEqual({ status: newCommentData.status });
    expect(whereCommentUndecided("c1")).toEqual({ id: "c1", status: "PENDING" });
    expect(canTransitionComment(newCommentData.status, "APPROVED")).toBe(true);
    expect(() => assertGuardedCommentUpdate({ count: 0 })).toThrow(AppError);
    expect(() => assertGuardedCommentUpdate({ count: 1 })).not.toThrow();
  });
});
