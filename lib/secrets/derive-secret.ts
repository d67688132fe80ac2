import { createHmac } from "node:crypto";

export type SecretPurpose = "rate-limit" | "altcha" | "device-cookie";

// One configured secret (AUTH_SECRET, or the one kept in DATA_DIR, resolved by the start script
// into NEXTAUTH_SECRET) yields a separate key per purpose, so that a key seen in one place (an
// ALTCHA challenge's signature) says nothing about another (the rate-limit hashes) or about the
// session cookies. Every instance sharing AUTH_SECRET derives the same keys.
export function deriveSecret(purpose: SecretPurpose, root: string | undefined = process.env.NEXTAUTH_SECRET): Buffer {
  if (!root) throw new Error("No server secret: start the app with `npm start`, which resolves AUTH_SECRET.");
  return createHmac("sha256", root).update(`sakligt:${purpose}`).digest();
}
