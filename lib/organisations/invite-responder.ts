import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { routes } from "@/lib/routes";
import { invitationMail } from "./invitation-mail";
import { INVITATION_LIFETIME_MS, invitationTokenHash, newInvitationToken } from "./invitation-token";
import { emailInDomains } from "./schemas";

export type InviteResponderOptions = {
  actorId: string;
  organisationId: string;
  // Already in its canonical form (accountEmailSchema).
  email: string;
  // Scheme and host the link in the mail points to (lib/request/public-origin.ts).
  publicOrigin: string;
  now?: Date;
};

// Invites a member of an organisation's staff: the address must be at one of its domains,
// exactly. The invitation and its mail are written together; the token itself leaves only in
// the mail (the return value is for tests and callers that must not show it).
export async function inviteResponder({ actorId, organisationId, email, publicOrigin, now = new Date() }: InviteResponderOptions) {
  const token = newInvitationToken();
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true, name: true, emailDomains: true, active: true } });
    if (!organisation) throw new AppError("NOT_FOUND", "organisation not found");
    if (!organisation.active) throw new AppError("INVALID_STATE", { field: "email", key: "organisationInactive" });
    if (!emailInDomains(email, organisation.emailDomains)) throw new AppError("INVALID_INPUT", { field: "email", key: "emailOutsideDomains" });
    if (await tx.moderator.findUnique({ where: { email }, select: { id: true } })) throw new AppError("CONFLICT", { field: "email", key: "emailInUse" });
    const invitation = await tx.responderInvitation.create({
      data: { organisationId, email, tokenHash: invitationTokenHash(token), invitedById: actorId, expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS), createdAt: now },
      select: { id: true, expiresAt: true },
    });
    const link = new URL(routes.invitation(token), publicOrigin).toString();
    await enqueueMail(tx, { kind: "invitation", to: email, ...invitationMail({ organisationName: organisation.name, link }), organisationId });
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: "invitation.create",
      targetType: "invitation",
      targetId: invitation.id,
      after: { organisationId, email, expiresAt: invitation.expiresAt.toISOString() },
    });
    return { invitationId: invitation.id, token, expiresAt: invitation.expiresAt };
  });
}
