import type { FailureCode } from "@/lib/errors/app-error";
import { readBodyWithinLimit } from "./read-body-within-limit";
import { ACTION_BODY_LIMIT_BYTES, type ActionBodyVerdict, screenActionBody, screenMultipartActionBody } from "./screen-action-body";

// The status comes with the code from the one list (lib/errors/app-error.ts).
export type ActionRequestRefusal = { code: Extract<FailureCode, "INVALID_BODY" | "BODY_TOO_LARGE" | "CROSS_ORIGIN"> };

// Next treats a POST to a page as a server action when it carries a Next-Action header (a call
// from JavaScript) or a form's content type (a form posted without JavaScript). Anything in
// such a request that Next's own decoder or its origin check would fail on answers 500 there,
// before any code of ours runs; this finds it first so the proxy can answer 4xx in Swedish.
export async function screenActionRequest(request: Request): Promise<ActionRequestRefusal | null> {
  if (request.method !== "POST") return null;
  const contentType = request.headers.get("content-type");
  const isFetchAction = request.headers.has("next-action");
  const isMultipart = Boolean(contentType?.toLowerCase().startsWith("multipart/form-data"));
  const isFormPost = isMultipart || contentType === "application/x-www-form-urlencoded";
  if (!isFetchAction && !isFormPost) return null;

  // Next's check against cross-site requests, done here so it answers 403 instead of 500.
  if (!originMatchesHost(request.headers)) return { code: "CROSS_ORIGIN" };

  const bytes = await readBodyWithinLimit(request, ACTION_BODY_LIMIT_BYTES);
  if (!bytes) return refusal("too-large");
  if (!isMultipart) return isFetchAction ? refusal(screenActionBody(contentType, new TextDecoder().decode(bytes))) : null;

  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType ?? "" } }).formData();
  } catch {
    // No boundary, a boundary that never appears, a truncated part.
    return refusal("malformed");
  }
  // Without JavaScript the form's own fields arrive as they are, for Next's decodeAction.
  return isFetchAction ? refusal(screenMultipartActionBody(form)) : null;
}

function refusal(verdict: ActionBodyVerdict): ActionRequestRefusal | null {
  if (verdict === "ok") return null;
  return verdict === "too-large" ? { code: "BODY_TOO_LARGE" } : { code: "INVALID_BODY" };
}

// The same comparison Next makes (app-render/action-handler.ts): the Origin's host against the
// first X-Forwarded-Host, else Host. No Origin at all is a hand-made request, which Next lets
// through; "null" or an Origin that is not a URL never matches.
function originMatchesHost(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return false;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return Boolean(host) && originHost === host;
}
