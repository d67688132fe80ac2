import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { defaultLocale } from "@/i18n/messages";

// Public, read-only data without cookies: any site may read it.
const headers = { "Access-Control-Allow-Origin": "*" };

export type ApiErrorCode = "NOT_FOUND" | "INVALID_QUERY" | "INTERNAL";

export function apiTranslations() {
  return getTranslations({ locale: defaultLocale, namespace: "Api" });
}

export function jsonOk(body: unknown) {
  return NextResponse.json(body, { headers });
}

export async function jsonError(status: number, code: ApiErrorCode, fields?: Record<string, string>) {
  const t = await apiTranslations();
  return NextResponse.json(
    { error: { code, message: t(`errors.${code}`), ...(fields ? { fields } : {}) } },
    { status, headers },
  );
}

// A failure the handler did not expect still answers in JSON and in Swedish, never with a
// stack trace; only the error's kind is logged.
export function withApiErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      console.error("API request failed:", error instanceof Error ? error.name : typeof error);
      return jsonError(500, "INTERNAL");
    }
  };
}
