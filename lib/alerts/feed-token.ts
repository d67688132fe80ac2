import { createHash, randomBytes } from "node:crypto";

// The secret in a responder's feed URL: 256 random bits, of which the database keeps only the
// SHA-256, so a copy of the database opens no feed.
export function createFeedToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashFeedToken(token) };
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedFeedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
