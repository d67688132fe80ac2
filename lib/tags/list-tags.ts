import { db } from "@/lib/db";
import { bySwedishName } from "@/lib/text/swedish-collator";

export type TagSummary = { id: string; slug: string; name: string; description: string };

// Tags are public themes (not moderator data), so the same list serves the author's form and
// the reader's filters, in Swedish order (lib/text/swedish-collator.ts).
export async function listTags(): Promise<TagSummary[]> {
  const tags = await db.tag.findMany({ select: { id: true, slug: true, name: true, description: true } });
  return tags.sort(bySwedishName);
}
