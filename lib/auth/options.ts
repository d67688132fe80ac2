import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateModerator } from "./authenticate-moderator";
import { limitLoginAttempts } from "./limit-login-attempts";

// A shift is at most a working day; after that the moderator logs in again.
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/mod/logga-in", error: "/mod/logga-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials) => limitLoginAttempts(credentials, () => authenticateModerator(credentials)),
    }),
  ],
  // One line per problem, without the stack: a forged or expired cookie is routine, not a crash.
  logger: {
    error: (code) => console.error(`next-auth: ${code}`),
    warn: (code) => console.warn(`next-auth: ${code}`),
    debug: () => {},
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, moderatorId: token.sub };
    },
  },
};
