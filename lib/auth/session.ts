import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import type { SessionModerator } from "./authenticate-moderator";
import { readSessionToken } from "./read-session-token";
import { loggedOutPath, type SessionState, sessionState } from "./session-activity";
import { sessionRowId } from "./session-token";

export const TOTP_SETUP_PATH = routes.mod.twoFactor();

export type SessionLookup =
  | { status: "none" | "ended" | Exclude<SessionState, "active"> }
  | { status: "active"; moderator: SessionModerator; needsTotp: boolean };

// The cookie says who logged in, when, and which server-side session it belongs to. That
// session row, the role, the active flag and the second factor are read from the database on
// every request, so a session ended by sign-out, a password reset, a role change and so on,
// or an account deactivated, loses access at once, whatever copies of the cookie exist.
export async function lookUpSession({ now = Date.now() }: { now?: number } = {}): Promise<SessionLookup> {
  const token = (await readSessionToken())?.token;
  if (!token?.sub) return { status: "none" };
  const state = sessionState({ loginAt: token.loginAt, lastActivity: token.lastActivity, idleMinutes: env().SESSION_IDLE_MINUTES, now });
  if (state !== "active") return { status: state };
  // A token from before server-side sessions has no sid, and is ended like a revoked one.
  if (typeof token.sid !== "string") return { status: "ended" };
  const session = await db.moderatorSession.findUnique({
    where: { id: sessionRowId(token.sid) },
    select: {
      moderatorId: true,
      expiresAt: true,
      moderator: { select: { id: true, email: true, name: true, role: true, active: true, totpEnabledAt: true } },
    },
  });
  const moderator = session?.moderator;
  if (!session || !moderator || session.moderatorId !== token.sub || session.expiresAt.getTime() <= now || !moderator.active) {
    return { status: "ended" };
  }
  const needsTotp = !moderator.totpEnabledAt && (await getSiteSettings()).requireTotp;
  return {
    status: "active",
    moderator: { id: moderator.id, email: moderator.email, name: moderator.name, role: moderator.role },
    needsTotp,
  };
}

// Who is logged in, or null. With `allowWithoutTotp`, also a moderator who still has to set
// up the second factor the site requires: only the set-up page itself asks for that.
export async function getModerator({ allowWithoutTotp = false } = {}): Promise<SessionModerator | null> {
  const session = await lookUpSession();
  if (session.status !== "active" || (session.needsTotp && !allowWithoutTotp)) return null;
  return session.moderator;
}

// For moderator pages: no session → the login page (saying why, if it ran out or was ended);
// second factor required but missing → its set-up page; wrong role → 403.
export async function requireModerator({
  role,
  allowWithoutTotp = false,
}: { role?: "ADMIN"; allowWithoutTotp?: boolean } = {}): Promise<SessionModerator> {
  const session = await lookUpSession();
  if (session.status === "none") redirect(routes.mod.login());
  if (session.status !== "active") redirect(loggedOutPath(session.status));
  if (session.needsTotp && !allowWithoutTotp) redirect(TOTP_SETUP_PATH);
  if (role === "ADMIN" && session.moderator.role !== "ADMIN") forbidden();
  return session.moderator;
}
