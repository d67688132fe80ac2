import { hitClientRateLimit } from "./hit-client-rate-limit";
import { hitRateLimit } from "./hit-rate-limit";
import { type PublicRateLimitBucket, rateLimitRule } from "./rules";

// Counts one public submission. With a receipt it is counted twice, per source and per receipt,
// so neither one source working through many receipts nor many sources sharing one receipt link
// get past the limit. The receipt token, like the address, only ever enters the keyed hash.
export async function hitPublicRateLimits({
  bucket,
  receipt,
  now,
}: {
  bucket: PublicRateLimitBucket;
  receipt?: string;
  now?: Date;
}): Promise<{ allowed: boolean }> {
  const bySource = await hitClientRateLimit({ bucket, now });
  if (!bySource.allowed) return { allowed: false };
  if (receipt === undefined) return { allowed: true };
  const byReceipt = await hitRateLimit({ rule: rateLimitRule(bucket), subject: { kind: "receipt", value: receipt }, now });
  return { allowed: byReceipt.allowed };
}
