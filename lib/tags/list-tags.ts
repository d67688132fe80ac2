import { db } from "@/lib/db";

export type TagSummary = { id: string; slug: string; name: string; description: string };

// Tags are public themes (not moderator data), so the same list serves the author's form and
// the reader's filters.
export function listTags(): Promise<TagSummary[]> {
  return db.tag.findMany({
    select: { id: true, slug: true, name: true, description: true },
    orderBy: { name: "asc" },
  });
}
