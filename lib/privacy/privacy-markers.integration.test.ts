import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listQueue } from "@/lib/moderation/list-queue";
import { seedBaseContent } from "@/lib/seed/seed-database";
import { createStory } from "@/lib/stories/create-story";
import { listTags } from "@/lib/tags/list-tags";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";

describeEachDatabase("privacy markers on the moderation queue", () => {
  beforeEach(async () => {
    await truncateAll();
    await seedBaseContent(db);
  });

  it("shows what remains in the text and what was replaced on arrival", async () => {
    const [tag] = await listTags();
    await createStory({
      title: "Samtalet med handläggaren Anna",
      body:
        "Handläggaren Anna Svensson ringde den 3 mars 2024 från 070-123 45 67 och bad mig mejla " +
        "anna.svensson@example.se. Jag bor på Storgatan 12 och förstod inte varför hon ringde.",
      tagIds: [tag.id],
      municipalityCode: null,
      authorRole: null,
    });
    const [story] = (await listQueue()).stories;
    expect(story.privacy.replaced).toEqual({ phone: 1, email: 1 });
    expect(story.privacy.remaining).toEqual({ name: 2, date: 1, address: 1 });
  });

  it("tolerates a story with no counts stored", async () => {
    const [tag] = await listTags();
    const { storyId } = await createStory({ title: "Lugnt", body: "Inget särskilt att säga om mötet. ".repeat(6), tagIds: [tag.id], municipalityCode: null, authorRole: null });
    await db.story.update({ where: { id: storyId }, data: { autoReplacements: "trasig" } });
    const [story] = (await listQueue()).stories;
    expect(story.privacy).toEqual({ remaining: {}, replaced: {} });
  });
});
