import { db } from "@/lib/db";

export type TagSummary = { id: string; slug: string; name: string; description: string };

const swedish = new Intl.Collator("sv");

// Tags are public themes (not moderator data), so the same list serves the author's form and
// the reader's filters. Sorted in Swedish here rather than by the database, whose collation
// differs between PGlite and servers (an en_US server would put "Äldreomsorg" among the A's).
export async function listTags(): Promise<TagSummary[]> {
  const tags = await db.tag.findMany({ select: { id: true, slug: true, name: true, description: true } });
  return tags.sort((a, b) => swedish.compare(a.name, b.name));
}
