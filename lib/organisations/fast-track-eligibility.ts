import type { Tx } from "@/lib/db";

// An organisation may be put on the fast track once this many of its answers are published and
// none has ever been taken down.
export const FAST_TRACK_MIN_PUBLISHED = 10;

export type FastTrackEligibility = { published: number; takenDown: number; eligible: boolean };

// Counted from the answers themselves, so it can never disagree with what readers were shown.
export async function readFastTrackEligibility(tx: Tx, { organisationId }: { organisationId: string }): Promise<FastTrackEligibility> {
  const groups = await tx.answer.groupBy({
    by: ["status"],
    where: { organisationId, status: { in: ["PUBLISHED", "TAKEN_DOWN"] } },
    _count: { _all: true },
  });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  const published = count("PUBLISHED");
  const takenDown = count("TAKEN_DOWN");
  return { published, takenDown, eligible: published >= FAST_TRACK_MIN_PUBLISHED && takenDown === 0 };
}
