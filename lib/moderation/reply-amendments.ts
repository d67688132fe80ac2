import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { type Tx, db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { applyReplyAmendment } from "@/lib/replies/amend-reply";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { assertGuardedUpdate } from "@/lib/stories/story-status";
import { readerReplyWhere, readerStoryWhere } from "@/lib/stories/visibility";

// Amending a published reply changes what the service says in public, so while colleague review
// is in force (lib/settings/colleague-review.ts) it is a decision like publishing: one moderator
// prepares the new text, and a colleague who is not the preparer, whatever their role, approves
// it or sends it back with a comment. Until then readers read the approved text (Reply.body);
// the amendment waits in its own table. Every step writes its audit row in its transaction.
// Claims do not apply: they hold pending stories only, and a reply is amended on a published one.

export type AmendmentOutcome = "amended" | "prepared" | "unchanged";
type AmendOptions = { replyId: string; moderatorId: string; body: string; now?: Date };

// The one entry for a moderator's correction (the fact pages' form): in one step while review is
// not in force, as today; prepared for a colleague while it is. Decided in the transaction, so a
// setting switched on meanwhile is obeyed.
export async function submitReplyAmendment(options: AmendOptions): Promise<{ outcome: AmendmentOutcome }> {
  const now = options.now ?? new Date();
  return publicContentTransaction(async (tx) => {
    if ((await getColleagueReview(tx)).inForce) {
      // A prepared amendment waits in its own table; readers still read the approved text.
      markTouched(tx, []);
      return prepareIn(tx, { ...options, now });
    }
    const { changed } = await applyReplyAmendment(tx, { ...options, now, audit: { action: "reply.amend" } });
    return { outcome: changed ? "amended" : "unchanged" };
  });
}

// Prepares an amendment whatever the setting, e.g. for a caller that wants a colleague's eyes.
export async function prepareReplyAmendment(options: AmendOptions): Promise<{ outcome: AmendmentOutcome }> {
  const now = options.now ?? new Date();
  return db.$transaction((tx) => prepareIn(tx, { ...options, now }));
}

async function prepareIn(tx: Tx, { replyId, moderatorId, body, now }: Required<AmendOptions>): Promise<{ outcome: AmendmentOutcome }> {
  const reply = await tx.reply.findUnique({ where: { id: replyId }, select: { body: true, storyId: true, amendment: { select: { version: true, returnedAt: true } } } });
  if (!reply) throw new AppError("NOT_FOUND", "reply not found");
  const visible = await tx.reply.count({ where: { id: replyId, ...readerReplyWhere, story: readerStoryWhere } });
  if (visible !== 1) throw new AppError("INVALID_STATE", "only a published reply on a published story can be amended");
  // One amendment at a time: a second would hide the first from the colleague reading it.
  if (reply.amendment && reply.amendment.returnedAt === null) throw new AppError("INVALID_STATE", "an amendment already waits for a colleague");
  if (reply.body === body) return { outcome: "unchanged" };

  const prepared = { body, baseBody: reply.body, preparedById: moderatorId, preparedAt: now, returnedById: null, returnedAt: null, returnComment: null };
  const written = reply.amendment
    ? await tx.replyAmendment.updateMany({
        where: { replyId, version: reply.amendment.version, returnedAt: { not: null } },
        data: { ...prepared, version: reply.amendment.version + 1 },
      })
    : await tx.replyAmendment.createMany({ data: [{ replyId, ...prepared }], skipDuplicates: true });
  assertGuardedUpdate(written, "a colleague prepared an amendment meanwhile");
  await writeAuditLog(tx, {
    moderatorId,
    action: "reply.amend_prepare",
    targetType: "story",
    targetId: reply.storyId,
    before: { replyId, body: reply.body },
    after: { replyId, body },
  });
  return { outcome: "prepared" };
}

export type AmendmentStepOptions = { replyId: string; moderatorId: string; version: number; now?: Date };

async function loadWaiting(tx: Tx, { replyId, version }: AmendmentStepOptions) {
  const amendment = await tx.replyAmendment.findUnique({ where: { replyId }, include: { reply: { select: { storyId: true } } } });
  if (!amendment || amendment.returnedAt !== null) throw new AppError("INVALID_STATE", "no amendment waits for a colleague");
  if (amendment.version !== version) throw new AppError("STALE_AMENDMENT", "the amendment changed since the page was loaded");
  return amendment;
}

// The colleague's approval makes the prepared text public. Refused to the preparer (an admin
// too), and refused when the reply no longer reads as it did at preparation: the colleague read
// a change of that text, not of another.
export async function approveReplyAmendment(options: AmendmentStepOptions): Promise<{ changed: boolean }> {
  const now = options.now ?? new Date();
  return publicContentTransaction(async (tx) => {
    const amendment = await loadWaiting(tx, options);
    if (amendment.preparedById === options.moderatorId) throw new AppError("OWN_DECISION", "the preparer cannot approve their own amendment");
    const removed = await tx.replyAmendment.deleteMany({ where: { replyId: options.replyId, version: amendment.version, returnedAt: null } });
    assertGuardedUpdate(removed, "the amendment changed meanwhile");
    return applyReplyAmendment(tx, {
      replyId: options.replyId,
      moderatorId: options.moderatorId,
      body: amendment.body,
      expectedBody: amendment.baseBody,
      now,
      audit: { action: "reply.amend_approve", extra: { preparedById: amendment.preparedById, preparedAt: amendment.preparedAt.toISOString() } },
    });
  });
}

// Sent back with a comment: the amendment stays, with the comment, for the preparer to change and
// prepare again. The preparer may take their own amendment back this way.
export async function returnReplyAmendment(options: AmendmentStepOptions & { comment: string }): Promise<void> {
  const now = options.now ?? new Date();
  const comment = options.comment.trim();
  if (!comment) throw new AppError("INVALID_INPUT", "a send-back needs a comment");
  await db.$transaction(async (tx) => {
    const amendment = await loadWaiting(tx, options);
    const updated = await tx.replyAmendment.updateMany({
      where: { replyId: options.replyId, version: amendment.version, returnedAt: null },
      data: { returnedById: options.moderatorId, returnedAt: now, returnComment: comment, version: amendment.version + 1 },
    });
    assertGuardedUpdate(updated, "the amendment changed meanwhile");
    await writeAuditLog(tx, {
      moderatorId: options.moderatorId,
      action: "reply.amend_return",
      targetType: "story",
      targetId: amendment.reply.storyId,
      reason: comment,
      before: { replyId: options.replyId, preparedById: amendment.preparedById },
      after: { replyId: options.replyId, returned: true },
    });
  });
}

// What the amendment page shows: the reply as readers read it, the prepared text, who prepared
// it and when, and after a send-back who sent it back and why.
export function getReplyAmendment(replyId: string) {
  return db.replyAmendment.findUnique({
    where: { replyId },
    select: {
      replyId: true,
      body: true,
      baseBody: true,
      version: true,
      preparedById: true,
      preparedAt: true,
      preparedBy: { select: { name: true } },
      returnedAt: true,
      returnComment: true,
      returnedBy: { select: { name: true } },
      reply: { select: { body: true, story: { select: { id: true, title: true } } } },
    },
  });
}

export type ReplyAmendmentView = NonNullable<Awaited<ReturnType<typeof getReplyAmendment>>>;

export type PendingAmendment = { replyId: string; storyTitle: string; preparedBy: string | null; preparedAt: Date };

// For the queue: amendments waiting for a colleague (not sent back), oldest first.
export async function listPendingReplyAmendments(): Promise<PendingAmendment[]> {
  const rows = await db.replyAmendment.findMany({
    where: { returnedAt: null },
    orderBy: [{ preparedAt: "asc" }, { replyId: "asc" }],
    select: { replyId: true, preparedAt: true, preparedBy: { select: { name: true } }, reply: { select: { story: { select: { title: true } } } } },
  });
  return rows.map((row) => ({ replyId: row.replyId, storyTitle: row.reply.story.title, preparedBy: row.preparedBy?.name ?? null, preparedAt: row.preparedAt }));
}
