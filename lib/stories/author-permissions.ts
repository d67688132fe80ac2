import type { StoryStatus } from "@/generated/prisma/client";

// The author edits only while the story waits; once a moderator has decided, the story is
// what was decided on. Erasing is always possible.
export function canAuthorEdit(status: StoryStatus): boolean {
  return status === "PENDING";
}
