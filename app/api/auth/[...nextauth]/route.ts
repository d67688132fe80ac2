import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptionsFor } from "@/lib/auth/options";
import { requestIsHttps } from "@/lib/security/request-is-https";

type Context = { params: Promise<{ nextauth: string[] }> };

// The options depend on the request: cookies are Secure only when it came over https.
async function handler(request: NextRequest, context: Context) {
  const secure = requestIsHttps({ forwardedProto: request.headers.get("x-forwarded-proto") });
  return NextAuth(request, context, authOptionsFor({ secure }));
}

export { handler as GET, handler as POST };
