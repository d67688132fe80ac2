import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestIsHttps } from "@/lib/security/request-is-https";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import type { SessionModerator } from "./authenticate-moderator";
import { authOptionsFor } from "./options";
import { loggedOutPath, type SessionState, sessionState } from "./session-activity";

export const TOTP_SETUP_PATH = "/mod/konto/tvastegsverifiering";

type SessionLookup =
  | { status: "none" | Exclude<SessionState, "active"> }
  | { status: "active"; moderator: SessionModerator; needsTotp: boolean };

// The JWT only says who logged in and when they were last active. Role, active flag and second
// factor are read from the database on every request, so a deactivated or demoted moderator
// loses access at once.
export async function lookUpSession(): Promise<SessionLookup> {
  const secure = requestIsHttps({ forwardedProto: (await headers()).get("x-forwarded-proto") });
  const session = (await getServerSession(authOptionsFor({ secure }))) as {
    moderatorId?: string;
    loginAt?: unknown;
    lastActivity?: unknown;
  } | null;
  if (!session?.moderatorId) return { status: "none" };
  const state = sessionState({ ...session, idleMinutes: env().SESSION_IDLE_MINUTES });
  if (state !== "active") return { status: state };
  const moderator = await db.moderator.findUnique({
    where: { id: session.moderatorId },
    select: { id: true, email: true, name: true, role: true, active: true, totpEnabledAt: true },
  });
  if (!moderator?.active) return { status: "none" };
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

// For moderator pages: no session → the login page (saying why, if it ran out); second factor
// required but missing → its set-up page; wrong role → 403.
export async function requireModerator({
  role,
  allowWithoutTotp = false,
}: { role?: "ADMIN"; allowWithoutTotp?: boolean } = {}): Promise<SessionModerator> {
  const session = await lookUpSession();
  if (session.status === "none") redirect("/mod/logga-in");
  if (session.status !== "active") redirect(loggedOutPath(session.status));
  if (session.needsTotp && !allowWithoutTotp) redirect(TOTP_SETUP_PATH);
  if (role === "ADMIN" && session.moderator.role !== "ADMIN") forbidden();
  return session.moderator;
}
