import type { DecisionKind } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { isOverdue } from "./is-overdue";

const HOUR_MS = 60 * 60 * 1000;

// Written in the transaction of every decision on a story (publication, rejection, approval of
// a colleague's decision), for /mod/statistik: how long the author waited, and whether it was
// within one working day. Only the kind, the hour and the durations: no story id, no moderator,
// and no exact time, so the row outlives the story (retention erases rejected ones) without
// leading back to it.
export async function recordDecision(tx: Tx, { kind, submittedAt, decidedAt }: { kind: DecisionKind; submittedAt: Date; decidedAt: Date }): Promise<void> {
  await tx.decisionRecord.create({
    data: {
      kind,
      decidedHour: new Date(Math.floor(decidedAt.getTime() / HOUR_MS) * HOUR_MS),
      minutesToDecision: Math.max(0, Math.round((decidedAt.getTime() - submittedAt.getTime()) / 60_000)),
      withinWorkingDay: !isOverdue(submittedAt, decidedAt),
    },
  });
}
