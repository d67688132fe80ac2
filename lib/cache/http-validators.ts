import { createHash } from "node:crypto";

// Anonymous API answers may be kept by browsers and shared caches, but never used without
// asking us first: max-age=0 with must-revalidate. A withdrawn story's next revalidation gets
// its 404, so it cannot live on in a cache; an unchanged answer costs a 304 without a body.
export const PUBLIC_API_CACHE_CONTROL = "public, max-age=0, must-revalidate";

// From the body itself, not from this instance's cache version: every instance, and the same
// instance after a restart, gives the same content the same tag and different content a
// different one. Weak, because the server may compress the bytes.
export function entityTag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

// RFC 9110 §13.1.2: weak comparison, a list of tags, or "*".
export function matchesIfNoneMatch(header: string | null, tag: string): boolean {
  if (!header) return false;
  const opaque = (value: string) => value.trim().replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim() === "*" || opaque(candidate) === opaque(tag));
}
