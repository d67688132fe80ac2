import { createChallenge } from "altcha-lib";
import type { Challenge } from "altcha-lib/types";
import { env } from "@/lib/env";
import { altchaKey, CHALLENGE_LIFETIME_MS } from "./altcha-key";

// A fresh proof-of-work challenge. It is self-contained and signed, so the server keeps no
// state until the solution is spent, and the challenge is tied to nobody.
export async function createAltchaChallenge({
  now = new Date(),
  maxnumber = env().ALTCHA_MAX_NUMBER,
}: { now?: Date; maxnumber?: number } = {}): Promise<Challenge> {
  return createChallenge({
    hmacKey: altchaKey(),
    maxnumber,
    expires: new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
  });
}
