import { type NextRequest, NextResponse } from "next/server";

const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

// Only redirects visitors without a session cookie away from moderator pages. Whether the
// session is valid, and what its role may do, is checked by every page and action itself.
export function proxy(request: NextRequest) {
  const hasSession = sessionCookies.some((name) => request.cookies.has(name));
  if (!hasSession && request.nextUrl.pathname !== "/mod/logga-in") {
    return NextResponse.redirect(new URL("/mod/logga-in", request.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ["/mod", "/mod/:path*"] };
