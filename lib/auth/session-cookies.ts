import type { CookiesOptions } from "next-auth";

// Spelled out rather than left to next-auth's defaults, so a library update cannot loosen them:
// never readable by scripts, never sent along with a request another site starts (except a
// plain link, 'lax', so a link to the queue in an e-mail still works), and Secure with the
// __Secure-/__Host- prefixes whenever the site is reached over https.
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

export const sessionCookieNames = [sessionCookieName(false), sessionCookieName(true)];

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}

export function authCookies(secure: boolean): Partial<CookiesOptions> {
  const options = sessionCookieOptions(secure);
  return {
    sessionToken: { name: sessionCookieName(secure), options },
    callbackUrl: { name: `${secure ? "__Secure-" : ""}next-auth.callback-url`, options },
    csrfToken: { name: `${secure ? "__Host-" : ""}next-auth.csrf-token`, options },
  };
}
