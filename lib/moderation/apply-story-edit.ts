import type { StoryStatus } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertCurrentVersion, assertStoryEditable } from "@/lib/stories/story-status";
import { findUnknownTagIds } from "@/lib/tags/find-unknown-tag-ids";
import { assertNotClaimedByOther } from "./claims";

// `version`: the story's version the moderator's form started from (lib/stories/story-status.ts);
// left out, the save is not checked against newer changes (scripts and tests).
export type StoryEdit = { title: string; body: string; tagIds: string[]; version?: number };

type EditableFields = { title: string; body: string; tagIds: string[] };

export type StoryForDecision = EditableFields & {
  status: StoryStatus;
  version: number;
  createdAt: Date;
  claimedById: string | null;
  claimedUntil: Date | null;
};

// Reads the story as it stands inside the transaction, for the audit row's "before".
export async function loadStoryForDecision(tx: Tx, storyId: string): Promise<StoryForDecision> {
  const story = await tx.story.findUnique({
    where: { id: storyId },
    select: {
      status: true,
      version: true,
      title: true,
      body: true,
      createdAt: true,
      claimedById: true,
      claimedUntil: true,
      tags: { select: { tagId: true } },
    },
  });
  if (!story) throw new AppError("NOT_FOUND", "story not found");
  return {
    status: story.status,
    version: story.version,
    title: story.title,
    body: story.body,
    createdAt: story.createdAt,
    claimedById: story.claimedById,
    claimedUntil: story.claimedUntil,
    tagIds: story.tags.map(({ tagId }) => tagId).sort(),
  };
}

// Every change a moderator makes to a pending story (a save, a publication, a rejection, a
// prepared decision) starts here: the story must still be pending, at the version the
// moderator's page started from, and not claimed by a colleague.
export async function loadPendingForModerator(
  tx: Tx,
  { storyId, moderatorId, version, now }: { storyId: string; moderatorId: string; version?: number; now: Date },
): Promise<StoryForDecision> {
  const current = await loadStoryForDecision(tx, storyId);
  assertStoryEditable(current.status);
  assertCurrentVersion(current.version, version);
  assertNotClaimedByOther(current, moderatorId, now);
  return current;
}

export function normaliseTagIds(tagIds: string[]): string[] {
  return [...new Set(tagIds)].sort();
}

// Replaces the story's tags. Unknown ids are refused rather than silently dropped, because the
// moderator chose them from a list that may have changed underneath them. Callers change a
// pending story (a plain transaction) or publish one (applyPublication, which names the keys).
export async function replaceStoryTags(tx: Tx, storyId: string, tagIds: string[]): Promise<void> {
  if (tagIds.length === 0 || (await findUnknownTagIds({ tagIds, tx })).length > 0) throw new AppError("INVALID_INPUT", "unknown tag id");
  await tx.storyTag.deleteMany({ where: { storyId, tagId: { notIn: tagIds } } });
  await tx.storyTag.createMany({ data: tagIds.map((tagId) => ({ storyId, tagId })), skipDuplicates: true });
}
