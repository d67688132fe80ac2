import { type NextRequest, NextResponse } from "next/server";
import { unstable_rethrow } from "next/navigation";
import NextAuth from "next-auth";
import { logFailure } from "@/lib/errors/log-failure";
import { jsonError } from "@/lib/http/api-responses";
import { clearSessionCookie } from "@/lib/auth/check-session-cookie";
import { authOptionsFor } from "@/lib/auth/options";
import { lookUpSession } from "@/lib/auth/session";
import { sessionCookieNames } from "@/lib/auth/session-cookies";
import { requestIsHttps } from "@/lib/security/request-is-https";

type Context = { params: Promise<{ nextauth: string[] }> };

// The options depend on the request: cookies are Secure only when it came over https.
async function handler(request: NextRequest, context: Context) {
  if ((await context.params).nextauth.join("/") === "session") {
    const refused = await refusedSession(request);
    if (refused) return refused;
  }
  const secure = requestIsHttps({ forwardedProto: request.headers.get("x-forwarded-proto") });
  return NextAuth(request, context, authOptionsFor({ secure }));
}

// next-auth would describe any well-signed token that has not passed its 8 hours. The guards
// also refuse idle ones, ended ones (signed out, revoked) and deactivated accounts; for all of
// those the answer is an empty session, and the dead cookie is cleared.
async function refusedSession(request: NextRequest): Promise<Response | null> {
  if ((await lookUpSession()).status === "active") return null;
  const response = NextResponse.json({}, { headers: { "Cache-Control": "no-store" } });
  for (const name of sessionCookieNames) if (request.cookies.has(name)) clearSessionCookie(response, name);
  return response;
}

// next-auth throws on a body it cannot parse (e.g. "Content-Type: application/json" with
// something else), which Next would answer with a 500 and a log line quoting the body, a
// password perhaps. No browser sends such a request: it is refused, and only the error's kind
// is logged.
async function guarded(request: NextRequest, context: Context): Promise<Response> {
  try {
    return await handler(request, context);
  } catch (error) {
    unstable_rethrow(error);
    logFailure("Auth request", error);
    return jsonError("INVALID_QUERY");
  }
}

export { guarded as GET, guarded as POST };
