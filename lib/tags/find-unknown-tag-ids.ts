import { type Tx, db } from "@/lib/db";

// The themes an author or a moderator chose that no longer exist: a moderator may delete or
// merge one while someone is writing. The form says so next to the field; createStory and a
// moderator's edit refuse such ids rather than silently dropping them.
export async function findUnknownTagIds({ tagIds, tx = db }: { tagIds: readonly string[]; tx?: Tx }): Promise<string[]> {
  const unique = [...new Set(tagIds)];
  if (unique.length === 0) return [];
  const known = await tx.tag.findMany({ where: { id: { in: unique } }, select: { id: true } });
  const knownIds = new Set(known.map((tag) => tag.id));
  return unique.filter((id) => !knownIds.has(id));
}
