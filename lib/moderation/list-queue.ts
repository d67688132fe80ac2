import type { AuthorRole, DecisionKind, Prisma, SafetyFlag } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { sortFlags } from "@/lib/safety/safety-flags";
import { type PrivacyMarkers, privacyMarkersFor } from "@/lib/privacy/privacy-markers";
import { makeExcerpt } from "@/lib/text/make-excerpt";
import { awaitingDecisionWhere, awaitingReviewStatus, isAwaitingColleague } from "@/lib/stories/story-status";
import { compareSwedish } from "@/lib/text/swedish-collator";
import { isLiveClaim } from "./claims";

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
  // Waiting for a colleague: who prepared the decision, when, and which.
  prepared: { kind: DecisionKind; by: string | null; at: Date } | null;
  // Someone is working on it (a live claim).
  claim: { by: string; mine: boolean; until: Date } | null;
};

// What a moderator can narrow the queue to (/mod?visa=…&tagg=…&kommun=…). Every filter only
// narrows: an empty filter is the whole queue. "Claimed by me" needs to know who is asking and
// when (a claim runs out).
export type QueueFilter = {
  urgent?: boolean;
  awaitingColleague?: boolean;
  claimedBy?: { moderatorId: string; now: Date };
  staffThreat?: boolean;
  tagSlug?: string;
  municipalityCode?: string;
};

export function queueWhere(filter: QueueFilter): Prisma.StoryWhereInput {
  return {
    ...awaitingDecisionWhere,
    ...(filter.urgent ? { urgent: true } : {}),
    ...(filter.awaitingColleague ? { status: awaitingReviewStatus } : {}),
    ...(filter.claimedBy ? { claimedById: filter.claimedBy.moderatorId, claimedUntil: { gt: filter.claimedBy.now } } : {}),
    ...(filter.staffThreat ? { safetyFlags: { has: "STAFF_THREAT" } } : {}),
    ...(filter.tagSlug ? { tags: { some: { tag: { slug: filter.tagSlug } } } } : {}),
    ...(filter.municipalityCode ? { municipalityCode: filter.municipalityCode } : {}),
  };
}

// Urgent stories first, then decisions waiting for a colleague (AWAITING_REVIEW sorts after
// PENDING in the enum), then the oldest. The id breaks ties so the order is the same on every load.
const queueOrder: Prisma.StoryOrderByWithRelationInput[] = [{ urgent: "desc" }, { status: "desc" }, { createdAt: "asc" }, { id: "asc" }];

// The queue's story ids alone, in its order: the review page's j and k need only its place.
export async function listQueueIds({ limit = 200 }: { limit?: number } = {}): Promise<string[]> {
  const rows = await db.story.findMany({ where: queueWhere({}), orderBy: queueOrder, take: limit, select: { id: true } });
  return rows.map((row) => row.id);
}

// What waits for a moderator: stories that suggest acute danger first, then decisions a
// colleague has prepared, then oldest first, so that nothing is left lying at the bottom.
// `viewer` is the moderator looking, so their own claims read "you".
export async function listQueue({
  limit = 200,
  filter = {},
  viewer,
  now = new Date(),
}: { limit?: number; filter?: QueueFilter; viewer?: string; now?: Date } = {}): Promise<{ stories: QueuedStory[] }> {
  const stories = await db.story.findMany({
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
      status: true,
      claimedById: true,
      claimedUntil: true,
      claimedBy: { select: { name: true } },
      preparedDecision: { select: { kind: true, preparedAt: true, preparedBy: { select: { name: true } } } },
      tags: { select: { tag: { select: { name: true } } } },
    },
  });
  return {
    stories: stories.map((story) => ({
      id: story.id,
      title: story.title,
      excerpt: makeExcerpt(story.body, QUEUE_EXCERPT_LENGTH),
      tags: story.tags.map(({ tag }) => tag.name).sort(compareSwedish),
      municipalityName: story.municipalityCode
        ? (findMunicipalityByCode(story.municipalityCode)?.name ?? null)
        : null,
      authorRole: story.authorRole,
      createdAt: story.createdAt,
      urgent: story.urgent,
      safetyFlags: sortFlags(story.safetyFlags),
      privacy: privacyMarkersFor(story),
      prepared:
        isAwaitingColleague(story.status) && story.preparedDecision
          ? { kind: story.preparedDecision.kind, by: story.preparedDecision.preparedBy?.name ?? null, at: story.preparedDecision.preparedAt }
          : null,
      claim:
        isLiveClaim(story, now) && story.claimedBy
          ? { by: story.claimedBy.name, mine: story.claimedById === viewer, until: story.claimedUntil! }
          : null,
    })),
  };
}
