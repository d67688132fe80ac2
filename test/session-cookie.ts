// Moderator session cookies for integration tests, made the way a real login makes them: the
// jwt callback of lib/auth/options.ts (which starts the server-side session) and next-auth's own
// encoder. Tests hand them to the code under test through test/cookie-store.ts.
import { decode, encode, type JWT } from "next-auth/jwt";
import { authOptionsFor } from "@/lib/auth/options";
import { sessionCookieName } from "@/lib/auth/session-cookies";

export const testAuthSecret = "session-test-secret-0123456789abcdef0123456789";
process.env.NEXTAUTH_SECRET ??= testAuthSecret;

export const cookieName = sessionCookieName(false);

export async function logInCookie(moderatorId: string): Promise<string> {
  const { callbacks } = authOptionsFor({ secure: false });
  const token = await callbacks!.jwt!({ token: {}, user: { id: moderatorId }, account: null } as never);
  return encode({ token, secret: process.env.NEXTAUTH_SECRET! });
}

export async function tokenOf(cookie: string): Promise<JWT> {
  const token = await decode({ token: cookie, secret: process.env.NEXTAUTH_SECRET! });
  if (!token) throw new Error("not a session cookie");
  return token;
}

// The same session with other contents, e.g. other times: what a server that re-signs it sends.
export async function withToken(cookie: string, change: Partial<JWT>): Promise<string> {
  return encode({ token: { ...(await tokenOf(cookie)), ...change }, secret: process.env.NEXTAUTH_SECRET! });
}
