import { publicContentTransaction } from "@/lib/cache/public-change";
import type { Tx } from "@/lib/db";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { assertNoStaffThreat } from "@/lib/safety/assert-no-staff-threat";
import { type StoryEdit, loadStoryForDecision, normaliseTagIds, replaceStoryTags } from "./apply-story-edit";
import { changedFields } from "./changed-fields";
import { assertCurrentVersion, assertGuardedUpdate, assertStoryTransition, nextVersion, whereEditable } from "@/lib/stories/story-status";

export type PublishStoryOptions = StoryEdit & {
  storyId: string;
  moderatorId: string;
  reply: { body: string; templateId: string | null };
  now?: Date;
};

// Publishes a pending story together with the moderator's final edit and their reply, in one
// transaction with its audit row: readers never see the story without its reply, or the
// unedited text, and the log never misses a publication.
export async function publishStory(options: PublishStoryOptions): Promise<{ replyId: string }> {
  const now = options.now ?? new Date();
  const tagIds = normaliseTagIds(options.tagIds);
  return publicContentTransaction(async (tx) => {
    const current = await loadStoryForDecision(tx, options.storyId);
    assertStoryTransition(current.status, "PUBLISHED");
    assertCurrentVersion(current.version, options.version);
    await assertNoStaffThreat(tx, { storyId: options.storyId, title: options.title, body: options.body });

    // Two moderators may press publish at once: only the update that still finds PENDING wins.
    const updated = await tx.story.updateMany({
      where: whereEditable(options.storyId, current.version),
      data: { title: options.title, body: options.body, status: "PUBLISHED", publishedAt: now, decidedAt: now, ...nextVersion },
    });
    assertGuardedUpdate(updated, "story was decided meanwhile");
    await replaceStoryTags(tx, options.storyId, tagIds);

    const templateId = await existingTemplateId(tx, options.reply.templateId);
    const reply = await tx.reply.create({
      data: {
        storyId: options.storyId,
        body: options.reply.body,
        templateId,
        moderatorId: options.moderatorId,
        publishedAt: now,
      },
      select: { id: true },
    });

    const edit = changedFields(
      { title: current.title, body: current.body, tagIds: current.tagIds },
      { title: options.title, body: options.body, tagIds },
    );
    await writeAuditLog(tx, {
      moderatorId: options.moderatorId,
      action: "story.publish",
      targetType: "story",
      targetId: options.storyId,
      before: { status: current.status, ...edit?.before },
      after: {
        status: "PUBLISHED",
        ...edit?.after,
        reply: { id: reply.id, templateId, body: options.reply.body },
      },
    });
    return { replyId: reply.id };
  });
}

// A template deleted since the page loaded should not stop the publication: the reply text is
// what matters, and the link to its template is only bookkeeping.
async function existingTemplateId(tx: Tx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const template = await tx.replyTemplate.findUnique({ where: { id }, select: { id: true } });
  return template?.id ?? null;
}
