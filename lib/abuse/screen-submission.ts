import { checkProofOfWork } from "@/lib/altcha/check-proof-of-work";
import { spendChallenge } from "@/lib/altcha/spend-challenge";
import { hitClientRateLimit } from "@/lib/rate-limit/hit-client-rate-limit";
import type { RateLimitBucket } from "@/lib/rate-limit/rules";
import { submissionProtectionSchema } from "./submission-protection";

export type ScreenRefusal = "proofMissing" | "proofInvalid" | "replayed" | "limited";
export type ScreenOutcome = { kind: "pass" } | { kind: "trap" } | { kind: "refused"; reason: ScreenRefusal };

// Decides whether a public submission that already passed validation may be stored. Cheapest
// checks first: the honeypot, then the proof of work (one hash, no database), then the rate
// limit, and last the replay check, which spends the solution.
export async function screenSubmission({
  bucket,
  protection,
}: {
  bucket: Extract<RateLimitBucket, "story" | "comment">;
  protection: unknown;
}): Promise<ScreenOutcome> {
  const { proof, trap } = submissionProtectionSchema.parse(protection ?? {});
  // A filled honeypot is a bot; the caller pretends success so it learns nothing.
  if (trap && trap.trim() !== "") return { kind: "trap" };

  const check = await checkProofOfWork(proof);
  if (!check.ok) return { kind: "refused", reason: check.reason === "missing" ? "proofMissing" : "proofInvalid" };

  const hit = await hitClientRateLimit({ bucket });
  if (!hit.allowed) return { kind: "refused", reason: "limited" };

  if (!(await spendChallenge(check))) return { kind: "refused", reason: "replayed" };
  return { kind: "pass" };
}
