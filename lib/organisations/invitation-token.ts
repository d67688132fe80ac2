import { newSessionToken, sessionRowId } from "@/lib/auth/session-token";

// An invitation link's secret is drawn and hashed like a session token: 256 random bits, and only
// the SHA-256 is stored, so someone who can read the table cannot use a pending invitation.
export const newInvitationToken = newSessionToken;
export const invitationTokenHash = sessionRowId;

export const INVITATION_LIFETIME_MS = 72 * 60 * 60 * 1000;
