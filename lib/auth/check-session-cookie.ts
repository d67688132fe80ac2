import type { NextRequest, NextResponse } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { ACTIVITY_REFRESH_MS, SESSION_MAX_AGE_SECONDS, type SessionState, sessionState } from "./session-activity";
import { sessionCookieNames, sessionCookieOptions } from "./session-cookies";

export type CookieCheck =
  | { state: "none" | "unreadable" }
  | { state: Exclude<SessionState, "active"> }
  | { state: "active"; refresh?: (response: NextResponse) => void };

// Run by the proxy on moderator requests: reads the session token, says whether it is still
// alive, and for a live one offers to move its lastActivity forward. Anonymous visitors have
// no session cookie and so never get one back.
export async function checkSessionCookie({
  request,
  idleMinutes,
  secret = process.env.NEXTAUTH_SECRET,
  now = Date.now(),
}: {
  request: NextRequest;
  idleMinutes: number;
  secret?: string;
  now?: number;
}): Promise<CookieCheck & { cookieName?: string }> {
  const cookieName = sessionCookieNames.find((name) => request.cookies.has(name));
  if (!cookieName) return { state: "none" };
  const token = secret ? await decode({ token: request.cookies.get(cookieName)?.value, secret }).catch(() => null) : null;
  if (!token) return { state: "unreadable", cookieName };
  const state = sessionState({ loginAt: token.loginAt, lastActivity: token.lastActivity, idleMinutes, now });
  if (state !== "active") return { state, cookieName };
  if (now - (token.lastActivity as number) < ACTIVITY_REFRESH_MS) return { state, cookieName };
  const remainingSeconds = Math.floor(((token.loginAt as number) + SESSION_MAX_AGE_SECONDS * 1000 - now) / 1000);
  const value = await encode({ token: { ...token, lastActivity: now }, secret: secret!, maxAge: remainingSeconds });
  const secure = cookieName.startsWith("__Secure-");
  return {
    state,
    cookieName,
    refresh: (response) =>
      response.cookies.set(cookieName, value, { ...sessionCookieOptions(secure), maxAge: remainingSeconds }),
  };
}

// Ends a session that ran out, with the same attributes it was set with.
export function clearSessionCookie(response: NextResponse, cookieName: string) {
  response.cookies.set(cookieName, "", { ...sessionCookieOptions(cookieName.startsWith("__Secure-")), maxAge: 0 });
}
