import { verify } from "otplib";

// One 30-second step either way covers a phone clock that is a little off, or a code typed
// just as it changed. Steps at or before `lastStep` were already used and are refused.
const DRIFT_SECONDS = 30;

export async function verifyTotpCode({
  secret,
  code,
  lastStep,
  now = Date.now(),
}: {
  secret: string;
  code: string;
  lastStep?: number | null;
  now?: number;
}): Promise<{ valid: true; step: number } | { valid: false }> {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return { valid: false };
  try {
    const result = await verify({
      secret,
      token,
      epoch: Math.floor(now / 1000),
      epochTolerance: DRIFT_SECONDS,
      ...(lastStep != null ? { afterTimeStep: lastStep } : {}),
    });
    // The TOTP strategy always reports its time step; the union type also covers HOTP.
    return result.valid && "timeStep" in result ? { valid: true, step: result.timeStep } : { valid: false };
  } catch {
    // A malformed stored secret is a failed check, not a crash; its text is never logged.
    return { valid: false };
  }
}
