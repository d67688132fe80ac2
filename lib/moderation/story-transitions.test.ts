import { describe, expect, it } from "vitest";
import type { StoryStatus } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCommentTransition, canTransitionComment } from "./comment-transitions";
import {
  assertStoryEditable,
  assertStoryTransition,
  canEditStory,
  canTransitionStory,
  isAwaitingDecision,
} from "./story-transitions";

const statuses: StoryStatus[] = ["PENDING", "PUBLISHED", "REJECTED", "WITHDRAWN"];

describe("story transitions", () => {
  it("lets a pending story be published, rejected or withdrawn", () => {
    expect(canTransitionStory("PENDING", "PUBLISHED")).toBe(true);
    expect(canTransitionStory("PENDING", "REJECTED")).toBe(true);
    expect(canTransitionStory("PENDING", "WITHDRAWN")).toBe(true);
  });

  it("makes a decision final", () => {
    for (const to of statuses) {
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

  it("allows editing and deciding only while pending", () => {
    expect(statuses.filter(canEditStory)).toEqual(["PENDING"]);
    expect(statuses.filter(isAwaitingDecision)).toEqual(["PENDING"]);
    expect(() => assertStoryEditable("PUBLISHED")).toThrow(AppError);
    expect(() => assertStoryEditable("PENDING")).not.toThrow();
  });
});

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
