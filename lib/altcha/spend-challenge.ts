import { db } from "@/lib/db";

// Marks a solved challenge as used, so the same solution cannot send a second submission.
// INSERT … ON CONFLICT DO NOTHING on the primary key makes this atomic across instances: of two
// concurrent spends exactly one inserts. Returns false for a replay.
export async function spendChallenge({ signature, expiresAt }: { signature: string; expiresAt: Date }): Promise<boolean> {
  const { count } = await db.spentChallenge.createMany({ data: [{ signature, expiresAt }], skipDuplicates: true });
  return count === 1;
}
