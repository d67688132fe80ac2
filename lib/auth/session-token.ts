import { createHash, randomBytes } from "node:crypto";

// A session token is 256 random bits. The database keeps only its SHA-256, so someone who can
// read the sessions table still cannot present a live session; the token itself travels only
// inside the encrypted session cookie.
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sessionRowId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
