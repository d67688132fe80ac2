import { Prisma } from "@/generated/prisma/client";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { contentKeys } from "@/lib/cache/content-keys";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import type { CreateFactValues } from "./schemas";

// A new fact counts as verified on the day it is written down, by the admin who adds it.
export async function createFact(options: CreateFactValues & { moderatorId: string; now?: Date }): Promise<{ id: string }> {
  const { moderatorId, now = new Date(), ...fields } = options;
  try {
    // A fact the guide names but no row had yet appears on the guide with it.
    return await publicContentTransaction(async (tx) => {
      if (await tx.fact.findUnique({ where: { key: fields.key }, select: { id: true } })) throw new AppError("CONFLICT", "fact key taken");
      const fact = await tx.fact.create({ data: { ...fields, verifiedAt: now }, select: { id: true } });
      markTouched(tx, [contentKeys.facts()]);
      await writeAuditLog(tx, { moderatorId, action: "fact.create", targetType: "fact", targetId: fact.id, after: { ...fields } });
      return fact;
    });
  } catch (error) {
    // Two admins adding the same key at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "fact key taken");
    throw error;
  }
}
