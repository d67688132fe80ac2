import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";

export type Handover = { body: string; moderatorName: string | null; updatedAt: Date };

// The note at the top of the queue, or null when nobody has written one (or it was cleared).
export async function getHandover(): Promise<Handover | null> {
  const row = await db.handoverNote.findUnique({ where: { id: 1 }, select: { body: true, updatedAt: true, moderator: { select: { name: true } } } });
  if (!row || row.body === "") return null;
  return { body: row.body, moderatorName: row.moderator?.name ?? null, updatedAt: row.updatedAt };
}

// One moderator leaves the next shift a note. The note is replaced, not appended to; the text it
// replaced goes to the audit log in the same transaction, so every earlier version can be read
// there. Saving the same text again changes nothing and logs nothing.
export async function saveHandover({ moderatorId, body, now = new Date() }: { moderatorId: string; body: string; now?: Date }): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const current = await tx.handoverNote.findUnique({ where: { id: 1 }, select: { body: true } });
    const before = current?.body ?? "";
    if (before === body) return { changed: false };
    await tx.handoverNote.upsert({
      where: { id: 1 },
      create: { id: 1, body, moderatorId, updatedAt: now },
      update: { body, moderatorId, updatedAt: now },
    });
    await writeAuditLog(tx, { moderatorId, action: "handover.update", targetType: "handover", targetId: "1", before: { body: before }, after: { body } });
    return { changed: true };
  });
}
