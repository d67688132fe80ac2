import type { Prisma } from "@/generated/prisma/client";
import { type PublicTx, markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { loadStoryKeys } from "@/lib/cache/content-keys";
import type { Tx } from "@/lib/db";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { AppError } from "@/lib/errors/app-error";
import { composeReply } from "@/lib/replies/compose-reply";
import { assertNoStaffThreat } from "@/lib/safety/assert-no-staff-threat";
import { queueStoryAlerts } from "@/lib/alerts/queue-story-alerts";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { type StoryEdit, type StoryForDecision, loadPendingForModerator, normaliseTagIds, replaceStoryTags } from "./apply-story-edit";
import { changedFields } from "@/lib/audit/changed-fields";
import { releasedClaim } from "./claims";
import { recordDecision } from "./record-decision";
import { assertGuardedUpdate, assertStoryTransition, nextVersion, whereEditable } from "@/lib/stories/story-status";

export type PublishStoryOptions = StoryEdit & {
  storyId: string;
  moderatorId: string;
  reply: { body: string; templateId: string | null };
  now?: Date;
};

// Publishes a pending story together with the moderator's final edit and their reply, in one
// transaction with its audit row: readers never see the story without its reply, or the
// unedited text, and the log never misses a publication. With colleague review in force this is
// refused: the moderator prepares the decision instead (lib/moderation/colleague-review.ts).
export async function publishStory(options: PublishStoryOptions): Promise<{ replyId: string }> {
  const now = options.now ?? new Date();
  return publicContentTransaction(async (tx) => {
    await assertSingleStep(tx);
    const current = await loadPendingForModerator(tx, { ...options, now });
    return applyPublication(tx, {
      current,
      guard: whereEditable(options.storyId, current.version),
      storyId: options.storyId,
      moderatorId: options.moderatorId,
      edit: { title: options.title, body: options.body, tagIds: normaliseTagIds(options.tagIds) },
      reply: options.reply,
      now,
      audit: { action: "story.publish" },
    });
  });
}

// A moderator decides alone only while colleague review is not in force.
export async function assertSingleStep(tx: Tx): Promise<void> {
  if ((await getColleagueReview(tx)).inForce) throw new AppError("REVIEW_REQUIRED", "colleague review is in force");
}

export type Publication = {
  current: StoryForDecision;
  // The update's where clause: the state and version the story must still be in.
  guard: Prisma.StoryWhereInput;
  storyId: string;
  moderatorId: string;
  edit: { title: string; body: string; tagIds: string[] };
  // The middle of the reply; the house style's opening and closing are added here.
  reply: { body: string; templateId: string | null };
  now: Date;
  audit: { action: "story.publish" | "story.approve"; extra?: Record<string, Prisma.InputJsonValue | null> };
};

// The publication itself, shared by a single moderator's publication and a colleague's approval.
export async function applyPublication(tx: PublicTx, publication: Publication): Promise<{ replyId: string }> {
  const { current, storyId, edit, now } = publication;
  assertStoryTransition(current.status, "PUBLISHED");
  await assertNoStaffThreat(tx, { storyId, title: edit.title, body: edit.body });

  // Two moderators may press publish at once: only the update that still finds the story as
  // it was read wins.
  const updated = await tx.story.updateMany({
    where: publication.guard,
    data: { title: edit.title, body: edit.body, status: "PUBLISHED", publishedAt: now, decidedAt: now, ...releasedClaim, ...nextVersion },
  });
  assertGuardedUpdate(updated, "story was decided meanwhile");
  await replaceStoryTags(tx, storyId, edit.tagIds);
  // The story's page and the lists of its final themes and municipality.
  markTouched(tx, await loadStoryKeys(tx, storyId));

  const templateId = await existingTemplateId(tx, publication.reply.templateId);
  const body = composeReply(await getSiteSettings(tx), publication.reply.body);
  const reply = await tx.reply.create({
    data: { storyId, body, templateId, moderatorId: publication.moderatorId, publishedAt: now },
    select: { id: true },
  });
  await recordDecision(tx, { kind: "PUBLISH", submittedAt: current.createdAt, decidedAt: now });
  // Only queued here, with the publication: sending happens later and cannot undo it.
  await queueStoryAlerts(tx, { storyId });

  const changes = changedFields({ title: current.title, body: current.body, tagIds: current.tagIds }, edit);
  await writeAuditLog(tx, {
    moderatorId: publication.moderatorId,
    action: publication.audit.action,
    targetType: "story",
    targetId: storyId,
    before: { status: current.status, ...changes?.before },
    after: { status: "PUBLISHED", ...changes?.after, reply: { id: reply.id, templateId, body }, ...publication.audit.extra },
  });
  return { replyId: reply.id };
}

// A template deleted since the page loaded should not stop the publication: the reply text is
// what matters, and the link to its template is only bookkeeping.
export async function existingTemplateId(tx: Tx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const template = await tx.replyTemplate.findUnique({ where: { id }, select: { id: true } });
  return template?.id ?? null;
}
