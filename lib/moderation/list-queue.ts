import type { AuthorRole, Prisma, SafetyFlag } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { sortFlags } from "@/lib/safety/safety-flags";
import { type PrivacyMarkers, privacyMarkersFor } from "@/lib/privacy/privacy-markers";
import { makeExcerpt } from "@/lib/stories/make-excerpt";
import { awaitingDecisionWhere } from "@/lib/stories/story-status";

export const QUEUE_EXCERPT_LENGTH = 160;

export type QueuedStory = {
  id: string;
  title: string;
  excerpt: string;
  tags: string[];
  municipalityName: string | null;
  authorRole: AuthorRole | null;
  createdAt: Date;
  urgent: boolean;
  safetyFlags: SafetyFlag[];
  privacy: PrivacyMarkers;
};

// What a moderator can narrow the queue to (/mod?visa=…&tagg=…&kommun=…). Every filter only
// narrows: an empty filter is the whole queue.
export type QueueFilter = { urgent?: boolean; staffThreat?: boolean; tagSlug?: string; municipalityCode?: string };

export function queueWhere(filter: QueueFilter): Prisma.StoryWhereInput {
  return {
    ...awaitingDecisionWhere,
    ...(filter.urgent ? { urgent: true } : {}),
    ...(filter.staffThreat ? { safetyFlags: { has: "STAFF_THREAT" } } : {}),
    ...(filter.tagSlug ? { tags: { some: { tag: { slug: filter.tagSlug } } } } : {}),
    ...(filter.municipalityCode ? { municipalityCode: filter.municipalityCode } : {}),
  };
}

const queueOrder: Prisma.StoryOrderByWithRelationInput[] = [{ urgent: "desc" }, { createdAt: "asc" }, { id: "asc" }];

// The queue's story ids alone, in its order: the review page's j and k need only its place.
export async function listQueueIds({ limit = 200 }: { limit?: number } = {}): Promise<string[]> {
  const rows = await db.story.findMany({ where: queueWhere({}), orderBy: queueOrder, take: limit, select: { id: true } });
  return rows.map((row) => row.id);
}

// Comments are decided on /mod/kommentarer (lib/moderation/list-pending-comments.ts); the queue
// only counts them.
export type Queue = { stories: QueuedStory[]; commentCount: number };

// What waits for a moderator: stories that suggest acute danger first, then oldest first, so
// that nothing is left lying at the bottom.
// The id breaks ties so the order is the same on every load.
export async function listQueue({ limit = 200, filter = {} }: { limit?: number; filter?: QueueFilter } = {}): Promise<Queue> {
  const [stories, commentCount] = await Promise.all([
    db.story.findMany({
      where: queueWhere(filter),
      orderBy: queueOrder,
      take: limit,
      select: {
        id: true,
        urgent: true,
        safetyFlags: true,
        title: true,
        body: true,
        authorRole: true,
        municipalityCode: true,
        createdAt: true,
        autoReplacements: true,
        tags: { select: { tag: { select: { name: true } } } },
      },
    }),
    db.comment.count({ where: { status: "PENDING" } }),
  ]);
  return {
    stories: stories.map((story) => ({
      id: story.id,
      title: story.title,
      excerpt: makeExcerpt(story.body, QUEUE_EXCERPT_LENGTH),
      tags: story.tags.map(({ tag }) => tag.name).sort((a, b) => a.localeCompare(b, "sv")),
      municipalityName: story.municipalityCode
        ? (findMunicipalityByCode(story.municipalityCode)?.name ?? null)
        : null,
      authorRole: story.authorRole,
      createdAt: story.createdAt,
      urgent: story.urgent,
      safetyFlags: sortFlags(story.safetyFlags),
      privacy: privacyMarkersFor(story),
    })),
    commentCount,
  };
}
