import type { NextRequest } from "next/server";
import { unstable_rethrow } from "next/navigation";
import NextAuth from "next-auth";
import { jsonError } from "@/app/api/v1/responses";
import { authOptionsFor } from "@/lib/auth/options";
import { requestIsHttps } from "@/lib/security/request-is-https";

type Context = { params: Promise<{ nextauth: string[] }> };

// The options depend on the request: cookies are Secure only when it came over https.
async function handler(request: NextRequest, context: Context) {
  const secure = requestIsHttps({ forwardedProto: request.headers.get("x-forwarded-proto") });
  return NextAuth(request, context, authOptionsFor({ secure }));
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
    console.error("Auth request refused:", error instanceof Error ? error.name : typeof error);
    return jsonError(400, "INVALID_QUERY");
  }
}

export { guarded as GET, guarded as POST };
