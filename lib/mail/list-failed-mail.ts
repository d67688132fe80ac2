import { db } from "@/lib/db";

export type FailedMail = {
  id: string;
  kind: string;
  organisationName: string | null;
  attempts: number;
  // Null once it is given up.
  nextAttemptAt: Date | null;
  lastError: string | null;
  givenUp: boolean;
};

// For admins: messages that failed at least once, still retrying or given up, newest first.
// Kind, organisation, attempts and error code only: never the address or the text.
export async function listFailedMail({ take = 50 }: { take?: number } = {}): Promise<FailedMail[]> {
  const rows = await db.outboxMail.findMany({
    where: { sentAt: null, attempts: { gt: 0 } },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, organisationId: true, attempts: true, nextAttemptAt: true, lastError: true, droppedAt: true },
  });
  const organisationIds = [...new Set(rows.flatMap((row) => (row.organisationId ? [row.organisationId] : [])))];
  const organisations = await db.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } });
  const names = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    organisationName: row.organisationId ? (names.get(row.organisationId) ?? null) : null,
    attempts: row.attempts,
    nextAttemptAt: row.droppedAt ? null : row.nextAttemptAt,
    lastError: row.lastError,
    givenUp: row.droppedAt !== null,
  }));
}
