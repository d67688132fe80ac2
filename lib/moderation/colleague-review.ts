import type { DecisionKind } from "@/generated/prisma/client";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { type Tx, db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { assertNoStaffThreat } from "@/lib/safety/assert-no-staff-threat";
import {
  assertCurrentVersion,
  assertGuardedUpdate,
  assertStoryTransition,
  awaitingReviewStatus,
  isAwaitingColleague,
  nextVersion,
  whereAwaitingColleague,
  whereEditable,
} from "@/lib/stories/story-status";
import { type StoryEdit, loadPendingForModerator, loadStoryForDecision, normaliseTagIds, replaceStoryTags } from "./apply-story-edit";
import { changedFields } from "@/lib/audit/changed-fields";
import { releasedClaim } from "./claims";
import { applyPublication, existingTemplateId } from "./publish-story";
import { applyRejection } from "./reject-story";

// Colleague review (four-eyes): with "Svar granskas av en kollega innan de publiceras"
// in force (lib/settings/colleague-review.ts), a moderator prepares a decision (the edited story
// and a reply, or a rejection and its reason) and a colleague approves it, which publishes or
// rejects, or sends it back with a comment. The rule that the preparer never approves their own
// decision is here, in the transaction, so it holds however the action is called and whatever
// the caller's role. Every step writes its audit row in the same transaction.

export type PreparedDecisionInput =
  | { kind: "PUBLISH"; edit: Omit<StoryEdit, "version">; reply: { body: string; templateId: string | null } }
  | { kind: "REJECT"; reason: string };

// `version`: as for a save (lib/stories/story-status.ts).
export type PrepareDecisionOptions = { storyId: string; moderatorId: string; version?: number; decision: PreparedDecisionInput; now?: Date };

// PENDING → AWAITING_REVIEW, with the moderator's final edit of the text (a rejection keeps the
// text as it is, as a single-step rejection does).
export async function prepareStoryDecision(options: PrepareDecisionOptions): Promise<{ version: number }> {
  const now = options.now ?? new Date();
  const { decision } = options;
  if (decision.kind === "REJECT" && !decision.reason.trim()) throw new AppError("INVALID_INPUT", "a rejection needs a reason");
  // Awaiting review is not public: nothing a reader sees changes until a colleague approves.
  return db.$transaction(async (tx) => {
    const current = await loadPendingForModerator(tx, { ...options, now });
    assertStoryTransition(current.status, awaitingReviewStatus);

    const edit =
      decision.kind === "PUBLISH"
        ? { title: decision.edit.title, body: decision.edit.body, tagIds: normaliseTagIds(decision.edit.tagIds) }
        : { title: current.title, body: current.body, tagIds: current.tagIds };
    // A text that still threatens staff would be refused at approval; say so to the preparer now.
    if (decision.kind === "PUBLISH") await assertNoStaffThreat(tx, { storyId: options.storyId, title: edit.title, body: edit.body });
    const updated = await tx.story.updateMany({
      where: whereEditable(options.storyId, current.version),
      data: { title: edit.title, body: edit.body, status: awaitingReviewStatus, ...releasedClaim, ...nextVersion },
    });
    assertGuardedUpdate(updated, "story changed meanwhile");
    if (decision.kind === "PUBLISH") await replaceStoryTags(tx, options.storyId, edit.tagIds);

    const prepared = {
      kind: decision.kind,
      replyBody: decision.kind === "PUBLISH" ? decision.reply.body : null,
      templateId: decision.kind === "PUBLISH" ? await existingTemplateId(tx, decision.reply.templateId) : null,
      reason: decision.kind === "REJECT" ? decision.reason.trim() : null,
      preparedById: options.moderatorId,
      preparedAt: now,
      returnedById: null,
      returnedAt: null,
      returnComment: null,
    };
    await tx.preparedDecision.upsert({ where: { storyId: options.storyId }, create: { storyId: options.storyId, ...prepared }, update: prepared });

    const changes = changedFields({ title: current.title, body: current.body, tagIds: current.tagIds }, edit);
    await writeAuditLog(tx, {
      moderatorId: options.moderatorId,
      action: "story.prepare",
      targetType: "story",
      targetId: options.storyId,
      reason: prepared.reason,
      before: { status: current.status, ...changes?.before },
      after: { status: awaitingReviewStatus, ...changes?.after, decision: decision.kind, ...(prepared.replyBody ? { reply: { body: prepared.replyBody } } : {}) },
    });
    return { version: current.version + 1 };
  });
}

export type ReviewStepOptions = { storyId: string; moderatorId: string; version?: number; now?: Date };

async function loadPrepared(tx: Tx, options: ReviewStepOptions) {
  const current = await loadStoryForDecision(tx, options.storyId);
  if (!isAwaitingColleague(current.status)) throw new AppError("INVALID_STATE", `story in ${current.status} is not waiting for a colleague`);
  assertCurrentVersion(current.version, options.version);
  const prepared = await tx.preparedDecision.findUnique({ where: { storyId: options.storyId } });
  if (!prepared) throw new AppError("INVALID_STATE", "no prepared decision");
  return { current, prepared };
}

// AWAITING_REVIEW → PUBLISHED or REJECTED, by anyone but the preparer. The text published is the
// one the colleague read: the guard is the version the approver's page showed.
export async function approveStoryDecision(options: ReviewStepOptions): Promise<{ kind: DecisionKind }> {
  const now = options.now ?? new Date();
  return publicContentTransaction(async (tx) => {
    // The setting may have been switched off while the decision waited; a prepared decision is
    // still approved by a colleague, never by its preparer.
    const { current, prepared } = await loadPrepared(tx, options);
    if (prepared.preparedById === options.moderatorId) throw new AppError("OWN_DECISION", "the preparer cannot approve their own decision");
    const guard = whereAwaitingColleague(options.storyId, current.version);
    const extra = { preparedById: prepared.preparedById, preparedAt: prepared.preparedAt.toISOString() };
    if (prepared.kind === "PUBLISH") {
      await applyPublication(tx, {
        current,
        guard,
        storyId: options.storyId,
        moderatorId: options.moderatorId,
        edit: { title: current.title, body: current.body, tagIds: current.tagIds },
        reply: { body: prepared.replyBody ?? "", templateId: prepared.templateId },
        now,
        audit: { action: "story.approve", extra },
      });
    } else {
      // A rejection shows nothing to readers.
      markTouched(tx, []);
      await applyRejection(tx, {
        current,
        guard,
        storyId: options.storyId,
        moderatorId: options.moderatorId,
        reason: prepared.reason ?? "",
        now,
        audit: { action: "story.approve", extra },
      });
    }
    await tx.preparedDecision.delete({ where: { storyId: options.storyId } });
    return { kind: prepared.kind };
  });
}

// AWAITING_REVIEW → PENDING with a comment for the preparer. The prepared reply stays, so the
// preparer opens the story and finds their text and the comment. The preparer may also take
// their own decision back this way, to change something.
export async function returnStoryDecision(options: ReviewStepOptions & { comment: string }): Promise<void> {
  const now = options.now ?? new Date();
  const comment = options.comment.trim();
  if (!comment) throw new AppError("INVALID_INPUT", "a send-back needs a comment");
  await db.$transaction(async (tx) => {
    const { current } = await loadPrepared(tx, options);
    assertStoryTransition(current.status, "PENDING");
    const updated = await tx.story.updateMany({
      where: whereAwaitingColleague(options.storyId, current.version),
      data: { status: "PENDING", ...nextVersion },
    });
    assertGuardedUpdate(updated, "story changed meanwhile");
    await tx.preparedDecision.update({
      where: { storyId: options.storyId },
      data: { returnedById: options.moderatorId, returnedAt: now, returnComment: comment },
    });
    await writeAuditLog(tx, {
      moderatorId: options.moderatorId,
      action: "story.return",
      targetType: "story",
      targetId: options.storyId,
      reason: comment,
      before: { status: current.status },
      after: { status: "PENDING" },
    });
  });
}

// What the review page shows: the prepared decision with who prepared it and when, and after a
// send-back, who sent it back and why.
export function getPreparedDecision(storyId: string) {
  return db.preparedDecision.findUnique({
    where: { storyId },
    select: {
      kind: true,
      replyBody: true,
      templateId: true,
      reason: true,
      preparedById: true,
      preparedAt: true,
      preparedBy: { select: { name: true } },
      returnedAt: true,
      returnComment: true,
      returnedBy: { select: { name: true } },
    },
  });
}

export type PreparedDecisionView = NonNullable<Awaited<ReturnType<typeof getPreparedDecision>>>;
