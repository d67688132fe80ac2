import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { prepareStoryDecision } from "@/lib/moderation/colleague-review";
import { createStory } from "@/lib/stories/create-story";

// What a new user finds waiting in the moderators' queue on a fresh demo database:
// pending stories, one of them urgent (the safety assessment flags it, as it would a real one);
// pending comments; and one decision the demo colleague prepared, waiting for a colleague, so
// that one person can try colleague review alone by logging in as the admin. Everything goes
// through the same functions as the real thing. Run once, when the demo accounts are made.
const pending = [
  {
    title: "Väntade länge på ett beslut om stöd",
    body:
      "Jag ansökte om försörjningsstöd i augusti och fick vänta i sju veckor på ett beslut. Under tiden fick jag låna pengar av min syster. " +
      "När beslutet kom förstod jag inte varför en del av ansökan hade fått avslag, och ingen hade ringt mig för att förklara.",
    tagSlugs: ["ekonomiskt-bistand"],
  },
  {
    title: "Rädd för hur det är hemma",
    body:
      "Min sambo slår barnen när han har druckit och jag vet inte vad jag ska göra. Jag har ringt socialtjänsten en gång men vågade inte säga allt. " +
      "Jag vill veta vad som händer om jag gör en anmälan och om barnen då får bo kvar hos mig.",
    tagSlugs: ["barn-och-familj"],
  },
  {
    title: "Ett bra samtal med en ny handläggare",
    body:
      "Efter flera byten av handläggare fick jag till slut en som tog sig tid. Hon förklarade vad utredningen skulle innehålla och hur lång tid den brukar ta. " +
      "Det gjorde stor skillnad att veta vad som skulle hända härnäst, även om beslutet inte blev som jag hade hoppats.",
    tagSlugs: ["bemotande"],
  },
];

export async function seedDemoQueue({ colleagueId }: { colleagueId: string }): Promise<void> {
  const tags = new Map((await db.tag.findMany({ select: { id: true, slug: true } })).map((tag) => [tag.slug, tag.id]));
  const fallback = [...tags.values()][0];
  const created: string[] = [];
  for (const story of pending) {
    const tagIds = story.tagSlugs.map((slug) => tags.get(slug)).filter((id): id is string => Boolean(id));
    const { storyId } = await createStory({ title: story.title, body: story.body, tagIds: tagIds.length > 0 ? tagIds : [fallback], municipalityCode: null, authorRole: "KLIENT" });
    created.push(storyId);
  }

  // The last (non-urgent) story: the demo colleague has prepared its publication.
  const prepared = await db.story.findUniqueOrThrow({ where: { id: created[2] }, select: { title: true, body: true, version: true, tags: { select: { tagId: true } } } });
  await prepareStoryDecision({
    storyId: created[2],
    moderatorId: colleagueId,
    version: prepared.version,
    decision: {
      kind: "PUBLISH",
      edit: { title: prepared.title, body: prepared.body, tagIds: prepared.tags.map(({ tagId }) => tagId) },
      reply: {
        body: "Tack för att du berättar om ett samtal som gjorde skillnad. Det är lika viktigt för andra att läsa om det som fungerar som om det som inte gör det.",
        templateId: null,
      },
    },
  });

  // Two comments from readers on published demo stories.
  const published = await db.story.findMany({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, take: 2, select: { id: true } });
  const comments = [
    "Jag känner igen mig i det här. Det hjälpte mig att fråga efter beslutet skriftligt.",
    "Tack för att du delar med dig. Det är bra att veta att man kan be om ett möte.",
  ];
  for (const [index, story] of published.entries()) await createComment({ storyId: story.id, body: comments[index] });
}
