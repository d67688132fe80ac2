import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

// "Kontrollerad i dag": the admin has checked the value against its source and it still holds.
export async function verifyFact({ factId, moderatorId, now = new Date() }: { factId: string; moderatorId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const current = await tx.fact.findUnique({ where: { id: factId }, select: { verifiedAt: true } });
    if (!current) throw new AppError("NOT_FOUND", "fact not found");
    await tx.fact.update({ where: { id: factId }, data: { verifiedAt: now } });
    await writeAuditLog(tx, {
      moderatorId,
      action: "fact.verify",
      targetType: "fact",
      targetId: factId,
      before: { verifiedAt: current.verifiedAt.toISOString() },
      after: { verifiedAt: now.toISOString() },
    });
    return { verifiedAt: now };
  });
}
