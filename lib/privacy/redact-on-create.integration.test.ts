import { beforeEach, expect, it } from "vitest";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { seedBaseContent, seedDemoStories } from "@/lib/seed/seed-database";
import { createStory } from "@/lib/stories/create-story";
import { listTags } from "@/lib/tags/list-tags";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { scanAllTables, tablesContaining } from "@/test/search-all-tables";

// Made-up numbers with valid check digits (test/fixtures/personal-data-helpers.ts makeIdentityNumber).
const personnummer = "811218-9876";
const samordningsnummer = "850769-1239";
const phone = "070-123 45 67";
const email = "anna.svensson@example.se";
const secrets = [personnummer, samordningsnummer, phone, email, "8112189876", "8507691239", "0701234567"];

const body =
  `Jag heter inget här, men mitt personnummer är ${personnummer} och min sons samordningsnummer är ` +
  `${samordningsnummer}. Handläggaren sa att jag kunde ringa ${phone} eller skriva till ${email}. ` +
  "Det tog ändå flera månader innan någon hörde av sig, och under tiden mådde vi sämre.";

describeEachDatabase("personal data never reaches the database", () => {
  beforeEach(async () => {
    await truncateAll();
    await seedBaseContent(db);
  });

  it("createStory replaces the four kinds in title and body and records only the counts", async () => {
    const [tag] = await listTags();
    const { storyId } = await createStory({
      title: `Ring mig på ${phone}`,
      body,
      tagIds: [tag.id],
      municipalityCode: null,
      authorRole: null,
    });
    // The scan must see the story, or an empty result would prove nothing.
    expect((await scanAllTables()).some(({ row }) => row.includes(storyId))).toBe(true);
    expect(await tablesContaining(secrets)).toEqual([]);

    const stored = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(stored.title).toBe("Ring mig på [telefonnummer]");
    expect(stored.body).toContain("personnummer är [personnummer]");
    expect(stored.body).toContain("samordningsnummer är [samordningsnummer]");
    expect(stored.body).toContain("ringa [telefonnummer] eller skriva till [e-postadress]");
    expect(stored.originalBody).toBe(stored.body);
    expect(stored.autoReplacements).toEqual({ personnummer: 1, samordningsnummer: 1, phone: 2, email: 1 });
  });

  it("createComment replaces the four kinds before the comment is stored", async () => {
    await seedDemoStories(db);
    const published = await db.story.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const { commentId } = await createComment({
      storyId: published.id,
      body: `Samma här. Mitt nummer ${personnummer}, samordningsnummer ${samordningsnummer}, ${phone}, ${email}.`,
    });
    expect((await scanAllTables()).some(({ row }) => row.includes(commentId))).toBe(true);
    expect(await tablesContaining(secrets)).toEqual([]);
    const stored = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(stored.body).toBe("Samma här. Mitt nummer [personnummer], samordningsnummer [samordningsnummer], [telefonnummer], [e-postadress].");
  });

  it("keeps suggestions (names, dates) for the moderators and stores no counts for them", async () => {
    const [tag] = await listTags();
    const text = "Handläggaren Anna Svensson ringde den 3 mars 2024 och sa att beslutet var fattat. ".repeat(3);
    const { storyId } = await createStory({ title: "Ett samtal", body: text, tagIds: [tag.id], municipalityCode: null, authorRole: null });
    const stored = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(stored.body).toBe(text);
    expect(stored.autoReplacements).toEqual({});
  });
});
