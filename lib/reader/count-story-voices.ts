import { db } from "@/lib/db";
import { countPublicStories } from "@/lib/stories/count-public-stories";

export type StoryVoiceCounts = { all: number; klienter: number; personal: number };

// A theme's published stories by who told them (within the reader's other filters), so its page
// can offer both voices side by side: three primary-key reads of the trigger-kept counts
// (PublicStoryCount), never a count(*).
export async function countStoryVoices(options: { tagSlug: string; municipalityCode?: string; answered?: true }): Promise<StoryVoiceCounts | null> {
  const tag = await db.tag.findUnique({ where: { slug: options.tagSlug }, select: { id: true } });
  if (!tag) return null;
  const scope = { tagId: tag.id, municipalityCode: options.municipalityCode, answered: options.answered };
  const [all, klienter, personal] = await Promise.all([
    countPublicStories(scope),
    countPublicStories({ ...scope, voice: "klienter" }),
    countPublicStories({ ...scope, voice: "personal" }),
  ]);
  return { all, klienter, personal };
}
