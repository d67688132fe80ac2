import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { readSessionToken } from "./read-session-token";
import { SESSION_MAX_AGE_SECONDS } from "./session-activity";
import { sessionCookieOptions } from "./session-cookies";
import { startModeratorSession } from "./start-moderator-session";

// A change to one's own account (switching the second factor on or off, a new password) ends
// every session that existed before it, the current one too. The browser that made the change
// then gets a fresh session, so the moderator carries on; any copy of the old cookie stays dead.
// The 8-hour limit still counts from the original login. Called after the change is committed.
export async function renewSessionCookie({ moderatorId, now = Date.now() }: { moderatorId: string; now?: number }) {
  const current = await readSessionToken();
  const secret = process.env.NEXTAUTH_SECRET;
  const loginAt = current?.token.loginAt;
  if (!current || !secret || current.token.sub !== moderatorId || typeof loginAt !== "number") return;
  const remainingSeconds = Math.floor((loginAt + SESSION_MAX_AGE_SECONDS * 1000 - now) / 1000);
  if (remainingSeconds <= 0) return;
  const sid = await startModeratorSession({ moderatorId, loginAt });
  const value = await encode({ token: { ...current.token, sid, lastActivity: now }, secret, maxAge: remainingSeconds });
  (await cookies()).set(current.cookieName, value, { ...sessionCookieOptions(current.secure), maxAge: remainingSeconds });
}
