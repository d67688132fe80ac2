import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { readerStoryWhere } from "@/lib/stories/visibility";
import type { MailTransport } from "./mail-transport";
import { mailErrorCode } from "./mail-error-code";
import { dueMailWhere, nextAttemptAfter } from "./mail-retry";

export type SendDueMailResult = { sent: number; failed: number; dropped: number; errorCodes: string[] };

// A claimed message is leased for this long: another instance (or this one, next tick) leaves it
// alone meanwhile, and picks it up again if this one stopped before recording the outcome.
const LEASE_MS = 10 * 60_000;
const BATCH = 20;

// A message that is done with (sent, dropped or given up) keeps no address and no text: the title
// of a story its author later erases must not live on in the outbox.
const forgotten = { to: null, subject: "", text: "" };

// Sends the outbox's due messages. Claiming is one short transaction with FOR UPDATE SKIP
// LOCKED, so several app instances never take the same message; sending happens outside it, so
// a slow or dead mail server holds no lock and no connection (on the embedded database a
// transaction left open would stop every other query). A message about a story that is no
// longer published is dropped unsent, address and all.
export async function sendDueMail({ transport, now = new Date() }: { transport: MailTransport; now?: Date }): Promise<SendDueMailResult> {
  const result: SendDueMailResult = { sent: 0, failed: 0, dropped: 0, errorCodes: [] };
  const claimed = await claimDueMail(now);
  for (const mail of claimed) {
    if (!mail.to || !(await storiesStillPublished(mail.storyIds))) {
      await db.outboxMail.updateMany({ where: { id: mail.id, sentAt: null }, data: { droppedAt: now, ...forgotten } });
      result.dropped += 1;
      continue;
    }
    try {
      await transport.send({ id: mail.id, to: mail.to, subject: mail.subject, text: mail.text });
      await db.outboxMail.update({ where: { id: mail.id }, data: { sentAt: now, lastError: null, ...forgotten } });
      result.sent += 1;
    } catch (error) {
      const code = mailErrorCode(error);
      const attempts = mail.attempts + 1;
      const next = nextAttemptAfter(attempts, now);
      await db.outboxMail.update({
        where: { id: mail.id },
        data: next ? { attempts, lastError: code, nextAttemptAt: next } : { attempts, lastError: code, droppedAt: now, ...forgotten },
      });
      result.failed += 1;
      result.errorCodes.push(code);
    }
  }
  return result;
}

async function claimDueMail(now: Date) {
  return db.$transaction(async (tx) => {
    const candidates = await tx.outboxMail.findMany({ where: dueMailWhere(now), orderBy: { nextAttemptAt: "asc" }, take: BATCH, select: { id: true } });
    if (candidates.length === 0) return [];
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "OutboxMail" WHERE id IN (${Prisma.join(candidates.map((row) => row.id))}) FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return [];
    // Read again under the lock: another instance may have claimed or sent one since the first read.
    const mails = await tx.outboxMail.findMany({
      where: { id: { in: locked.map((row) => row.id) }, ...dueMailWhere(now) },
      select: { id: true, to: true, subject: true, text: true, storyIds: true, attempts: true },
    });
    await tx.outboxMail.updateMany({ where: { id: { in: mails.map((mail) => mail.id) } }, data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) } });
    return mails;
  });
}

async function storiesStillPublished(storyIds: string[]): Promise<boolean> {
  const wanted = [...new Set(storyIds)];
  if (wanted.length === 0) return true;
  const published = await db.story.count({ where: { id: { in: wanted }, ...readerStoryWhere } });
  return published === wanted.length;
}
