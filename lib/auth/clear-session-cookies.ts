import { cookies } from "next/headers";
import { sessionCookieNames, sessionCookieOptions } from "./session-cookies";

// For a server action that ended the caller's own session: the browser drops the dead cookie.
export async function clearSessionCookies(): Promise<void> {
  const store = await cookies();
  for (const name of sessionCookieNames) {
    if (store.has(name)) store.set(name, "", { ...sessionCookieOptions(name.startsWith("__Secure-")), maxAge: 0 });
  }
}
