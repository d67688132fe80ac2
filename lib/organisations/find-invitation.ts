import { db, type Tx } from "@/lib/db";
import { invitationTokenHash } from "./invitation-token";

export type InvitationState =
  | { status: "open"; organisationName: string; email: string }
  | { status: "used" | "expired" | "unknown" | "inactive" };

// What the invitation page shows for a link: the organisation's name while the invitation can
// still be accepted, or why it cannot. A link whose token matches nothing is "unknown".
// `client`: a transaction to read in, when the caller has one open.
export async function findInvitation({ token, now = new Date() }: { token: string; now?: Date }, client: Tx = db): Promise<InvitationState> {
  const invitation = await client.responderInvitation.findUnique({
    where: { tokenHash: invitationTokenHash(token) },
    select: { email: true, usedAt: true, expiresAt: true, organisation: { select: { name: true, active: true } } },
  });
  if (!invitation) return { status: "unknown" };
  if (invitation.usedAt) return { status: "used" };
  if (invitation.expiresAt.getTime() <= now.getTime()) return { status: "expired" };
  if (!invitation.organisation.active) return { status: "inactive" };
  return { status: "open", organisationName: invitation.organisation.name, email: invitation.email };
}
