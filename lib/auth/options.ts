import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkModeratorLogin } from "./authenticate-moderator";
import { endModeratorSession } from "./end-moderator-session";
import { limitLoginAttempts } from "./limit-login-attempts";
import { SESSION_MAX_AGE_SECONDS } from "./session-activity";
import { authCookies } from "./session-cookies";
import { startModeratorSession } from "./start-moderator-session";
import { routes } from "@/lib/routes";

// Built per request: whether cookies are Secure depends on how this request arrived
// (lib/security/request-is-https.ts), and every part of the app must agree on the cookie name.
export function authOptionsFor({ secure }: { secure: boolean }): NextAuthOptions {
  return {
    secret: process.env.NEXTAUTH_SECRET,
    // maxAge is the absolute limit; inactivity is checked against token.lastActivity.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secure,
    cookies: authCookies(secure),
    pages: { signIn: routes.mod.login(), error: routes.mod.login() },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        authorize: (credentials) => limitLoginAttempts(credentials, () => checkModeratorLogin(credentials), { secure }),
      }),
    ],
    // One line per problem, without the stack: a forged or expired cookie is routine, not a crash.
    logger: {
      error: (code) => console.error(`next-auth: ${code}`),
      warn: (code) => console.warn(`next-auth: ${code}`),
      debug: () => {},
    },
    // next-auth awaits this before it clears the cookie: the session is over on the server too,
    // so a copy of the cookie taken earlier opens nothing.
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endModeratorSession({ token: token.sid });
      },
    },
    callbacks: {
      // At login: a server-side session row, whose token rides in the (encrypted) cookie.
      async jwt({ token, user }) {
        if (user) {
          const now = Date.now();
          const sid = await startModeratorSession({ moderatorId: user.id, loginAt: now });
          Object.assign(token, { sub: user.id, sid, loginAt: now, lastActivity: now });
        }
        return token;
      },
      // What /api/auth/session shows: never the sid. The route answers {} for a session the
      // guards would refuse (app/api/auth/[...nextauth]/route.ts).
      session({ session, token }) {
        return { ...session, moderatorId: token.sub, loginAt: token.loginAt, lastActivity: token.lastActivity };
      },
    },
  };
}
