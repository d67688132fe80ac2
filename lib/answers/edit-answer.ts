import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { answerableStoryWhere, loadAnsweringOrganisation } from "./answering-organisation";
import { applyAnswerPublication } from "./publish-answer";

export type EditAnswerOptions = {
  organisationId: string;
  responderId: string;
  answerId: string;
  // The version the responder's form was loaded with.
  version: number;
  body: string;
  now?: Date;
};

// What an organisation may do with its own answer's text: change it while it waits for the
// moderators (PENDING), or, after a moderator sent it back with a comment (RETURNED), change it
// and send it again. Either way it waits again as a new version; on the fast track it is public
// at once. A decision being prepared (AWAITING_REVIEW), a published, rejected or taken-down
// answer is not changed here: its marks carry what happened since.
const editable = ["PENDING", "RETURNED"] as const;

export async function editAnswer(options: EditAnswerOptions): Promise<{ status: "PENDING" | "PUBLISHED"; version: number }> {
  const now = options.now ?? new Date();
  return publicContentTransaction(async (tx) => {
    const organisation = await loadAnsweringOrganisation(tx, options.organisationId);
    const answer = await tx.answer.findFirst({
      where: { id: options.answerId, organisationId: organisation.id, story: answerableStoryWhere(organisation) },
      select: { id: true, status: true, version: true, storyId: true },
    });
    if (!answer) throw new AppError("NOT_FOUND", "answer not found for this organisation");
    if (!(editable as readonly string[]).includes(answer.status)) throw new AppError("INVALID_STATE", `answer in ${answer.status} cannot be edited`);
    if (answer.version !== options.version) throw new AppError("STALE_VERSION", "answer changed since the form was loaded");

    const updated = await tx.answer.updateMany({
      where: { id: answer.id, status: answer.status, version: options.version },
      data: { body: options.body, status: "PENDING", version: { increment: 1 }, submittedAt: now, writtenById: options.responderId, preparedById: null, preparedAt: null },
    });
    if (updated.count !== 1) throw new AppError("STALE_VERSION", "answer changed meanwhile");
    const version = options.version + 1;

    const status = organisation.fastTrack ? "PUBLISHED" : "PENDING";
    if (organisation.fastTrack) await applyAnswerPublication(tx, { answerId: answer.id, now, moderatorId: null, version });
    else markTouched(tx, []);

    await writeAuditLog(tx, {
      moderatorId: options.responderId,
      action: answer.status === "RETURNED" ? "answer.resubmit" : "answer.edit",
      targetType: "answer",
      targetId: answer.id,
      before: { status: answer.status, version: answer.version },
      after: { status, version, storyId: answer.storyId, fastTrack: organisation.fastTrack },
    });
    return { status, version };
  });
}
