import type { Prisma } from "@/generated/prisma/client";

type Fields = Record<string, Prisma.InputJsonValue | null>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// The audit log keeps only what a moderator action changed, old and new side by side, so a
// reviewer sees the edit itself rather than two full copies of a 10,000-character story.
export function changedFields(before: Fields, after: Fields): { before: Fields; after: Fields } | null {
  const keys = Object.keys(after).filter((key) => !same(before[key], after[key]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}
