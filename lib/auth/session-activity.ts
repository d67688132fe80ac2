import { type Utloggad, routes } from "@/lib/routes";

// When a moderator session ends: after a quiet spell (SESSION_IDLE_MINUTES) and, however busy,
// a working day after logging in. Both times live in the session token, which the proxy
// refreshes on moderator requests and every guard checks again.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// The proxy rewrites the cookie at most this often, not on every click.
export const ACTIVITY_REFRESH_MS = 60 * 1000;

export type SessionTimes = { loginAt?: unknown; lastActivity?: unknown };
export type SessionState = "active" | "idle" | "expired";

export function sessionState({
  loginAt,
  lastActivity,
  idleMinutes,
  now = Date.now(),
}: SessionTimes & { idleMinutes: number; now?: number }): SessionState {
  // A token without the times predates them; it is treated as too old rather than trusted.
  if (typeof loginAt !== "number" || typeof lastActivity !== "number") return "expired";
  if (now - loginAt > SESSION_MAX_AGE_SECONDS * 1000) return "expired";
  if (now - lastActivity > idleMinutes * 60 * 1000) return "idle";
  return "active";
}

// Why a session is over, besides running out: "ended" when its server-side row is gone
// (signed out elsewhere, password or role changed, ...), "everywhere" for the moderator who
// just logged out everywhere.
export type LoggedOutReason = Exclude<SessionState, "active"> | "ended" | "everywhere";

const reasonParams: Record<LoggedOutReason, Utloggad> = { idle: "inaktiv", expired: "tid", ended: "avslutad", everywhere: "overallt" };

// Where a moderator whose session ended is sent, so the login page can say why.
export function loggedOutPath(reason: LoggedOutReason): string {
  return routes.mod.login({ utloggad: reasonParams[reason] });
}
