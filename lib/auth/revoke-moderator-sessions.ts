import type { Tx } from "@/lib/db";

// Ends every session of one account. Takes the transaction client on purpose: it is called in
// the same transaction as the change that makes old sessions untrustworthy (password, role,
// active flag, second factor), so no session outlives that change even for a moment.
export async function revokeModeratorSessions(tx: Tx, { moderatorId }: { moderatorId: string }): Promise<number> {
  const { count } = await tx.moderatorSession.deleteMany({ where: { moderatorId } });
  return count;
}
