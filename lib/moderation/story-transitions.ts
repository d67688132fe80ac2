import type { StoryStatus } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

// Moderators decide once: a pending story is published or rejected, and the decision is final.
// Only the author can take a story back (WITHDRAWN), before or after publication.
const allowedStoryTransitions: Record<StoryStatus, readonly StoryStatus[]> = {
  PENDING: ["PUBLISHED", "REJECTED", "WITHDRAWN"],
  PUBLISHED: ["WITHDRAWN"],
  REJECTED: [],
  WITHDRAWN: [],
};

export function canTransitionStory(from: StoryStatus, to: StoryStatus): boolean {
  return allowedStoryTransitions[from].includes(to);
}

export function assertStoryTransition(from: StoryStatus, to: StoryStatus): void {
  if (!canTransitionStory(from, to)) {
    throw new AppError("INVALID_STATE", `story cannot go from ${from} to ${to}`);
  }
}

// Text and tags are edited during review only; after the decision the story is what was decided on.
export function canEditStory(status: StoryStatus): boolean {
  return status === "PENDING";
}

export function assertStoryEditable(status: StoryStatus): void {
  if (!canEditStory(status)) throw new AppError("INVALID_STATE", `story in ${status} cannot be edited`);
}

// The review page offers the edit form and the decision buttons only while this holds.
export function isAwaitingDecision(status: StoryStatus): boolean {
  return canTransitionStory(status, "PUBLISHED") && canTransitionStory(status, "REJECTED");
}
