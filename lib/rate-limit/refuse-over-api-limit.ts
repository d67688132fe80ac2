import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages } from "@/i18n/messages";
import { hitRateLimit } from "./hit-rate-limit";
import { retryAfterSeconds } from "./retry-after";
import { rateLimitRule } from "./rules";
import { CLIENT_ADDRESS_HEADER } from "@/lib/request/stamp-client-address";
import { jsonError } from "@/lib/http/api-responses";

// The anonymous allowance of the public API and the feeds, per source and minute, as /api
// states it: one number, from the same rule the count uses (RATE_LIMIT_API_PER_MINUTE).
export function apiRateLimit(): { perMinute: number } {
  return { perMinute: rateLimitRule("api").limit };
}

// Counts one read from the requesting source, as the forms count a submission: the address the
// start script stamped goes straight into the keyed daily hash (lib/rate-limit/source-key.ts)
// and is never stored. Called first by each handler, so it counts every answer the server builds;
// answers the page cache in front already holds (lib/cache/page-cache.ts) cost no database and
// are not counted. Over the limit: 429 with Retry-After, in the API's error format.
export async function refuseOverApiLimit(request: Request, { now = new Date() }: { now?: Date } = {}): Promise<Response | null> {
  const rule = rateLimitRule("api");
  const address = request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  const outcome = await hitRateLimit({ rule, subject: { kind: "address", value: address }, now });
  if (outcome.allowed) return null;
  const seconds = retryAfterSeconds({ rule, outcome, now });
  const t = createTranslator({ locale: defaultLocale, messages: loadMessages(defaultLocale), namespace: "ApiDocs" });
  return jsonError("RATE_LIMITED", undefined, { "Cache-Control": "no-store", "Retry-After": String(seconds) }, t("rateLimited", { perMinute: rule.limit }));
}
