import { db } from "@/lib/db";
import { readFastTrackEligibility } from "./fast-track-eligibility";

export type InvitationStatus = "pending" | "used" | "expired";

// One organisation for its admin page: what it is, its responders, its invitations (newest
// first) and whether it has earned the fast track. Never a token or its hash.
export async function getOrganisation({ organisationId, now = new Date() }: { organisationId: string; now?: Date }) {
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      municipalityCodes: true,
      emailDomains: true,
      contactEmail: true,
      active: true,
      fastTrack: true,
      createdAt: true,
      responders: {
        where: { role: "RESPONDER" },
        orderBy: { name: "asc" },
        select: { id: true, name: true, email: true, active: true, totpEnabledAt: true },
      },
      invitations: {
        orderBy: { createdAt: "desc" },
        take: 50,
        select: { id: true, email: true, createdAt: true, expiresAt: true, usedAt: true },
      },
    },
  });
  if (!organisation) return null;
  const eligibility = await readFastTrackEligibility(db, { organisationId });
  return {
    ...organisation,
    responders: organisation.responders.map(({ totpEnabledAt, ...responder }) => ({ ...responder, twoFactor: totpEnabledAt !== null })),
    invitations: organisation.invitations.map((invitation) => ({
      ...invitation,
      status: (invitation.usedAt ? "used" : invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending") as InvitationStatus,
    })),
    eligibility,
  };
}
