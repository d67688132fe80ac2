import type { Prisma } from "@/generated/prisma/client";

// Waits after the 1st, 2nd … failed attempt; after the last one the message is given up.
export const retryDelaysMinutes = [1, 5, 30, 120, 720] as const;
export const maxMailAttempts = retryDelaysMinutes.length + 1;

// When to try again after `attempts` failures, or null once it is given up.
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  const minutes = retryDelaysMinutes[attempts - 1];
  return minutes === undefined ? null : new Date(now.getTime() + minutes * 60_000);
}

export const unsentMailWhere = { sentAt: null, droppedAt: null } satisfies Prisma.OutboxMailWhereInput;

export function dueMailWhere(now: Date) {
  return { ...unsentMailWhere, nextAttemptAt: { lte: now } } satisfies Prisma.OutboxMailWhereInput;
}
