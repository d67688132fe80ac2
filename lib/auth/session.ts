import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { routes } from "@/lib/routes";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import type { SessionModerator } from "./authenticate-moderator";
import { readSessionToken } from "./read-session-token";
import { loggedOutPath, type SessionState, sessionState } from "./session-activity";
import { sessionRowId } from "./session-token";

export const TOTP_SETUP_PATH = routes.mod.twoFactor();

// Where a session's second-factor set-up lives: responders never see /mod.
export function totpSetupPath(role: Role): string {
  return role === "RESPONDER" ? routes.respond.twoFactor() : TOTP_SETUP_PATH;
}

import { MODERATOR_ROLES } from "@/lib/roles/moderator-roles";

export { MODERATOR_ROLES };

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
      moderator: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          active: true,
          totpEnabledAt: true,
          organisationId: true,
          organisation: { select: { active: true } },
        },
      },
    },
  });
  const moderator = session?.moderator;
  if (!session || !moderator || session.moderatorId !== token.sub || session.expiresAt.getTime() <= now || !moderator.active) {
    return { status: "ended" };
  }
  // A responder speaks for their organisation only while it is active; deactivating it also
  // deletes their session rows, and this holds even for a row written in the same moment.
  if (moderator.role === "RESPONDER" && !moderator.organisation?.active) return { status: "ended" };
  // Responders speak for an authority: two-factor login is theirs whatever the site requires.
  const needsTotp = !moderator.totpEnabledAt && (moderator.role === "RESPONDER" || (await getSiteSettings()).requireTotp);
  return {
    status: "active",
    moderator: { id: moderator.id, email: moderator.email, name: moderator.name, role: moderator.role, organisationId: moderator.organisationId },
    needsTotp,
  };
}

// Where a logged-in person starts: a responder in their own area, everyone else in the queue,
// and whoever still owes the second factor on its set-up page first. Null when no one is.
export async function landingPath(): Promise<string | null> {
  const session = await lookUpSession();
  if (session.status !== "active") return null;
  const { role } = session.moderator;
  if (session.needsTotp) return totpSetupPath(role);
  return role === "RESPONDER" ? routes.respond.home() : routes.mod.queue();
}

// Who is logged in, or null. With `allowWithoutTotp`, also a moderator who still has to set
// up the second factor the site requires: only the set-up page itself asks for that.
export async function getModerator({ allowWithoutTotp = false } = {}): Promise<SessionModerator | null> {
  const session = await lookUpSession();
  if (session.status !== "active" || (session.needsTotp && !allowWithoutTotp)) return null;
  return session.moderator;
}

// For moderator pages: no session → the login page (saying why, if it ran out or was ended);
// second factor required but missing → its set-up page; a responder → their own area; any other
// role the page does not name → 403. `role: "ADMIN"` is short for `roles: ["ADMIN"]`.
export async function requireModerator({
  role,
  roles = role ? [role] : MODERATOR_ROLES,
  allowWithoutTotp = false,
}: { role?: "ADMIN"; roles?: readonly Role[]; allowWithoutTotp?: boolean } = {}): Promise<SessionModerator> {
  const session = await lookUpSession();
  if (session.status === "none") redirect(routes.mod.login());
  if (session.status !== "active") redirect(loggedOutPath(session.status));
  if (session.moderator.role === "RESPONDER" && !roles.includes("RESPONDER")) redirect(routes.respond.home());
  if (session.needsTotp && !allowWithoutTotp) redirect(totpSetupPath(session.moderator.role));
  if (!roles.includes(session.moderator.role)) forbidden();
  return session.moderator;
}

export type SessionResponder = SessionModerator & { role: "RESPONDER"; organisationId: string };

// For the responders' pages under /svar: as requireModerator, and a moderator or admin who opens
// one is sent to the moderator area.
export async function requireResponder({ allowWithoutTotp = false }: { allowWithoutTotp?: boolean } = {}): Promise<SessionResponder> {
  const session = await lookUpSession();
  if (session.status === "none") redirect(routes.mod.login());
  if (session.status !== "active") redirect(loggedOutPath(session.status));
  const { moderator } = session;
  if (moderator.role !== "RESPONDER" || !moderator.organisationId) redirect(routes.mod.queue());
  if (session.needsTotp && !allowWithoutTotp) redirect(totpSetupPath(moderator.role));
  return { ...moderator, role: "RESPONDER", organisationId: moderator.organisationId };
}
