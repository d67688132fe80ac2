import { clientAddress } from "@/lib/request/client-address";
import { hitRateLimit, type RateLimitOutcome } from "./hit-rate-limit";
import { type RateLimitBucket, rateLimitRule } from "./rules";

// Counts one attempt from the requesting client's address. The address goes straight into the
// keyed hash and is dropped; it is never returned, stored or logged. Without a stamped address
// (the app served some other way) all such requests share one allowance rather than none.
export async function hitClientRateLimit({ bucket, now }: { bucket: RateLimitBucket; now?: Date }): Promise<RateLimitOutcome> {
  const address = (await clientAddress()) ?? "unknown";
  return hitRateLimit({ rule: rateLimitRule(bucket), subject: { kind: "address", value: address }, now });
}
