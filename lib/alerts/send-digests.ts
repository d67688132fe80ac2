import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { readerStoryWhere } from "@/lib/stories/visibility";
import { digestMailText } from "./alert-mail-text";
import { alertableResponderWhere } from "./alert-selection";

// The daily digest: per responder, one mail listing the stories queued for them that are still
// published, oldest first; the rows go either way. A story withdrawn since it was queued is left
// out, and a responder left with nothing gets no mail. Each responder's digest is its own
// transaction, so the rows are deleted exactly when their mail is queued.
export async function sendDigests({ now = new Date() }: { now?: Date } = {}): Promise<{ digests: number }> {
  const waiting = await db.pendingAlert.findMany({ where: { createdAt: { lte: now } }, distinct: ["responderId"], select: { responderId: true } });
  let digests = 0;
  for (const { responderId } of waiting) {
    const queued = await db.$transaction(async (tx) => {
      const rows = await tx.pendingAlert.findMany({
        where: { responderId, createdAt: { lte: now } },
        orderBy: { createdAt: "asc" },
        select: { storyId: true, story: { select: { id: true, title: true, status: true } } },
      });
      await tx.pendingAlert.deleteMany({ where: { responderId, storyId: { in: rows.map((row) => row.storyId) } } });
      const stories = rows.map((row) => row.story).filter((story) => story.status === readerStoryWhere.status);
      // Alerts switched off, the account or the organisation deactivated since: nothing goes out.
      const responder = await tx.moderator.findFirst({
        where: { id: responderId, ...alertableResponderWhere, alertMode: "DIGEST" },
        select: { email: true, organisation: { select: { id: true, name: true } } },
      });
      if (stories.length === 0 || !responder?.organisation) return false;
      const { subject, text } = digestMailText({ stories, organisationName: responder.organisation.name });
      await enqueueMail(tx, { kind: "digest", to: responder.email, subject, text, storyIds: stories.map((story) => story.id), organisationId: responder.organisation.id });
      return true;
    });
    if (queued) digests += 1;
  }
  return { digests };
}
