import { checkProofOfWork } from "@/lib/altcha/check-proof-of-work";
import { spendChallenge } from "@/lib/altcha/spend-challenge";
import { hitPublicRateLimits } from "@/lib/rate-limit/hit-public-rate-limits";
import type { PublicRateLimitBucket } from "@/lib/rate-limit/rules";
import { submissionProtectionSchema } from "./submission-protection";

export type ScreenRefusal = "proofMissing" | "proofInvalid" | "replayed" | "limited";
export type ScreenOutcome = { kind: "pass" } | { kind: "trap" } | { kind: "refused"; reason: ScreenRefusal };

// Decides whether a public submission that already passed validation may be stored. Cheapest
// checks first: the honeypot, then the proof of work (one hash, no database), then the rate
// limit, and last the replay check, which spends the solution.
export async function screenSubmission({
  bucket,
  protection,
  receipt,
}: {
  bucket: PublicRateLimitBucket;
  protection: unknown;
  // Counted per receipt as well as per source (lib/rate-limit/hit-public-rate-limits.ts).
  receipt?: string;
}): Promise<ScreenOutcome> {
  const { proof, trap } = submissionProtectionSchema.parse(protection ?? {});
  // A filled honeypot is a bot; the caller pretends success so it learns nothing.
  if (trap && trap.trim() !== "") return { kind: "trap" };

  const check = await checkProofOfWork(proof);
  if (!check.ok) return { kind: "refused", reason: check.reason === "missing" ? "proofMissing" : "proofInvalid" };

  const hit = await hitPublicRateLimits({ bucket, receipt });
  if (!hit.allowed) return { kind: "refused", reason: "limited" };

  if (!(await spendChallenge(check))) return { kind: "refused", reason: "replayed" };
  return { kind: "pass" };
}
