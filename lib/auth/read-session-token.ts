import { cookies, headers } from "next/headers";
import { decode, type JWT } from "next-auth/jwt";
import { requestIsHttps } from "@/lib/security/request-is-https";
import { sessionCookieName } from "./session-cookies";

export type SessionCookie = { token: JWT; cookieName: string; secure: boolean };

// The decoded session cookie of the current request, or null. Read directly rather than
// through getServerSession, so that the session token's server-side id (token.sid) never has
// to pass through the session callback, whose result /api/auth/session hands to scripts.
export async function readSessionToken(): Promise<SessionCookie | null> {
  const secure = requestIsHttps({ forwardedProto: (await headers()).get("x-forwarded-proto") });
  const cookieName = sessionCookieName(secure);
  const value = (await cookies()).get(cookieName)?.value;
  const secret = process.env.NEXTAUTH_SECRET;
  if (!value || !secret) return null;
  const token = await decode({ token: value, secret }).catch(() => null);
  return token ? { token, cookieName, secure } : null;
}
