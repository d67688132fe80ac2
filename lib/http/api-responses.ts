import { NextResponse } from "next/server";
import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages } from "@/i18n/messages";
import { PUBLIC_API_CACHE_CONTROL, entityTag, matchesIfNoneMatch } from "@/lib/cache/http-validators";
import { type FailureCode, failureCodes } from "@/lib/errors/app-error";
import { logFailure } from "@/lib/errors/log-failure";

// Public, read-only data without cookies: any site may read it.
const headers = { "Access-Control-Allow-Origin": "*" };

// The failure codes the API answers with, each with its text under Api.errors; the status comes
// with the code from the one list (lib/errors/app-error.ts).
export type ApiErrorCode = Extract<
  FailureCode,
  "NOT_FOUND" | "INVALID_QUERY" | "INVALID_BODY" | "BODY_TOO_LARGE" | "CROSS_ORIGIN" | "METHOD_NOT_ALLOWED" | "RATE_LIMITED" | "BUSY" | "INTERNAL"
>;

// Built from the message files directly, not from the request, so API answers do not depend
// on page rendering and the handlers can be called as plain functions in tests.
export function apiTranslations() {
  return createTranslator({ locale: defaultLocale, messages: loadMessages(defaultLocale), namespace: "Api" });
}

export function jsonOk(body: unknown) {
  return NextResponse.json(body, { headers });
}

// A successful anonymous read: the same JSON as jsonOk, with an ETag and a Cache-Control that
// lets a client or cache ask again cheaply. If-None-Match naming the current tag gets a 304.
export function jsonPublicRead(request: Request, body: unknown) {
  return publicRead(request, JSON.stringify(body), "application/json");
}

// Any anonymous read, JSON or a feed, answered the same way: ETag of the body, revalidated on
// every use, 304 when the client holds the current one.
export function publicRead(request: Request, body: string, contentType: string) {
  const validators = { ...headers, ETag: entityTag(body), "Cache-Control": PUBLIC_API_CACHE_CONTROL };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), validators.ETag)) {
    return new NextResponse(null, { status: 304, headers: validators });
  }
  return new NextResponse(body, { headers: { ...validators, "Content-Type": contentType } });
}

// `message` replaces the code's usual text where one code has several causes (a search limit,
// the API's own limit).
export function jsonError(code: ApiErrorCode, fields?: Record<string, string>, extraHeaders: Record<string, string> = {}, message?: string) {
  const t = apiTranslations();
  return NextResponse.json(
    { error: { code, message: message ?? t(`errors.${code}`), ...(fields ? { fields } : {}) } },
    { status: failureCodes[code], headers: { ...headers, ...extraHeaders } },
  );
}

// Answers that name what a reader searched for: no cache keeps them, the reader's own browser
// included (a shared computer's next user could read them from its disk), so there is no ETag.
export const NEVER_STORED = { "Cache-Control": "no-store" };

export function jsonNeverStored(body: unknown) {
  return NextResponse.json(body, { headers: { ...headers, ...NEVER_STORED } });
}

// A failure the handler did not expect still answers in JSON and in Swedish, never with a
// stack trace; only the error's kind is logged.
export function withApiErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      logFailure("API request", error);
      return jsonError("INTERNAL");
    }
  };
}
