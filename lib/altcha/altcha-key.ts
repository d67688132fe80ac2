import { deriveSecret } from "@/lib/secrets/derive-secret";

// How long a challenge stays solvable. Long enough to write a story is not needed: the widget
// fetches a fresh challenge when one expires (and after every failed send).
export const CHALLENGE_LIFETIME_MS = 10 * 60 * 1000;

// The HMAC key that signs challenges; derived from the server secret, so every instance can
// verify a challenge another one issued, and nothing about it is stored.
export function altchaKey(): string {
  return deriveSecret("altcha").toString("hex");
}
