import { Prisma } from "@/generated/prisma/client";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { hashPassword } from "@/lib/auth/password";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { findInvitation } from "./find-invitation";
import { invitationTokenHash } from "./invitation-token";
import type { AcceptInvitationValues } from "./schemas";

export type AcceptInvitationOptions = AcceptInvitationValues & { token: string; now?: Date };

// Why an invitation could not be used, as a key under Organisations.invitation.refused.
async function refusal(tx: Tx, token: string, now: Date): Promise<AppError> {
  const state = await findInvitation({ token, now }, tx);
  const key = state.status === "open" ? "unknown" : state.status;
  return new AppError(state.status === "unknown" ? "NOT_FOUND" : "INVALID_STATE", { field: "token", key, message: `invitation ${key}` });
}

// Turns an invitation into a responder account. Single use, decided by the database: the one
// UPDATE that marks it used also checks it is unused and unexpired, so two requests with the
// same link cannot both create an account. An address already used by any account is refused
// (the account would be someone else's); the whole change is undone then, so the link still works
// once an admin has sorted it out.
export async function acceptInvitation({ token, name, password, now = new Date() }: AcceptInvitationOptions): Promise<{ moderatorId: string; email: string }> {
  // Hashing takes a noticeable moment, so it happens before the transaction opens.
  const passwordHash = await hashPassword(password);
  const tokenHash = invitationTokenHash(token);
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.responderInvitation.updateMany({
        where: { tokenHash, usedAt: null, expiresAt: { gt: now }, organisation: { active: true } },
        data: { usedAt: now },
      });
      if (count !== 1) throw await refusal(tx, token, now);
      const invitation = await tx.responderInvitation.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, email: true, organisationId: true } });
      if (await tx.moderator.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
        throw new AppError("CONFLICT", { field: "token", key: "emailInUse", message: "e-mail already in use" });
      }
      const responder = await tx.moderator.create({
        data: { email: invitation.email, name, passwordHash, role: "RESPONDER", organisationId: invitation.organisationId },
        select: { id: true, email: true },
      });
      await writeAuditLog(tx, {
        moderatorId: responder.id,
        action: "invitation.accept",
        targetType: "invitation",
        targetId: invitation.id,
        after: { organisationId: invitation.organisationId, responderId: responder.id },
      });
      return { moderatorId: responder.id, email: responder.email };
    });
  } catch (error) {
    // The same address made into an account at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", { field: "token", key: "emailInUse", message: "e-mail already in use" });
    }
    throw error;
  }
}
