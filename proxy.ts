import { type NextRequest, NextResponse } from "next/server";
import { checkSessionCookie, clearSessionCookie } from "@/lib/auth/check-session-cookie";
import { loggedOutPath } from "@/lib/auth/session-activity";
import { sessionCookieNames } from "@/lib/auth/session-cookies";
import { pageCacheControl } from "@/lib/cache/page-cache-control";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http/api-responses";
import { defaultLocale } from "@/lib/locales";
import { alternateLinkHeader } from "@/lib/i18n/alternate-links";
import { LOCALE_HEADER } from "@/lib/i18n/request-headers";
import { prefixLocale, routePatterns, routes, splitLocale } from "@/lib/routes";
import { refuseUnservableRequest } from "@/lib/security/refuse-unservable-request";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";
import { isDecodablePath } from "@/lib/security/is-decodable-path";
import { requestIsHttps } from "@/lib/security/request-is-https";

const loginPath = routes.mod.login();
// Next's own route for app/not-found.tsx.
const NOT_FOUND_PATH = "/_not-found";
// A year, renewed by every response: once a browser has seen the site over https it never
// again sends a request (or a session cookie) to it over plain http.
const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

export async function proxy(request: NextRequest) {
  const https = requestIsHttps({ forwardedProto: request.headers.get("x-forwarded-proto") });
  const response = refuseUndecodableApiPath(request) ?? (await refuseMalformedActionBody(request)) ?? (await withPolicy(request, https));
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Every page gets a Content-Security-Policy with a fresh nonce. Next reads the nonce from the
// request's copy of the header and puts it on its own scripts; the browser gets the same policy.
async function withPolicy(request: NextRequest, https: boolean): Promise<NextResponse> {
  const csp = buildContentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === "development",
    https,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  const { pathname, search } = request.nextUrl;
  // /fi/… and /en/… are the Swedish page's route rendered in that language: the prefix is taken
  // off here and the language handed on in a header, which replaces any the client sent.
  const located = splitLocale(pathname);
  // A prefixed address with no page still gets its not-found page in the prefix's language.
  requestHeaders.set(LOCALE_HEADER, located?.locale ?? prefixLocale(pathname) ?? defaultLocale);
  const isModeratorPath = routePatterns.moderator.test(pathname) || routePatterns.responder.test(pathname);
  const response =
    !isDecodablePath(pathname) || !located
      ? notFound(request, requestHeaders)
      : isModeratorPath
        ? await guardModerator(request, requestHeaders)
        : located.path !== pathname
          ? rewrite(request, located.path, requestHeaders)
          : next(requestHeaders);
  response.headers.set("Content-Security-Policy", csp);
  const alternates = located && isDecodablePath(pathname) ? alternateLinkHeader(env().publicUrl ?? request.nextUrl.origin, located.path, search) : null;
  if (alternates) response.headers.set("Link", alternates);
  const hasSession = sessionCookieNames.some((name) => request.cookies.has(name));
  const cacheControl = pageCacheControl({ method: request.method, pathname, hasSession });
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

// Visitors without a session cookie are sent from moderator pages to the login page, and so
// are sessions that ran out. Whether a live session is valid, and what its role may do, is
// checked again by every page and action itself.
async function guardModerator(request: NextRequest, requestHeaders: Headers): Promise<NextResponse> {
  const isLogin = request.nextUrl.pathname === loginPath;
  const check = await checkSessionCookie({ request, idleMinutes: env().SESSION_IDLE_MINUTES });
  if (check.state === "none") return isLogin ? next(requestHeaders) : redirect(request, loginPath);
  if (check.state === "idle" || check.state === "expired") {
    // A server action gets its refusal from moderatorAction rather than a redirect it cannot follow.
    const passOn = isLogin || request.headers.has("next-action");
    const response = passOn ? next(requestHeaders) : redirect(request, loggedOutPath(check.state));
    if (check.cookieName) clearSessionCookie(response, check.cookieName);
    return response;
  }
  const response = next(requestHeaders);
  // A prefetch is the router guessing, not the moderator doing something.
  if (check.state === "active" && !request.headers.has("next-router-prefetch")) check.refresh?.(response);
  return response;
}

// See lib/security/refuse-unservable-request.ts: a request Next or next-auth would answer with a
// 500 (a body no browser sends, a cross-site action) gets a 4xx with a Swedish message instead.
async function refuseMalformedActionBody(request: NextRequest): Promise<NextResponse | null> {
  const refusal = await refuseUnservableRequest(request);
  return refusal ? jsonError(refusal.code) : null;
}

// An address Next cannot decode (lib/security/is-decodable-path.ts) names no page: the reader
// gets the ordinary not-found page, and the API its JSON refusal.
function refuseUndecodableApiPath(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  return routePatterns.api.test(pathname) && !isDecodablePath(pathname) ? jsonError("INVALID_QUERY") : null;
}

const notFound = (request: NextRequest, requestHeaders: Headers) =>
  NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers: requestHeaders } });
const rewrite = (request: NextRequest, path: string, requestHeaders: Headers) => {
  const url = request.nextUrl.clone();
  url.pathname = path;
  return NextResponse.rewrite(url, { request: { headers: requestHeaders } });
};
const next = (requestHeaders: Headers) => NextResponse.next({ request: { headers: requestHeaders } });
const redirect = (request: NextRequest, path: string) => NextResponse.redirect(new URL(path, request.url));

// Everything but the build's static files: pages, API routes and the 404 page all get the CSP.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
