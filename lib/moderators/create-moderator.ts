import { Prisma, type Role } from "@/generated/prisma/client";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { moderatorPublicSelect, moderatorSnapshot } from "./moderator-snapshot";

export type CreateModeratorOptions = {
  actorId: string;
  name: string;
  email: string;
  role: Role;
  password: string;
};

// Takes input already parsed by createModeratorSchema. The account and its audit row are
// written together or not at all.
export async function createModerator({ actorId, name, email, role, password }: CreateModeratorOptions) {
  // Hashing takes a noticeable moment, so it happens before the transaction opens.
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.moderator.findUnique({ where: { email }, select: { id: true } })) {
        throw new AppError("CONFLICT", "e-mail already in use");
      }
      const moderator = await tx.moderator.create({
        data: { name, email, role, passwordHash },
        select: moderatorPublicSelect,
      });
      await writeAuditLog(tx, {
        moderatorId: actorId,
        action: "moderator.create",
        targetType: "moderator",
        targetId: moderator.id,
        after: moderatorSnapshot(moderator),
      });
      return moderator;
    });
  } catch (error) {
    // Two admins creating the same address at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "e-mail already in use");
    }
    throw error;
  }
}
