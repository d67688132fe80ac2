import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// TOTP secrets are stored sealed: AES-256-GCM under a key derived (HKDF-SHA256) from the server
// secret (AUTH_SECRET, resolved by the start script into NEXTAUTH_SECRET). A copy of the
// database or its files alone no longer yields anyone's second factor. The account id is bound
// in as associated data, so a sealed secret copied onto another account does not open.
const PREFIX = "v1.";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function sealKey(root: string | undefined): Buffer {
  if (!root) throw new Error("No server secret: start the app with `npm start`, which resolves AUTH_SECRET.");
  return Buffer.from(hkdfSync("sha256", root, "sakligt", "sakligt:totp-secret", 32));
}

export function sealTotpSecret({
  secret,
  moderatorId,
  root = process.env.NEXTAUTH_SECRET,
}: {
  secret: string;
  moderatorId: string;
  root?: string;
}): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", sealKey(root), iv);
  cipher.setAAD(Buffer.from(`totp:${moderatorId}`));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

// Secrets stored before sealing existed are plain base32; they still open, and their readers
// seal them (seal-plain-totp-secrets.ts).
export function isSealedTotpSecret(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

// Throws when the secret was sealed under another server secret or for another account.
export function openTotpSecret({
  stored,
  moderatorId,
  root = process.env.NEXTAUTH_SECRET,
}: {
  stored: string;
  moderatorId: string;
  root?: string;
}): string {
  if (!isSealedTotpSecret(stored)) return stored;
  const raw = Buffer.from(stored.slice(PREFIX.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", sealKey(root), raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(`totp:${moderatorId}`));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

// For callers that treat an unreadable secret as no secret (a changed AUTH_SECRET).
export function tryOpenTotpSecret(options: { stored: string; moderatorId: string }): string | null {
  try {
    return openTotpSecret(options);
  } catch {
    return null;
  }
}
