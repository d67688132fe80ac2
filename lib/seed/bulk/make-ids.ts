import { createHash, randomBytes } from "node:crypto";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

// The shape Prisma's nanoid() gives public ids (lib/ids/public-id.ts): 21 characters of
// A-Za-z0-9_- from crypto randomness. 64 symbols, so one byte's low six bits pick one unbiased.
export function makePublicId(): string {
  const bytes = randomBytes(21);
  let id = "";
  for (const byte of bytes) id += alphabet[byte & 63];
  return id;
}

// A receipt hash for a token nobody holds: no seeded story can be opened from a receipt link.
export function makeReceiptHash(): string {
  return createHash("sha256").update(randomBytes(32)).digest("hex");
}
