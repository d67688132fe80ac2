import { createHash, randomBytes } from "node:crypto";

// 32 random bytes (256 bits). The token is only ever shown to the author; the database keeps
// its SHA-256, which is safe for a high-entropy secret and lets us look it up directly.
export function createReceiptToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashReceiptToken(token) };
}

export function hashReceiptToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedReceiptToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
