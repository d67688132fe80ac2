import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import {
  assertGuardedUpdate,
  assertStoryEditable,
  assertStoryTransition,
  canTransitionStory,
  awaitingDecisionWhere,
  isAwaitingColleague,
  isAwaitingDecision,
  isStoryEditable,
  storyStatuses,
  whereAwaitingColleague,
  whereEditable,
  whereStillIn,
} from "./story-status";

describe("story status", () => {
  it("has the five states", () => {
    expect([...storyStatuses].sort()).toEqual(["AWAITING_REVIEW", "PENDING", "PUBLISHED", "REJECTED", "WITHDRAWN"]);
  });

  it("lets a prepared decision be approved (published or rejected), sent back, or withdrawn by the author", () => {
    expect(canTransitionStory("PENDING", "AWAITING_REVIEW")).toBe(true);
    for (const to of ["PUBLISHED", "REJECTED", "PENDING", "WITHDRAWN"] as const) expect(canTransitionStory("AWAITING_REVIEW", to)).toBe(true);
    expect(canTransitionStory("AWAITING_REVIEW", "AWAITING_REVIEW")).toBe(false);
    // Nothing decided goes back to a colleague.
    for (const from of ["PUBLISHED", "REJECTED", "WITHDRAWN"] as const) expect(canTransitionStory(from, "AWAITING_REVIEW")).toBe(false);
    expect(storyStatuses.filter(isAwaitingColleague)).toEqual(["AWAITING_REVIEW"]);
  });

  it("lets a pending story be published, rejected or withdrawn", () => {
    expect(canTransitionStory("PENDING", "PUBLISHED")).toBe(true);
    expect(canTransitionStory("PENDING", "REJECTED")).toBe(true);
    expect(canTransitionStory("PENDING", "WITHDRAWN")).toBe(true);
  });

  it("makes a decision final", () => {
    for (const to of storyStatuses) {
      expect(canTransitionStory("REJECTED", to)).toBe(false);
      expect(canTransitionStory("WITHDRAWN", to)).toBe(false);
    }
    expect(canTransitionStory("PUBLISHED", "PUBLISHED")).toBe(false);
    expect(canTransitionStory("PUBLISHED", "REJECTED")).toBe(false);
    expect(canTransitionStory("PUBLISHED", "PENDING")).toBe(false);
  });

  it("lets an author withdraw a published story", () => {
    expect(canTransitionStory("PUBLISHED", "WITHDRAWN")).toBe(true);
  });

  it("throws INVALID_STATE for a forbidden transition", () => {
    expect(() => assertStoryTransition("PUBLISHED", "PUBLISHED")).toThrow(AppError);
    try {
      assertStoryTransition("REJECTED", "PUBLISHED");
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe("INVALID_STATE");
    }
    expect(() => assertStoryTransition("PENDING", "REJECTED")).not.toThrow();
  });

  it("allows editing only while pending, deciding while pending or prepared, and guards the update the same way", () => {
    expect(storyStatuses.filter(isStoryEditable)).toEqual(["PENDING"]);
    expect(storyStatuses.filter(isAwaitingDecision)).toEqual(["PENDING", "AWAITING_REVIEW"]);
    // The queue is exactly the stories still awaiting a decision.
    expect(awaitingDecisionWhere.status.in).toEqual(storyStatuses.filter(isAwaitingDecision));
    expect(() => assertStoryEditable("PUBLISHED")).toThrow(AppError);
    expect(() => assertStoryEditable("PENDING")).not.toThrow();
    // The database guard and the rule in code are the same rule.
    expect(storyStatuses.filter((status) => whereEditable("x").status === status)).toEqual(storyStatuses.filter(isStoryEditable));
    expect(whereStillIn("x", "PUBLISHED")).toEqual({ id: "x", status: "PUBLISHED" });
    expect(whereAwaitingColleague("x", 3)).toEqual({ id: "x", status: "AWAITING_REVIEW", version: 3 });
    expect(storyStatuses.filter((status) => whereAwaitingColleague("x", 1).status === status)).toEqual(storyStatuses.filter(isAwaitingColleague));
  });

  it("refuses an update that found no row", () => {
    expect(() => assertGuardedUpdate({ count: 0 })).toThrow(AppError);
    expect(() => assertGuardedUpdate({ count: 1 })).not.toThrow();
  });
});
