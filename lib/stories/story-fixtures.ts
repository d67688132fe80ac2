// Test-only: stories written through the project's own functions (createStory, publishStory),
// so the database triggers see exactly what the app does.
import { db } from "@/lib/db";
import { publishStory } from "@/lib/moderation/publish-story";
import { createStory } from "./create-story";

export const filler = "Jag vill berätta hur det gick till när jag hade kontakt med socialtjänsten. ";

export async function createPublishedStory(options: {
  moderatorId: string;
  title: string;
  body: string;
  tagIds: string[];
  municipalityCode?: string | null;
  now?: Date;
  reply?: string;
}) {
  const { storyId, receiptToken } = await createStory({
    title: options.title,
    body: options.body,
    tagIds: options.tagIds,
    municipalityCode: options.municipalityCode ?? null,
    authorRole: "KLIENT",
  });
  await publishStory({
    storyId,
    moderatorId: options.moderatorId,
    title: options.title,
    body: options.body,
    tagIds: options.tagIds,
    reply: { body: options.reply ?? "Tack för att du berättar. Vänliga hälsningar, moderatorerna", templateId: null },
    now: options.now,
  });
  return { storyId, receiptToken };
}

// The counts a reader should see, computed the slow way, next to what the triggers kept.
export async function countsBothWays() {
  const truth = await db.$queryRawUnsafe<{ scope: string; key: string; count: number }[]>(`
    SELECT 'total' AS scope, '' AS key, count(*)::int AS count FROM "Story" WHERE status = 'PUBLISHED'
    UNION ALL SELECT 'municipality', "municipalityCode", count(*)::int FROM "Story"
      WHERE status = 'PUBLISHED' AND "municipalityCode" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'tag', st."tagId", count(*)::int FROM "StoryTag" st
      JOIN "Story" s ON s.id = st."storyId" AND s.status = 'PUBLISHED' GROUP BY 2
    UNION ALL SELECT 'tagMunicipality', st."tagId" || ':' || s."municipalityCode", count(*)::int FROM "StoryTag" st
      JOIN "Story" s ON s.id = st."storyId" AND s.status = 'PUBLISHED' AND s."municipalityCode" IS NOT NULL GROUP BY 2`);
  const kept = await db.publicStoryCount.findMany({ where: { count: { not: 0 } } });
  const asMap = (rows: { scope: string; key: string; count: number }[]) =>
    Object.fromEntries(rows.filter((row) => row.count !== 0).map((row) => [`${row.scope}|${row.key}`, row.count]));
  return { truth: asMap(truth), kept: asMap(kept) };
}
